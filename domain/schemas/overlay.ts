import { z } from 'zod';
import { OCCUPATIONS } from './profile';
import { RULEBOOK_IDS } from '../core/rulebook-id';
import { FORM_CODES } from '../core/form-code';
import { clip } from './errors';
import { rejectUnknownKeys } from './strict';
import { SOURCE_IDS } from '../core/source-ids';
import { formatNumberVi } from '../core/text';
import { GENERAL_MAX_POINTS, RESULTS_MAX_POINTS } from './quarter-evaluation';

/**
 * Overlay v1: local guidance (a province, a city, a department's party committee) applied on top of a central
 * rulebook: extra review contents, "làm rõ trách nhiệm" triggers, deadlines, settings, extra grading conditions.
 * A unit head exports one as a JSON file; members import it (parseOverlayFile in domain/overlays).
 */
const text = (max = 2000) => z.string().min(1, { error: 'không được để trống' }).max(max);
const itemId = z.string().regex(/^[a-z0-9][a-z0-9.\-]*$/, { error: 'chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang' }).max(100);

export const RuleRefSchema = z.object({
  id: z.string().min(1).max(200),
  clause: text(300),
  /** A catalogued document and the place in it, or (a unit's own guidance) the document named in words. */
  source: z.union([z.strictObject({ doc: z.enum(SOURCE_IDS), at: text(300).optional() }), text(500)]),
  certainty: z.enum(['verified', 'secondary', 'uncertain']),
});

export const OVERLAY_AUDIENCES = ['collective', 'non-leader', 'leader', 'outside-system', 'individual', 'everyone'] as const;

export const OverlayContentSchema = z.object({
  id: itemId,
  text: text(),
  audience: z.array(z.enum(OVERLAY_AUDIENCES)).min(1),
  occupations: z.array(z.enum(OCCUPATIONS)).optional(),
  /** The form unit it belongs to, per form code (e.g. { "02A": "A.I.2" }). */
  formUnit: z.partialRecord(z.enum(FORM_CODES), z.string().max(50)).default({}),
  rule: RuleRefSchema,
});

export const OverlayTriggerSchema = z.object({ id: itemId, text: text(), rule: RuleRefSchema });

export const OverlayDeadlineSchema = z.object({
  id: itemId,
  date: z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' }),
  /** true: the same day and month every review year (the year of `date` is ignored). */
  recurring: z.boolean().default(false),
  what: text(500),
  who: text(500),
  rule: RuleRefSchema,
});

/**
 * A result axis of the unit (e.g. one of the "6 trục kết quả trọng tâm" some 2026 local guidances set): work log
 * entries may name the axis they serve (WorklogEntry.axisId), and the log filters by it.
 */
export const OverlayResultAxisSchema = z.object({ id: itemId, label: text(300) });
export type OverlayResultAxis = z.infer<typeof OverlayResultAxisSchema>;

/**
 * A sub-criterion the unit sets for the quarterly self-evaluation (Mẫu 05): the person gives points for each,
 * and the group's points are their sum (QuarterEvaluation `scores.<group>.criteria`).
 */
export const OverlayQuarterCriterionSchema = z.object({
  id: itemId,
  label: text(300),
  max: z.number({ error: 'cần số điểm tối đa' }).gt(0, { error: 'điểm tối đa phải lớn hơn 0' }),
});
export type OverlayQuarterCriterion = z.infer<typeof OverlayQuarterCriterionSchema>;

const QUARTER_GROUP_LIMITS = { general: GENERAL_MAX_POINTS, results: RESULTS_MAX_POINTS } as const;
const QUARTER_GROUP_NAMES = { general: 'nhóm tiêu chí chung', results: 'nhóm tiêu chí về kết quả thực hiện nhiệm vụ' } as const;

