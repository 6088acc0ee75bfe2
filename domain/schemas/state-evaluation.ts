import { z } from 'zod';
import { GRADES } from '../core/grade';

/**
 * StateEvaluation v1 (issue 16): the state's own evaluation of a công chức (NĐ 335/2025, from 2026) or viên chức
 * (NĐ 90/2020 until 30/6/2026, NĐ 233/2026 from 01/7/2026) for a period (month, quarter or year): general criteria
 * …/30 and the task-result percentages the 70 points come from (quantity, quality, progress; for managers also unit
 * results, organising and rallying ability), and the triggers that make the grade "không hoàn thành nhiệm vụ".
 */
export const STATE_REGIMES = ['nd335-2025', 'nd90-2020', 'nd233-2026'] as const;
export type StateRegime = (typeof STATE_REGIMES)[number];
export const STATE_OCCUPATIONS = ['cong-chuc', 'vien-chuc'] as const;

const percent = z.number({ error: 'cần tỉ lệ phần trăm' }).min(0, { error: 'từ 0 đến 100' }).max(100, { error: 'từ 0 đến 100' });
const isoDate = z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' });

export const StateEvaluationSchema = z
  .object({
    v: z.literal(1).default(1),
    occupation: z.enum(STATE_OCCUPATIONS),
    regime: z.enum(STATE_REGIMES),
    period: z
      .object({ from: isoDate, to: isoDate })
      .superRefine((p, ctx) => {
        if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `ngày cuối kỳ (${p.to}) trước ngày đầu kỳ «from» (${p.from})` });
      }),
    manager: z.boolean().default(false),
    general: z.number({ error: 'cần số điểm' }).min(0, { error: 'điểm không được âm' }).max(30, { error: 'tối đa 30 điểm' }),
    results: z.object({
      quantity: percent,
      quality: percent,
      progress: percent,
      unitResults: percent.optional(),
      organising: percent.optional(),
      rallying: percent.optional(),
    }),
    triggers: z
      .object({
        /** kết luận có biểu hiện suy thoái…, vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương. */
        degradation: z.boolean().default(false),
        /** kỷ luật từ khiển trách trở lên trong năm đánh giá vì vi phạm trong hoạt động công vụ. */
        disciplined: z.boolean().default(false),
        /** đơn vị do mình quản lý trực tiếp liên quan tham ô, tham nhũng, lãng phí và bị xử lý (lãnh đạo, quản lý). */
        unitCorruption: z.boolean().default(false),
      })
      .default({ degradation: false, disciplined: false, unitCorruption: false }),
    strengths: z.string().max(4000).optional(),
    shortcomings: z.string().max(4000).optional(),
    proposedGrade: z.enum(GRADES).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.occupation === 'cong-chuc' && s.regime !== 'nd335-2025')
      ctx.addIssue({ code: 'custom', path: ['regime'], message: 'công chức được đánh giá theo NĐ 335/2025 (từ năm 2026): cần «nd335-2025»' });
    if (s.occupation === 'cong-chuc' && s.period.from < '2026-01-01')
      ctx.addIssue({ code: 'custom', path: ['period', 'from'], message: 'NĐ 335/2025 áp dụng từ 01/01/2026' });
    if (s.occupation === 'vien-chuc' && s.regime === 'nd335-2025')
      ctx.addIssue({ code: 'custom', path: ['regime'], message: 'viên chức không thuộc NĐ 335/2025: cần «nd90-2020» (đến 30/6/2026) hoặc «nd233-2026» (từ 01/7/2026)' });
    if (s.occupation === 'vien-chuc' && s.regime === 'nd233-2026' && s.period.from < '2026-07-01')
      ctx.addIssue({ code: 'custom', path: ['period', 'from'], message: 'NĐ 233/2026 áp dụng từ 01/7/2026: kỳ trước đó theo NĐ 90/2020' });
    if (s.occupation === 'vien-chuc' && s.regime === 'nd90-2020' && s.period.to > '2026-06-30')
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'NĐ 90/2020 áp dụng cho viên chức đến 30/6/2026: kỳ sau đó theo NĐ 233/2026' });
    if (s.manager)
      for (const k of ['unitResults', 'organising', 'rallying'] as const)
        if (s.results[k] === undefined)
          ctx.addIssue({ code: 'custom', path: ['results', k], message: 'người giữ chức vụ lãnh đạo, quản lý: cần tỉ lệ này (kết quả đơn vị, năng lực tổ chức, năng lực tập hợp)' });
  });
export type StateEvaluation = z.infer<typeof StateEvaluationSchema>;
