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

/**
 * What a party document (Mẫu 01 report, Mẫu 03 decision) prints besides the body: its number and symbol, who
 * signs it and in what post, the recipients, and (Mẫu 03) the date of the discipline decision or conclusion it
 * cites. All optional: an empty one prints dotted leaders to fill by hand.
 */
export const IssuanceSchema = z.object({
  /** Số và ký hiệu without "Số": "12-BC/CB", "05-QĐ/ĐU". */
  number: z.string().max(60, { error: 'Số và ký hiệu: tối đa 60 ký tự' }).optional(),
  signerName: z.string().max(200, { error: 'Họ tên người ký: tối đa 200 ký tự' }).optional(),
  /** "Bí thư", "Phó Bí thư". */
  signerPost: z.string().max(100, { error: 'Chức vụ người ký: tối đa 100 ký tự' }).optional(),
  /** One recipient a line ("Đảng ủy xã (để báo cáo)"). */
  recipients: z.string().max(2000, { error: 'Nơi nhận: tối đa 2000 ký tự' }).optional(),
  /** Mẫu 03: the committee that issues the decision ("Ban Thường vụ Đảng ủy xã Thạch Lạc") and the level above it. */
  issuer: z.string().max(200, { error: 'Cấp ủy ban hành: tối đa 200 ký tự' }).optional(),
  issuerParent: z.string().max(200, { error: 'Đảng bộ cấp trên của cấp ủy ban hành: tối đa 200 ký tự' }).optional(),
  /** Mẫu 03: date of the discipline decision or conclusion the decision cites. */
  basisDate: z.iso.date({ error: 'Ngày của quyết định kỷ luật, kết luận được căn cứ: cần ngày dạng YYYY-MM-DD' }).optional(),
});
export type Issuance = z.infer<typeof IssuanceSchema>;

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
  /** Party documents (Mẫu 01, 03): number, signer, recipients, cited date. Absent in older drafts. */
  issuance: IssuanceSchema.optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** incremented on every save; used to detect concurrent edits from two views. */
  rev: z.number().int().nonnegative().default(0),
});
export type DraftV1 = z.infer<typeof DraftV1Schema>;
export type Draft = DraftV1;
export const DraftSchema = DraftV1Schema;
