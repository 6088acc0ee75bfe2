import type { RuleRef } from '../core/rule';

/** A "thực chất" flag on a draft (domain/drafting/check.ts). Messages are Vietnamese: why, and where. */
export const FLAG_KINDS = [
  'empty-required',
  'no-figures',
  'shortcoming-no-cause',
  'shortcoming-no-remedy',
  'shortcoming-no-deadline',
  'only-objective-causes',
  'cliche',
  'repeated-sentence',
  'shortcomings-denied',
  'date-sanity', // signing date outside the review season, remedy deadline already past
  'grade', // from the grade check (domain/grading), merged in through checkDraft's gradeFlags
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type FlagSeverity = 'error' | 'warning' | 'info';

export interface Flag {
  /** Stable across runs for the same problem: the key of Draft.assessment.dismissedFlags. */
  id: string;
  /** Writable unit the flag is about ('' for the draft as a whole). */
  unitId: string;
  kind: FlagKind;
  severity: FlagSeverity;
  message: string;
  rule?: RuleRef;
}

export interface DismissedFlag extends Flag {
  /** The user's reason, from Draft.assessment.dismissedFlags. */
  reason: string;
}

export interface DraftReview {
  /** Flags to show, errors first. */
  flags: Flag[];
  /** Flags the user dismissed (kept, with the reason). */
  dismissed: DismissedFlag[];
}
