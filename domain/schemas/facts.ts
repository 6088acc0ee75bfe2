import { z } from 'zod';

/**
 * Structured facts a self-review is built from (issue 6): tasks with figures, achievements, shortcomings
 * with cause/remedy/deadline, the superior's suggested points, last year's shortcomings carried over.
 * Prose is composed from these (domain/drafting) and the grade check reads the counts.
 */
const text = (max = 5000) => z.string().max(max);
const isoDate = z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' });

export const TaskSchema = z.object({
  id: z.string().max(64),
  name: text(1000).default(''),
  /** chỉ tiêu / yêu cầu, e.g. "12 báo cáo", "100% hồ sơ đúng hạn". */
  target: text(500).default(''),
  /** kết quả đạt được, with figures. */
  result: text(1000).default(''),
  unit: text(100).optional(),
  completed: z.boolean().optional(),
  onTime: z.boolean().optional(),
  exceeded: z.boolean().optional(),
  /** sản phẩm / minh chứng. */
  evidence: text(1000).optional(),
});
export type Task = z.infer<typeof TaskSchema>;

export const AchievementSchema = z.object({
  id: z.string().max(64),
  text: text(2000).default(''),
  evidence: text(1000).optional(),
});

export const CAUSE_KINDS = ['khach-quan', 'chu-quan'] as const;
export const ShortcomingSchema = z.object({
  id: z.string().max(64),
  text: text(2000).default(''),
  causes: z
    .array(z.object({ kind: z.enum(CAUSE_KINDS), text: text(2000).default('') }))
    .max(20)
    .default([]),
  remedy: text(2000).optional(),
  deadline: isoDate.optional(),
  /** the collective's shortcoming that the person shares responsibility for. */
  sharedWithCollective: z.boolean().optional(),
});
export type Shortcoming = z.infer<typeof ShortcomingSchema>;

export const SuggestionSchema = z.object({
  id: z.string().max(64),
  /** the point suggested by the superior (gợi ý kiểm điểm). */
  point: text(2000).default(''),
  answer: text(5000).default(''),
});

export const CARRY_OVER_STATUSES = ['da-khac-phuc', 'dang-khac-phuc', 'chua-khac-phuc'] as const;
export const CarryOverSchema = z.object({
  id: z.string().max(64),
  /** last period's shortcoming, as pointed out (copied from last year's draft or typed). */
  shortcoming: text(2000).default(''),
  status: z.enum(CARRY_OVER_STATUSES).optional(),
  /** mức độ khắc phục, what was done. */
  detail: text(2000).default(''),
});

export const DraftFactsSchema = z.object({
  tasks: z.array(TaskSchema).max(500).default([]),
  achievements: z.array(AchievementSchema).max(200).default([]),
  shortcomings: z.array(ShortcomingSchema).max(200).default([]),
  suggestions: z.array(SuggestionSchema).max(100).default([]),
  carryOver: z.array(CarryOverSchema).max(200).default([]),
});
export type DraftFacts = z.infer<typeof DraftFactsSchema>;
