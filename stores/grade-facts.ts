import { defineStore } from 'pinia';
import { z } from 'zod';
import { GRADES } from '@/domain/core/grade';
import { CheckFactsSchema, SUBJECT_KINDS } from '@/domain/schemas/case';
import { parseWith } from '@/domain/schemas/errors';
import { useDatabase } from './db';
import { plain } from './drafts';

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

export interface LoadedGradeFacts {
  value: GradeFacts;
  /** Vietnamese lines when the stored record was invalid (it is then ignored, not overwritten until a save). */
  errors: string[];
}

export const useGradeFactsStore = defineStore('grade-facts', () => {
  const db = () => useDatabase();

  async function load(draftId: string | null): Promise<LoadedGradeFacts> {
    const row = await db().settings.get(gradeFactsKey(draftId));
    if (!row) return { value: emptyGradeFacts(), errors: [] };
    const r = parseWith(GradeFactsSchema, row.value);
    return r.ok ? { value: r.value, errors: [] } : { value: emptyGradeFacts(), errors: r.errors };
  }

  /** Validates and stores; returns the Vietnamese errors instead of saving an invalid record. */
  async function save(draftId: string | null, value: GradeFacts): Promise<string[]> {
    const r = parseWith(GradeFactsSchema, plain(value));
    if (!r.ok) return r.errors;
    await db().settings.put({ key: gradeFactsKey(draftId), value: r.value });
    return [];
  }

  const remove = (draftId: string | null): Promise<void> => db().settings.delete(gradeFactsKey(draftId));

  return { load, save, remove };
});
