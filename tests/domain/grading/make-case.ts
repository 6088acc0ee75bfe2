import { CheckCaseSchema, type CheckCase } from '../../../domain/schemas/case';

/** Test helper: a parsed CheckCase from a short description (throws on invalid input). */
export function makeCase(opts: {
  year?: number;
  subject?: Record<string, unknown>;
  facts?: Record<string, unknown>;
  proposed?: string;
  settings?: Record<string, unknown>;
  overlayId?: string;
  subjectKind?: string;
}): CheckCase {
  return CheckCaseSchema.parse({
    profile: { reviewYear: opts.year ?? 2025, subject: opts.subject ?? { kind: 'individual', occupation: 'vien-chuc' } },
    facts: opts.facts ?? {},
    ...(opts.proposed ? { proposedGrade: opts.proposed } : {}),
    ...(opts.settings ? { settings: opts.settings } : {}),
    ...(opts.overlayId ? { overlayId: opts.overlayId } : {}),
    ...(opts.subjectKind ? { subjectKind: opts.subjectKind } : {}),
  });
}

/** No KHTNV trigger: every yes/no answered "no". */
export const CLEAN = {
  discipline: { form: 'none' },
  degradationConcluded: false,
  forbiddenActs: false,
  exemplaryBreach: false,
  lowConfidenceVotePercent: 0,
};

/** A 2025 non-leader who meets every HTXSNV condition with 92 points. */
export const EXCELLENT_2025 = {
  ...CLEAN,
  scores: { common: 28, results: 64 },
  tasks: { total: 10, onTime: 10, exceeded: 3, late: 0, notCompleted: 0 },
  priorShortcomings: { total: 2, remedied: 2 },
};

export const LEADER_2025 = {
  kind: 'individual',
  occupation: 'cong-chuc',
  leadershipPosts: [{ title: 'Trưởng phòng', startDate: '2020-01-01', isHead: true }],
};

export const LEADER_FACTS_2025 = {
  ...EXCELLENT_2025,
  ownCollectiveGrade: 'HTXSNV',
  leader: {
    area: { total: 10, onTime: 10, exceeded: 3, late: 0, notCompleted: 0 },
    basicTargetsMissed: 0,
    unitGrades: { HTXSNV: 1, HTTNV: 3, HTNV: 0, KHTNV: 0 },
    corruptionDisciplined: false,
  },
};
