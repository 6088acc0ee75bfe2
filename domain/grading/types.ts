import type { Certainty, RuleSource } from '../core/rule';
import type { GradingCondition } from '../conditions/types';
import type { Grade } from '../core/grade';
import type { RulebookId } from '../core/rulebook-id';
import type { ReferenceBasis } from '../subject/reference-date';
import type { MissingFact, SubjectRole, SubjectStatus } from '../subject/types';

export interface ConditionResult {
  grade: Grade;
  clause: string;
  /** The document the condition was read in (catalogue id and place), for the certainty badge. */
  source: RuleSource;
  status: 'met' | 'unmet' | 'unknown';
  text: string;
  certainty: Certainty;
  whatWouldChange?: string;
}

export interface CheckResult {
  rulebook: RulebookId;
  /**
   * From the one subject assessment (domain/subject): exempt, reviewed but not graded, graded, or unknown while a
   * deciding fact of the profile is missing (`subject.missing`; the conditions are still shown as if graded).
   */
  outcome: 'graded' | 'not-graded' | 'exempt' | 'unknown';
  outcomeRule?: string;
  /** Who the subject is at the reference date, and the profile facts still needed to decide the status. */
  subject?: {
    role: SubjectRole;
    status: SubjectStatus;
    referenceDate: string;
    referenceBasis: ReferenceBasis;
    missing: MissingFact[];
  };
  score: { common: number; results: number; total: number } | null;
  band?: Grade;
  highestAllowed: Grade | null;
  highestPossible: Grade | null;
  proposed: Grade | null;
  proposedAllowed: boolean | null;
  conditions: ConditionResult[];
  notes: string[];
}

export interface CheckOptions {
  /** Today (YYYY-MM-DD): the reference date is today within the review season unless a meeting date is set. */
  today?: string;
  /** Conditions added by a local overlay (e.g. Hà Tĩnh 2023 vote shares). */
  extraConditions?: readonly GradingCondition[];
  /** Notes added by the overlay. */
  extraNotes?: readonly string[];
}

export type * from '../conditions/types';
