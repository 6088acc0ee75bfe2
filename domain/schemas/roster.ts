import { z } from 'zod';
import { GRADES } from '../core/grade';
import { RULEBOOK_IDS } from '../core/rulebook-id';
import { CheckFactsSchema, HEAD_RULE_MODES, QUOTA_READINGS, SUBJECT_KINDS } from './case';
import { PaperworkFactsSchema } from './paperwork';

/**
 * Roster v1: the unit head's list of members with their proposed grades (issue 5). Members excluded from
 * grading (exempt, reviewed not graded) stay in the list with their reason and are left out of every count.
 */
const shortText = z.string().max(300);

export const ROSTER_UNIT_KINDS = ['chi-bo', 'dang-bo', 'tap-the-lanh-dao-quan-ly', 'co-quan-don-vi'] as const;
export type RosterUnitKind = (typeof ROSTER_UNIT_KINDS)[number];

/**
 * One quarter of a member, as it came from the member's backup file (issue 16): the grade decided by the competent
 * level, else the member's own proposal (`proposed`), and the points (…/30 + …/70).
 */
export const RosterQuarterResultSchema = z.object({
  quarter: z.number({ error: 'cần quý (1–4)' }).int().min(1, { error: 'quý từ 1 đến 4' }).max(4, { error: 'quý từ 1 đến 4' }),
  grade: z.enum(GRADES).optional(),
  /** the grade is the member's proposal: no decided grade yet. */
  proposed: z.boolean().default(false),
  total: z.number({ error: 'cần số điểm' }).min(0, { error: 'điểm không được âm' }).max(100, { error: 'tối đa 100 điểm' }),
});
export type RosterQuarterResult = z.infer<typeof RosterQuarterResultSchema>;

/** The quarters of one year, versioned on their own (a member field added to roster v1, absent before it). */
export const RosterQuarterResultsSchema = z
  .object({
    v: z.literal(1).default(1),
    year: z.number({ error: 'cần năm' }).int().min(2025).max(2100),
    quarters: z.array(RosterQuarterResultSchema).max(4),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<number>();
    r.quarters.forEach((q, i) => {
      if (seen.has(q.quarter)) ctx.addIssue({ code: 'custom', path: ['quarters', i, 'quarter'], message: `quý ${q.quarter} có hai lần` });
      seen.add(q.quarter);
    });
  });
export type RosterQuarterResults = z.infer<typeof RosterQuarterResultsSchema>;

export const RosterMemberSchema = z.object({
  name: shortText.min(1, { error: 'cần họ và tên' }),
  /** chức vụ as written (Bí thư, Đảng viên, Trưởng phòng…). */
  role: shortText.optional(),
  /** group of similar posts for the quota ("đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng"). */
  group: shortText.optional(),
  /** the head of the collective (người đứng đầu / bí thư). */
  isHead: z.boolean().default(false),
  proposedGrade: z.enum(GRADES).optional(),
  /**
   * reason the member is not graded, normally a label of the rulebook's list (domain/roster/reasons.ts: miễn công
   * tác và sinh hoạt đảng, mới kết nạp chưa đủ 6 tháng…); set = out of every count. Free text still loads: the
   * roster check refuses a case graded on the time worked (nghỉ thai sản, nghỉ ốm) and warns about other text.
   */
  excluded: shortText.optional(),
  kind: z.enum(SUBJECT_KINDS).optional(),
  facts: CheckFactsSchema.optional(),
  /** the member's quarter results of the roster's year, from their backup file (issue 16); absent in rosters saved before it. */
  quarterResults: RosterQuarterResultsSchema.optional(),
});
export type RosterMember = z.infer<typeof RosterMemberSchema>;

export const SubordinateUnitSchema = z.object({
  name: shortText.min(1, { error: 'cần tên đơn vị' }),
  grade: z.enum(GRADES).optional(),
  disciplined: z.boolean().default(false),
});

export const RosterSettingsSchema = z.object({
  quotaReading: z.enum(QUOTA_READINGS).default('literal'),
  /** head ≤ own collective: default 'rule' in 2023 (HD 25 7.15), 'warning' in 2025. */
  headNotAboveCollective: z.enum(HEAD_RULE_MODES).optional(),
  /** the competent level allows up to 25% for an outstanding unit (QĐ 366 Điều 11). */
  outstandingUnit: z.boolean().default(false),
  /** the "fewer than 5, all HTTNV → one HTXSNV" rule; default: on in 2023 (HD 25 7.17), off in 2025 (not found). */
  smallUnitRule: z.boolean().optional(),
});
export type RosterSettings = z.infer<typeof RosterSettingsSchema>;

export const RosterV1Schema = z.object({
  v: z.literal(1).default(1),
  reviewYear: z.number().int().min(2000).max(2100),
  rulebookId: z.enum(RULEBOOK_IDS).optional(),
  overlayId: z.string().max(100).optional(),
  unit: z
    .object({
      name: shortText.default(''),
      kind: z.enum(ROSTER_UNIT_KINDS).default('chi-bo'),
      /** the collective's own (proposed) grade. */
      grade: z.enum(GRADES).optional(),
    })
    .default({ name: '', kind: 'chi-bo' }),
  members: z.array(RosterMemberSchema).max(20000),
  subordinateUnits: z.array(SubordinateUnitSchema).max(2000).default([]),
  settings: RosterSettingsSchema.default({ quotaReading: 'literal', outstandingUnit: false }),
  /** Facts typed for the unit's paperwork (minutes, reports; issue 17): absent in rosters saved before it. */
  paperwork: PaperworkFactsSchema.optional(),
});
export type RosterV1 = z.infer<typeof RosterV1Schema>;
export type Roster = RosterV1;
export const RosterSchema = RosterV1Schema;
