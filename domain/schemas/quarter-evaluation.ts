import { z } from 'zod';
import { GRADES } from '../core/grade';

/**
 * QuarterEvaluation v1 (issue 16): one person's self-evaluation of a quarter (Mẫu 05 of HD 43, layout
 * reconstructed): the counts come from the work log; the person gives the points …/30 and …/70 (optionally split
 * into sub-criteria set by the unit), the short prose and the proposed grade. Quarter IV is normally merged into the
 * year (domain/worklog/rules.ts), but a unit may still ask for it, so 1–4 are accepted.
 */
export const GENERAL_MAX_POINTS = 30;
export const RESULTS_MAX_POINTS = 70;

const points = z.number({ error: 'cần số điểm' }).min(0, { error: 'điểm không được âm' });

export const SubCriterionSchema = z
  .object({
    id: z.string().min(1, { error: 'cần mã tiêu chí' }).max(100),
    label: z.string().min(1, { error: 'cần tên tiêu chí' }).max(300),
    max: points.max(RESULTS_MAX_POINTS),
    score: points,
  })
  .superRefine((c, ctx) => {
    if (c.score > c.max) ctx.addIssue({ code: 'custom', path: ['score'], message: `${c.score} điểm, lớn hơn điểm tối đa «max» (${c.max})` });
  });
export type SubCriterion = z.infer<typeof SubCriterionSchema>;

const group = (name: 'general' | 'results', max: number) =>
  z
    .object({
      score: points.max(max, { error: `tối đa ${max} điểm` }),
      criteria: z.array(SubCriterionSchema).max(60).optional(),
    })
    .superRefine((g, ctx) => {
      if (!g.criteria || g.criteria.length === 0) return;
      const maxSum = g.criteria.reduce((s, c) => s + c.max, 0);
      const sum = g.criteria.reduce((s, c) => s + c.score, 0);
      if (maxSum > max + 1e-9)
        ctx.addIssue({ code: 'custom', path: ['criteria'], message: `tổng điểm tối đa các tiêu chí là ${maxSum}, vượt ${max} điểm của nhóm «${name}»` });
      if (Math.abs(sum - g.score) > 1e-9)
        ctx.addIssue({ code: 'custom', path: ['score'], message: `${g.score} điểm, khác tổng điểm các tiêu chí «${name}.criteria» (${sum})` });
    });

export const QuarterEvaluationSchema = z.object({
  v: z.literal(1).default(1),
  year: z.number({ error: 'cần năm' }).int().min(2025).max(2100),
  quarter: z.number({ error: 'cần quý (1–4)' }).int().min(1, { error: 'quý từ 1 đến 4' }).max(4, { error: 'quý từ 1 đến 4' }),
  /** a leader or manager (the quarterly party evaluation applies to them; others as the unit decides). */
  leader: z.boolean().default(true),
  scores: z.object({
    general: group('general', GENERAL_MAX_POINTS),
    results: group('results', RESULTS_MAX_POINTS),
  }),
  /** share of the quarter's assigned tasks completed, percent (from the log, or given). */
  completionPercent: z.number().min(0).max(100).optional(),
  /** the shortfall is objective / force majeure (the local "dưới 100 %" rule then does not apply). */
  objectiveCause: z.boolean().default(false),
  prose: z.string().max(8000).optional(),
  proposedGrade: z.enum(GRADES).optional(),
  /** the grade decided by the competent level, once known (kept with the quarter). */
  decidedGrade: z.enum(GRADES).optional(),
});
export type QuarterEvaluation = z.infer<typeof QuarterEvaluationSchema>;

/** The quarters of one year as the annual check reads them. */
export const QuarterSetSchema = z.object({
  v: z.literal(1).default(1),
  year: z.number().int().min(2025).max(2100),
  leader: z.boolean().default(true),
  quarters: z.array(QuarterEvaluationSchema).max(4),
  /** the grade proposed for the year, if any: the check says whether the quarters allow it. */
  proposedYearGrade: z.enum(GRADES).optional(),
}).superRefine((s, ctx) => {
  const seen = new Set<number>();
  s.quarters.forEach((q, i) => {
    if (q.year !== s.year) ctx.addIssue({ code: 'custom', path: ['quarters', i, 'year'], message: `năm ${q.year} khác năm của tệp «year» (${s.year})` });
    if (seen.has(q.quarter)) ctx.addIssue({ code: 'custom', path: ['quarters', i, 'quarter'], message: `quý ${q.quarter} có hai lần` });
    seen.add(q.quarter);
  });
});
export type QuarterSet = z.infer<typeof QuarterSetSchema>;
