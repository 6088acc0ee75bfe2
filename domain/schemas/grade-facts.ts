import { z } from 'zod';
import { GRADES } from '../core/grade';
import { SUBJECT_KINDS } from './case';
import { CheckAnswersSchema, emptyCheckAnswers } from './check-answers';

/**
 * The settings record of the grade check, `grade-facts:<draftId | standalone>`.
 * - Without a draft (`grade-facts:standalone`): the year, the proposed grade, who is graded, and the answers.
 * - With a draft: only older versions wrote here (`facts`, typed values). The answers now live in the draft
 *   (`assessment.checkAnswers`); such a record is read while the draft has none, and the check's first answer
 *   moves it into the draft (domain/grading/answers.ts: answersOfDraft). It is read loosely, leaf by leaf, so an
 *   old record that a stricter schema would refuse still gives back what was typed.
 */
export const GradeFactsSchema = z.object({
  v: z.literal(1).default(1),
  /** older records: facts as typed values (CheckFacts). */
  facts: z.record(z.string().max(100), z.unknown()).default({}),
  answers: CheckAnswersSchema.optional(),
  /** standalone check only (a draft gives these). */
  reviewYear: z.number().int().min(2000).max(2100).optional(),
  proposedGrade: z.enum(GRADES).optional(),
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
});
export type GradeFacts = z.infer<typeof GradeFactsSchema>;

export const STANDALONE = 'standalone';
export const gradeFactsKey = (draftId: string | null): string => `grade-facts:${draftId ?? STANDALONE}`;
export const emptyGradeFacts = (): GradeFacts => ({ v: 1, facts: {} });
export { emptyCheckAnswers };