/** The sub-criteria of the two groups (…/30 and …/70); a group left out keeps its single score. */
export const OverlayQuarterCriteriaSchema = z
  .object({
    general: z.array(OverlayQuarterCriterionSchema).min(1).max(30).optional(),
    results: z.array(OverlayQuarterCriterionSchema).min(1).max(60).optional(),
  })
  .superRefine((c, ctx) => {
    for (const key of ['general', 'results'] as const) {
      const list = c[key];
      if (!list) continue;
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `mã «${clip(item.id)}» bị trùng` });
        seen.add(item.id);
      });
      const limit = QUARTER_GROUP_LIMITS[key];
      const sum = list.reduce((s, item) => s + item.max, 0);
      if (sum > limit + 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `tổng điểm tối đa các tiêu chí là ${formatNumberVi(sum, 4)}, vượt ${limit} điểm của ${QUARTER_GROUP_NAMES[key]}`,
        });
    }
  });
export type OverlayQuarterCriteria = z.infer<typeof OverlayQuarterCriteriaSchema>;

export const QUOTA_READINGS = ['literal', 'pool'] as const;
export const HEAD_VS_COLLECTIVE = ['warning', 'rule'] as const;

export const OverlaySettingsSchema = z.object({
  /** "số được xếp loại HTTNV" read literally, or HTXSNV chosen from the pool of HTTNV-or-above. */
  quotaReading: z.enum(QUOTA_READINGS).default('literal'),
  /** Head graded above own collective: a warning (2025 default) or a hard rule. */
  headVsCollective: z.enum(HEAD_VS_COLLECTIVE).default('warning'),
  rules: z
    .object({ quotaReading: RuleRefSchema.optional(), headVsCollective: RuleRefSchema.optional() })
    .default({}),
});

export const OverlayV1Schema = z
  .object({
    v: z.literal(1).default(1),
    id: itemId,
    name: text(300),
    issuer: text(300),
    /** The central rulebooks it builds on; reviewYears narrows further (absent = every year of those rulebooks). */
    appliesTo: z.object({
      rulebookIds: z.array(z.enum(RULEBOOK_IDS)).min(1),
      reviewYears: z.array(z.number().int().min(2000).max(2100)).optional(),
    }),
    rule: RuleRefSchema,
    contents: z.array(OverlayContentSchema).max(200).default([]),
    triggers: z.array(OverlayTriggerSchema).max(100).default([]),
    deadlines: z.array(OverlayDeadlineSchema).max(50).default([]),
    /** Extra grading conditions; their shape belongs to domain/grading (kept generic here). */
    grading: z.array(z.unknown()).optional(),
    settings: OverlaySettingsSchema.default({ quotaReading: 'literal', headVsCollective: 'warning', rules: {} }),
    notes: z.array(text(1000)).max(50).default([]),
    /** The unit's result axes, for the work log (absent: the log has no axis filter). */
    resultAxes: z.array(OverlayResultAxisSchema).max(30).optional(),
    /** The unit's sub-criteria of the quarterly self-evaluation (absent: one score per group). */
    quarterCriteria: OverlayQuarterCriteriaSchema.optional(),
  })
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    const lists = [['contents', o.contents], ['triggers', o.triggers], ['deadlines', o.deadlines], ['resultAxes', o.resultAxes ?? []]] as const;
    for (const [key, list] of lists) {
      list.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `mã «${clip(item.id)}» bị trùng` });
        seen.add(item.id);
      });
    }
  });
export type OverlayV1 = z.infer<typeof OverlayV1Schema>;
export type Overlay = OverlayV1;
export type OverlayInput = z.input<typeof OverlayV1Schema>;
export const OverlaySchema = OverlayV1Schema;
/**
 * An overlay file a person imports (app, `guide --overlay`): the same schema, refusing keys it does not know.
 * Stored overlays are read with OverlaySchema, which drops such keys, so old records keep loading.
 */
export const OverlayFileSchema = rejectUnknownKeys(OverlaySchema);
