import { defineStore } from 'pinia';
import { emptyGradeFacts, GradeFactsSchema, gradeFactsKey, type GradeFacts } from '@/domain/schemas/grade-facts';
import { parseWith } from '@/domain/schemas/errors';
import { useDatabase } from './db';
import { plain } from './drafts';

export { emptyGradeFacts, GradeFactsSchema, gradeFactsKey, STANDALONE, type GradeFacts } from '@/domain/schemas/grade-facts';

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
