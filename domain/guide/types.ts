import type { RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import type { ContentGroup } from '../rulebooks/types';
import type { Overlay } from '../schemas/overlay';
import type { FormAnswer, MissingFact, ReferenceBasis, RuleLine, SubjectRole, SubjectStatus } from '../subject/index';

export type { FormAnswer, SubjectStatus } from '../subject/index';

/** One answer line of the guide, always with the rule it comes from. */
export type GuideLine = RuleLine;

/** The subject's role (domain/subject): the guide reads the one assessment. */
export type GuideRole = SubjectRole;

export interface SubjectAnswer {
  status: SubjectStatus;
  /** null = cannot tell yet (see unknowns). */
  mustReview: boolean | null;
  graded: boolean | null;
  reasons: GuideLine[];
}


export interface ChecklistItem {
  id: string;
  group: ContentGroup;
  text: string;
  rule: RuleRef;
  /** Writable unit of the chosen form (e.g. "A.I.2", "III"); null when the form has no matching unit. */
  formUnit: string | null;
  /** The unit's heading or item label in the form's words, when the form model is available. */
  formUnitLabel?: string;
  /** "(nếu có)": write only when it applies. */
  ifAny: boolean;
  from: 'rulebook' | 'overlay';
}

export interface GuideDeadline {
  id: string;
  /** ISO date, resolved to the review year for recurring deadlines. */
  date: string;
  /** "05/12/2023". */
  dateLabel: string;
  what: string;
  who: string;
  rule: RuleRef;
  /** Set when `today` was given. */
  passed?: boolean;
}

export interface GuideOverlay {
  id: string;
  name: string;
  issuer: string;
  applies: boolean;
  message: GuideLine;
  deadlines: GuideDeadline[];
  settings: Overlay['settings'];
  notes: string[];
}

/** A missing fact: the profile field path the answer fills, e.g. "subject.leadershipPosts[0].startDate". */
export type GuideUnknown = MissingFact;

export interface Guide {
  v: 1;
  reviewYear: number;
  rulebookId: RulebookId | null;
  rulebookLabel: string | null;
  /** The date the "N months" rules were counted to, and why that date (domain/subject/reference-date.ts). */
  referenceDate: string;
  referenceBasis: ReferenceBasis;
  /** Limits of what the guide can say (no rulebook before 2018, minimal 2018–2022, overrides). */
  messages: GuideLine[];
  role: GuideRole | null;
  roleLabel: string;
  subject: SubjectAnswer | null;
  form: FormAnswer | null;
  places: GuideLine[];
  order: GuideLine[];
  checklist: ChecklistItem[];
  specialRules: GuideLine[];
  overlay: GuideOverlay | null;
  unknowns: GuideUnknown[];
  /** Rules with certainty 'uncertain' that affected this guide. */
  uncertainties: GuideLine[];
}
