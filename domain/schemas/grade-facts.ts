import { z } from 'zod';
import { GRADES } from '../core/grade';
import { CheckFactsSchema, SUBJECT_KINDS } from './case';

/**
 * The facts a user answers on the grade-check screen (discipline, prior shortcomings, task counts the draft does
 * not give…), kept per draft in the `settings` table under `grade-facts:<draftId>`. Without a draft the check
 * keeps its own record (`grade-facts:standalone`) with the year, the proposed grade and who is graded.
 */
export const GradeFactsSchema = z.object({
  v: z.literal(1).default(1),
  facts: CheckFactsSchema.default({}),
  /** standalone check only (a draft gives these). */
  reviewYear: z.number().int().min(2000).max(2100).optional(),
  proposedGrade: z.enum(GRADES).optional(),
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
});
export type GradeFacts = z.infer<typeof GradeFactsSchema>;

export const STANDALONE = 'standalone';
export const gradeFactsKey = (draftId: string | null): string => `grade-facts:${draftId ?? STANDALONE}`;
export const emptyGradeFacts = (): GradeFacts => ({ v: 1, facts: {} });
