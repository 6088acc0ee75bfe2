import { z } from 'zod';
import { FORM_CODES } from '../core/form-code';
import { GRADES } from '../core/grade';
import { RULEBOOK_IDS } from '../core/rulebook-id';
import { CheckAnswersSchema } from './check-answers';
import { DraftFactsSchema } from './facts';
import { ProfileV1Schema } from './profile';

/**
 * Draft v1: one form of one review year for one subject. `sections` is keyed by the form model's section
 * ids (domain/rulebooks/<id>/forms); unknown keys are kept so nothing typed is ever dropped.
 */
export const MAX_SECTION_CHARS = 200_000;

export const SectionContentSchema = z.object({
  text: z.string().max(MAX_SECTION_CHARS).default(''),
  /** set when the text was composed by "Soạn đoạn văn" and not edited since. */
  composedHash: z.string().max(64).optional(),
});

export const CRITERION_LEVELS = ['xuat-sac', 'tot', 'trung-binh', 'kem'] as const;

export const AssessmentSchema = z.object({
  proposedGrade: z.enum(GRADES).optional(),
  /** 2025: self scores of the common group (/30) and the task-result group (/70). */
  scores: z
    .object({
      common: z.number().min(0).max(30).optional(),
      results: z.number().min(0).max(70).optional(),
      /** per sub-criterion, keyed by criterion id of the rulebook's annex. */
      byCriterion: z.record(z.string().max(100), z.number().min(0).max(100)).optional(),
    })
    .default({}),
  /** 2023: level of each criterion (Xuất sắc / Tốt / Trung bình / Kém), keyed by criterion id. */
  criterionLevels: z.record(z.string().max(100), z.enum(CRITERION_LEVELS)).default({}),
  /** dismissed "thực chất" flags: flag id -> the user's reason (kept). */
  dismissedFlags: z.record(z.string().max(200), z.string().max(1000)).default({}),
  /**
   * The grade check's answers for this person-year (discipline, votes, unit results…, as typed) and the readings
   * chosen. Absent in drafts the check never wrote to: then an old `grade-facts:<draftId>` settings record is read.
   */
  checkAnswers: CheckAnswersSchema.optional(),
});

export const DraftV1Schema = z.object({
  v: z.literal(1),
  id: z.string().min(1).max(100),
  title: z.string().max(300).default(''),
  reviewYear: z.number().int().min(2000).max(2100),
  rulebookId: z.enum(RULEBOOK_IDS),
  formCode: z.enum(FORM_CODES),
  profile: ProfileV1Schema.optional(),
  sections: z.record(z.string().max(100), SectionContentSchema).default({}),
  facts: DraftFactsSchema.default({ tasks: [], achievements: [], shortcomings: [], suggestions: [], carryOver: [] }),
  assessment: AssessmentSchema.default({ scores: {}, criterionLevels: {}, dismissedFlags: {} }),
  /** place and date written on the form, e.g. "Hà Tĩnh", "2025-12-05". */
  place: z.string().max(200).optional(),
  signedDate: z.iso.date().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** incremented on every save; used to detect concurrent edits from two views. */
  rev: z.number().int().nonnegative().default(0),
});
export type DraftV1 = z.infer<typeof DraftV1Schema>;
export type Draft = DraftV1;
export const DraftSchema = DraftV1Schema;
