import type { CheckCase } from '../schemas/case';
import type { SubjectAssessment } from '../subject/types';
import type { GradingContext, SubjectKind } from './types';

/**
 * The grading context from the one subject assessment (domain/subject): the kind of subject the conditions
 * distinguish, head or not, civil servant or not. A case may still fix `subjectKind` (e.g. the form a draft is on).
 * With no post and no occupation the person is checked as a member without a post (the form question is the
 * guide's; the conditions of 2B and 2C differ only in Phụ lục 4 vs 5, not in the grade conditions).
 */
export function subjectKindOf(a: SubjectAssessment): SubjectKind {
  return a.role === 'individual-unknown' ? 'non-leader' : a.role;
}

export function gradingContext(c: CheckCase, a: SubjectAssessment): GradingContext {
  const s = c.profile.subject;
  return {
    subject: c.subjectKind ?? subjectKindOf(a),
    civilServant: a.civilServant,
    isHead: a.isHead,
    ...(s.kind === 'collective' && s.collectiveKind ? { collectiveKind: s.collectiveKind } : {}),
    settings: c.settings,
  };
}
