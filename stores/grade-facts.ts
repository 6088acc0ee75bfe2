import { defineStore } from 'pinia';
import { CheckAnswersSchema, type CheckAnswers } from '@/domain/schemas/check-answers';
import type { Draft } from '@/domain/schemas/draft';
import { emptyGradeFacts, GradeFactsSchema, gradeFactsKey, type GradeFacts } from '@/domain/schemas/grade-facts';
import { parseWith } from '@/domain/schemas/errors';
import { useDatabase } from './db';
import { plain, useDraftsStore } from './drafts';

export { emptyGradeFacts, GradeFactsSchema, gradeFactsKey, STANDALONE, type GradeFacts } from '@/domain/schemas/grade-facts';

export interface LoadedGradeFacts {
  value: GradeFacts;
  /** Vietnamese lines when the stored record was invalid (it is then ignored, not overwritten until a save). */
  errors: string[];
}

/**
 * The grade check's answers. With a draft they live in the draft (`assessment.checkAnswers`, written here through
 * the drafts store's merging save); an older `grade-facts:<draftId>` settings record is only read (`load`) until the
 * check's first answer moves its content into the draft and deletes it (`saveDraftAnswers`). Without a draft the
 * check keeps its own settings record, `grade-facts:standalone`.
 */
export const useGradeFactsStore = defineStore('grade-facts', () => {
  const db = () => useDatabase();
  const drafts = useDraftsStore();

  /** The standalone check's record, or (with a draft id) an older record kept for that draft, if any. */
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

  /**
   * Changes the stored draft outside its editor (the grade check screen): the change is made on the stored record
   * and saved with the drafts store's merge, so an editor open in another view takes it in, nothing is dropped.
   */
  async function updateDraft(draftId: string, mutate: (draft: Draft) => void): Promise<Draft | undefined> {
    const stored = await drafts.getDraft(draftId);
    if (!stored) return undefined;
    const working = plain(stored);
    mutate(working);
    return (await drafts.saveDraft(stored, working)).saved;
  }

  /** Writes the check's answers into the draft; an older settings record for it is then deleted (its content moved). */
  async function saveDraftAnswers(draftId: string, answers: CheckAnswers): Promise<string[]> {
    const r = parseWith(CheckAnswersSchema, plain(answers));
    if (!r.ok) return r.errors;
    const saved = await updateDraft(draftId, (d) => (d.assessment.checkAnswers = r.value));
    if (!saved) return ['Không tìm thấy bản kiểm điểm này (có thể đã bị xóa).'];
    await db().settings.delete(gradeFactsKey(draftId));
    return [];
  }

  return { load, save, remove, updateDraft, saveDraftAnswers };
});
