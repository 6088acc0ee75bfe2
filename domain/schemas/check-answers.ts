import { z } from 'zod';

/**
 * The grade check's answers for one person-year, kept in the draft (`assessment.checkAnswers`) or, for the check
 * without a draft, in the settings record `grade-facts:standalone` (domain/schemas/grade-facts.ts).
 *
 * Each fact is tri-state: absent from `raw` and `notApplicable` = not answered yet; in `raw` = a value, kept
 * exactly as typed ("0", "1,5", even "12" when the total is 10) so nothing typed is ever lost; its question's id
 * in `notApplicable` = "does not apply" (only offered where the rules allow, domain/grading/answers.ts).
 * Reading the text into facts, with a problem in words beside each field that does not read: answersToFacts.
 *
 * No import of case.ts here: case.ts imports draft.ts, which imports this file.
 */
export const MAX_ANSWER_CHARS = 200;

/** Same values as QUOTA_READINGS / HEAD_RULE_MODES of case.ts (a test keeps them equal). */
export const ANSWER_QUOTA_READINGS = ['literal', 'pool'] as const;
export const ANSWER_HEAD_RULE_MODES = ['rule', 'warning'] as const;

/** Readings the texts leave open, chosen by the user (absent = the default of the rulebook, or the unit's overlay). */
export const CheckReadingsSchema = z.object({
  quotaReading: z.enum(ANSWER_QUOTA_READINGS).optional(),
  headNotAboveCollective: z.enum(ANSWER_HEAD_RULE_MODES).optional(),
  leadershipListBindsCells: z.boolean().optional(),
});
export type CheckReadings = z.infer<typeof CheckReadingsSchema>;

export const CheckAnswersSchema = z.object({
  /** fact path ("tasks.onTime", "discipline.form") → the text as typed or the option chosen. */
  raw: z.record(z.string().max(100), z.string().max(MAX_ANSWER_CHARS)).default({}),
  /** ids of the questions answered "không áp dụng". */
  notApplicable: z.array(z.string().max(100)).max(100).default([]),
  readings: CheckReadingsSchema.default({}),
});
export type CheckAnswers = z.infer<typeof CheckAnswersSchema>;

export const emptyCheckAnswers = (): CheckAnswers => ({ raw: {}, notApplicable: [], readings: {} });
