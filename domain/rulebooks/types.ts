import type { FormCode } from '../core/form-code';
import type { FormModel } from '../core/form-model';
import type { RuleRef } from '../core/rule';
import type { GradingRulebook, Threshold } from '../conditions/types';
import type { RulebookId } from '../core/rulebook-id';
import type { CollectiveKind, Occupation } from '../schemas/profile';

/**
 * A central rulebook, whole: subjects and exemptions, form choice, review contents by role, places and order,
 * special rules, the form models, the grading conditions, the roster rules and the drafting rules. Each rulebook
 * folder builds one of these in its index.ts; `rulebooks/index.ts` registers it (one line per rulebook).
 */

/** One rule as data: the Vietnamese statement shown to the user, with its clause. */
export interface RuleItem {
  rule: RuleRef;
  text: string;
}

/** A rule with a duration threshold in months (e.g. "chưa đủ 6 tháng", "từ 03 tháng trở lên"). */
export interface MonthsRule extends RuleItem {
  months: number;
}

export interface SubjectRules {
  /** Điều 5 khoản 1: collectives reviewed. */
  collectives: RuleItem;
  /** Điều 5 khoản 2.1: party members reviewed. */
  members: RuleItem;
  /** Điều 5 khoản 2.2: leaders and managers at every level. */
  leaders: RuleItem;
  exemptions: {
    /** miễn công tác và sinh hoạt đảng. */
    exemptFromWork: RuleItem;
    /** đình chỉ sinh hoạt đảng (absent in QĐ 132). */
    suspended?: RuleItem;
    /** kết nạp chưa đủ N tháng (absent in QĐ 132). */
    newlyAdmitted?: MonthsRule;
    /** The reference date of the months count: not given by any source. */
    newlyAdmittedReferenceDate?: RuleItem;
  };
  reviewedNotGraded: {
    /** Leader appointed to the post less than N months before grading. */
    newlyAppointed?: MonthsRule;
    /** Collective formed, split or merged less than N months before grading. */
    newCollective?: MonthsRule;
  };
  gradedOnTimeWorked: {
    sickLeave?: MonthsRule;
    maternity?: RuleItem;
  };
  /** Moved unit: the previous organisation's comments when the member stayed there N months or more. */
  movedUnit?: MonthsRule;
  /** Sinh hoạt đảng tạm thời: reviewed and graded at the official cell. */
  temporaryMembership?: RuleItem;
  /** Every subject reviewed must be graded (QĐ 366 Điều 3). */
  reviewedMeansGraded?: RuleItem;
}

export type ChoiceRole = 'collective' | 'leader' | 'non-leader' | 'outside-system';

export interface FormChoice {
  role: ChoiceRole;
  code: FormCode;
  /** As printed: "Mẫu 02A-HD KĐ.ĐG 2025". */
  codeLabel: string;
  /** What the form is for, in Vietnamese. */
  label: string;
  rule: RuleRef;
}

/** Who a content item is for. 'individual' = every individual; 'everyone' = collectives and individuals. */
export type ContentAudience = 'collective' | 'non-leader' | 'leader' | 'outside-system' | 'individual' | 'everyone';

export type ContentGroup =
  | 'collective'
  | 'common'
  | 'occupation'
  | 'leader'
  | 'trigger'
  | 'suggestions'
  | 'carry-over'
  | 'overlay';

export interface ContentItem extends RuleItem {
  id: string;
  group: ContentGroup;
  audience: ContentAudience[];
  /** Occupation-specific emphasis: shown only for these occupations. */
  occupations?: Occupation[];
  /** The writable unit of the form the item belongs to, per form code (id scheme of domain/core/form-model.ts). */
  formUnit: Partial<Record<FormCode, string>>;
  /** "(nếu có)": only when it applies. */
  ifAny?: boolean;
}

export type PlaceTopic =
  | 'collective-place'
  | 'member-place'
  | 'leader-places'
  | 'leader-order'
  | 'collective-order'
  | 'head-order'
  | 'grading-order'
  | 'civil-servant-first'
  | 'concurrent'
  | 'small-collective'
  | 'no-committee'
  | 'committee-members'
  | 'preparation';

export interface PlaceRule extends RuleItem {
  id: string;
  topic: PlaceTopic;
  /** For collective rules limited to some kinds; absent = all. */
  collectiveKinds?: CollectiveKind[];
}

export type SpecialTag =
  | 'all'
  | 'civil-servant'
  | 'concurrent'
  | 'moved'
  | 'temporary'
  | 'committee-suspended'
  | 'leave'
  | 'head'
  | 'newly-appointed'
  | 'new-collective'
  | 'small-unit'
  | 'late-discipline'
  | 'collective';

export interface SpecialRule extends RuleItem {
  id: string;
  /** Short Vietnamese title. */
  title: string;
  tags: SpecialTag[];
}

export interface Rulebook {
  id: RulebookId;
  /** "QĐ 366-QĐ/TW" */
  regulation: string;
  /** "HD 43-HD/BTCTW" */
  guidance: string;
  label: string;
  /** What this rulebook does not cover yet, shown to the user. */
  limitations: RuleItem[];
  subjects: SubjectRules;
  formChoices: FormChoice[];
  contents: ContentItem[];
  places: PlaceRule[];
  special: SpecialRule[];
  /** The year's form models (./<id>/forms), in the order the form list shows them. */
  forms: readonly FormModel[];
  /** Grading conditions and thresholds (./<id>/grading); absent where not encoded (2018–2022). */
  grading?: GradingRulebook;
  /** What the unit head's roster check reads; absent where not encoded. */
  roster?: RosterRules;
  /** The "thực chất" rules the drafting checks cite. */
  drafting: DraftingRules;
}

/** What the roster check reads from a rulebook. */
export interface RosterRules {
  quota: Threshold;
  /** up to 25% for an outstanding unit (2025 only). */
  outstanding?: Threshold;
  /** fewer than N graded, all HTTNV → one HTXSNV (HD 25 7.17); default on or off. */
  smallUnit: { threshold: Threshold; defaultOn: boolean };
  head: { defaultMode: 'rule' | 'warning'; rule: RuleRef };
  /** collective HTXSNV: no subordinate unit disciplined. */
  collectiveHtxsnv: RuleRef;
  /** the party organisation's grade rests on its members' grades. */
  spreadBasis: RuleRef;
  /** who is reviewed is graded; excluded members (exempt) are out of the counts. */
  allGraded: RuleRef;
  exempt: RuleRef;
}

/** The rules the drafting checks cite: what contents must show, causes, figures, substance over form. */
export interface DraftingRules {
  contents: RuleRef;
  causes: RuleRef;
  figures: RuleRef;
  substance: RuleRef;
  /** When the yearly review is held (a signing date outside it is reported); absent: the 2025 rule, uncertain. */
  season?: RuleRef;
}
