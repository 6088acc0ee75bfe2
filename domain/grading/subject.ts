import { CIVIL_SERVANT_OCCUPATIONS, OUTSIDE_POLITICAL_SYSTEM, type Profile } from '../schemas/profile';
import type { CheckCase } from '../schemas/case';
import type { GradingContext, SubjectKind } from './types';

/**
 * Subject kind and context from the profile (occupation lists: domain/schemas/profile.ts). State-owned
 * enterprises count as inside the system (not stated in the sources: the case may override `subjectKind`).
 */

/** Leadership posts still held at the reference date. */
export function currentPosts(profile: Profile, referenceDate: string) {
  const s = profile.subject;
  return s.kind === 'individual' ? s.leadershipPosts.filter((p) => !p.endDate || p.endDate >= referenceDate) : [];
}

export function deriveSubjectKind(profile: Profile, referenceDate: string): SubjectKind {
  const s = profile.subject;
  if (s.kind === 'collective') return 'collective';
  if (currentPosts(profile, referenceDate).length > 0) return 'leader';
  if (s.occupation && OUTSIDE_POLITICAL_SYSTEM.includes(s.occupation)) return 'outside-system';
  return 'non-leader';
}

export function referenceDateOf(c: CheckCase): string {
  return c.settings.referenceDate ?? `${c.profile.reviewYear}-12-31`;
}

export function gradingContext(c: CheckCase): GradingContext {
  const ref = referenceDateOf(c);
  const s = c.profile.subject;
  return {
    subject: c.subjectKind ?? deriveSubjectKind(c.profile, ref),
    civilServant: s.kind === 'individual' && s.occupation !== undefined && CIVIL_SERVANT_OCCUPATIONS.includes(s.occupation),
    isHead: currentPosts(c.profile, ref).some((p) => p.isHead),
    settings: c.settings,
  };
}
