/**
 * One subject assessment per person-year (issue: "decide who the subject is once"): the guide, the grade check,
 * drafting (new draft, form choice), the roster and the Word export all read `assessProfile` / `assessSubject`.
 */
import { getRulebook, rulebookIdForProfile } from '../rulebooks/index';
import type { Profile } from '../schemas/profile';
import { assessSubject } from './assess';
import { referenceDateFor } from './reference-date';
import type { SubjectAssessment } from './types';

export { assessSubject, subjectRole } from './assess';
export { pickForm, type FormPick } from './form';
export { leadingSince, postsHeldAt } from './posts';
export { REFERENCE_BASIS_LABELS, REFERENCE_DATE_RULE, referenceDateFor, type ReferenceBasis, type ReferenceDate } from './reference-date';
export type * from './types';

/**
 * The assessment for a profile with the rulebook of its year (or its override) and the one reference date
 * (profile.reviewDate, else `today` in season, else 31/12). Undefined before 2018 (no rulebook).
 */
export function assessProfile(profile: Profile, opts: { today?: string; referenceDate?: string } = {}): SubjectAssessment | undefined {
  const id = rulebookIdForProfile(profile);
  if (!id) return undefined;
  const reviewDate = opts.referenceDate ?? profile.reviewDate;
  return assessSubject(profile, getRulebook(id), referenceDateFor(profile.reviewYear, { ...(reviewDate ? { reviewDate } : {}), ...(opts.today ? { today: opts.today } : {}) }));
}

/** The grade check's view of the status: exempt, not graded, graded, or unknown. */
export function gradingOutcomeOf(a: SubjectAssessment): 'exempt' | 'not-graded' | 'graded' | 'unknown' {
  if (a.status === 'exempt') return 'exempt';
  if (a.status === 'reviewed-not-graded') return 'not-graded';
  if (a.status === 'unknown') return 'unknown';
  return 'graded';
}
