import type { Grade } from '../core/grade';
import type { RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import type { CheckFacts, CheckSettings } from '../schemas/case';
import type { CollectiveKind } from '../schemas/profile';

/**
 * The vocabulary of grading conditions, shared by the rulebooks' data (conditions, thresholds), the overlays'
 * local conditions and the grading engine (domain/grading). It imports only core and schemas.
 */

/** Who is graded, as the grading conditions distinguish them. */
export type SubjectKind = 'collective' | 'leader' | 'non-leader' | 'outside-system';

export type AppliesTo = SubjectKind | 'all';

/** What a condition's test sees besides the facts. */
export interface GradingContext {
  subject: SubjectKind;
  /** a person whose occupation is cán bộ, công chức or viên chức. */
  civilServant: boolean;
  /** holds a head post (người đứng đầu). */
  isHead: boolean;
  /** a collective's kind (chi bộ, đảng ủy, tập thể lãnh đạo…) when the profile gives it. */
  collectiveKind?: CollectiveKind;
  settings: CheckSettings;
}

/** true = holds, false = does not hold, undefined = unknown (the UI asks). */
export type Tri = boolean | undefined;

/**
 * One grading condition as data.
 * - kind 'requirement': must hold for `grade` (and, since grades nest, for every grade above it).
 * - kind 'trigger': when it holds, the grade is KHTNV whatever the points (`grade` is then 'KHTNV').
 */
export interface GradingCondition {
  rule: RuleRef;
  grade: Grade;
  kind: 'requirement' | 'trigger';
  appliesTo: readonly AppliesTo[];
  /** Plain Vietnamese sentence of the condition. */
  text: string;
  test: (facts: CheckFacts, ctx: GradingContext) => Tri;
  /** Extra filter beyond the subject kind (e.g. only civil servants, only heads, only years with a vote). */
  when?: (ctx: GradingContext, facts: CheckFacts) => boolean;
  /** What would change the outcome, shown when the condition is unmet or unknown. */
  whatWouldChange?: string | ((facts: CheckFacts, ctx: GradingContext) => string | undefined);
  /**
   * Triggers only: the text lets the competent level weigh a self-detected, remedied case (QĐ 366 Điều 11).
   * The trigger still holds; the check says the competent level decides.
   */
  mitigable?: boolean;
}

/** A threshold with the clause it comes from. Thresholds never appear as literals in the engine. */
export interface Threshold {
  value: number;
  rule: RuleRef;
}

/** What a rulebook gives the grading engine. */
export interface GradingRulebook {
  id: RulebookId;
  /** The rule records and thresholds the conditions are built from (for finding a rule by its clause). */
  rules: Readonly<Record<string, RuleRef>>;
  params: Readonly<Record<string, Threshold>>;
  /** 'points': 2025 score bands; 'levels': 2023 per-criterion levels. */
  measure: 'points' | 'levels';
  conditions: readonly GradingCondition[];
  /** Points band (2025 only). */
  bandFor?: (total: number) => Grade;
  /** Head ≤ own collective: default mode and its rule. */
  headRule: { defaultMode: 'rule' | 'warning'; rule: RuleRef };
  /** Notes added to every graded result (quota, civil-servant link…). */
  notes: (ctx: GradingContext, facts: CheckFacts, proposed: Grade | undefined) => string[];
}

/** Party organisation grade vs the spread of its members' / subordinate units' grades (local guidance). */
export interface SpreadRule {
  /** the organisation's grade this rule is for. */
  grade: Grade;
  /** every member / unit at least this grade ("100% … Hoàn thành nhiệm vụ"). */
  allAtLeast: Grade;
  /** at least `minPercent.value`% at `atOrAbove` or higher. */
  atOrAbove: Grade;
  minPercent: Threshold;
}

/** What a local overlay adds to grading: conditions for the check, spread rules for the roster. */
export interface OverlayGrading {
  overlayId: string;
  rulebookId: RulebookId;
  conditions: readonly GradingCondition[];
  spread: readonly SpreadRule[];
  /** more than this share of subordinate units disciplined → the organisation is KHTNV. */
  unitsDisciplinedMaxPercent?: Threshold;
  notes: readonly string[];
}
