import type { FormCode } from '../core/form-code';
import type { RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import type { LeadershipPost } from '../schemas/profile';
import type { ReferenceDate } from './reference-date';

/** One statement with the rule it comes from. */
export interface RuleLine {
  text: string;
  rule: RuleRef;
}

/** A fact the assessment needs and does not have: the profile field it fills and the question to ask. */
export interface MissingFact {
  /** Profile field path, e.g. "subject.leadershipPosts[0].startDate". */
  field: string;
  question: string;
  rule: RuleRef;
}

/** Who is reviewed, as the rules distinguish them. 'individual-unknown': no post, occupation not given. */
export type SubjectRole = 'collective' | 'leader' | 'non-leader' | 'outside-system' | 'individual-unknown';

/**
 * exempt: not reviewed (Điều 5 exemptions); reviewed-not-graded: reviewed, no grade (e.g. < 6 months in post);
 * graded-on-time-worked: graded on the time actually worked (sick leave ≥ 3 months, maternity);
 * graded: the normal case; unknown: a deciding fact is missing (see `missing`).
 */
export type SubjectStatus = 'exempt' | 'reviewed-not-graded' | 'graded-on-time-worked' | 'graded' | 'unknown';

export interface FormAnswer {
  code: FormCode;
  /** "Mẫu 02A-HD KĐ.ĐG 2025". */
  codeLabel: string;
  label: string;
  rule: RuleRef;
  /** What of the form model is not sourced verbatim (from the form model, when there is one). */
  caveats: string[];
}

/** The one answer every screen reads about who the subject is in a review year and what applies. */
export interface SubjectAssessment {
  rulebookId: RulebookId;
  reviewYear: number;
  reference: ReferenceDate;
  role: SubjectRole;
  /** Leadership posts held at the reference date (started on or before it, not ended before it). */
  posts: LeadershipPost[];
  /** Holds a head post (người đứng đầu) at the reference date. */
  isHead: boolean;
  /** cán bộ, công chức or viên chức (graded by the agency first). */
  civilServant: boolean;
  status: SubjectStatus;
  /** null = cannot tell yet (see `missing`). */
  mustReview: boolean | null;
  graded: boolean | null;
  /** The subject is in a post (or a collective) for less than the rulebook's months. */
  newlyAppointed: boolean;
  newCollective: boolean;
  /** The year's form for the role; null when exempt or when a missing fact decides it. */
  form: FormAnswer | null;
  reasons: RuleLine[];
  /** Remarks that are not reasons for the status (near a threshold, an ended post, an unclear form). */
  notes: RuleLine[];
  missing: MissingFact[];
}
