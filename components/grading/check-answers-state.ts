import { computed, onMounted, ref, watch, type Ref } from 'vue';
import { answersOf, answersOfDraft } from '@/domain/grading/answers';
import type { CheckAnswers } from '@/domain/schemas/check-answers';
import type { Draft } from '@/domain/schemas/draft';
import { emptyCheckAnswers, emptyGradeFacts, type GradeFacts } from '@/domain/schemas/grade-facts';
import { plain } from '@/stores/drafts';
import { useGradeFactsStore } from '@/stores/grade-facts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where the grade check's answers live and how they are written (one place):
 * - with a draft, in the draft (`assessment.checkAnswers`): through the editor's working copy when the check is
 *   shown inside the editor (`editDraft`), else saved to the stored draft (merged with other views). Until the draft
 *   has answers of its own, an older `grade-facts:<draftId>` record is read; the first answer moves it in.
 * - without a draft, in the standalone settings record, with the year, proposed grade and who is graded.
 * While a save is on its way the answers typed are shown (never replaced by an older stored copy).
 */
export function useCheckAnswers(opts: {
  draftId: string | null;
  draft: Ref<Draft | undefined>;
  /** set when the check sits in the editor: changes go to its working copy. */
  editDraft?: (mutate: (d: Draft) => void) => void;
}) {
  const store = useGradeFactsStore();
  const id = opts.draftId;
  /** the standalone record, or the older record of the draft (if any). */
  const record = ref<GradeFacts>(emptyGradeFacts());
  const loaded = ref(false);
  const loadErrors = ref<string[]>([]);
  const saveErrors = ref<string[]>([]);
  const optimistic = ref<CheckAnswers>();
  let pending = 0;

  onMounted(async () => {
    try {
      const r = await store.load(id);
      record.value = r.value;
      loadErrors.value = r.errors;
    } catch {
      loadErrors.value = ['Không đọc được các câu trả lời đã lưu.'];
    }
    loaded.value = true;
  });

  const stored = computed<CheckAnswers>(() => {
    if (id === null) return answersOf(record.value);
    const d = opts.draft.value;
    return d ? answersOfDraft(d, record.value) : emptyCheckAnswers();
  });
  const answers = computed<CheckAnswers>(() => optimistic.value ?? stored.value);

  // Saves run one after another so an older answer never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();
  function enqueue(task: () => Promise<string[]>) {
    pending++;
    queue = queue.then(async () => {
      try {
        saveErrors.value = await task();
      } catch {
        saveErrors.value = ['Không lưu được câu trả lời; hãy thử lại.'];
      } finally {
        pending--;
        if (pending === 0 && saveErrors.value.length === 0 && same(stored.value, optimistic.value)) optimistic.value = undefined;
      }
    });
  }

  function setAnswers(next: CheckAnswers) {
    if (id === null) {
      // An older record's typed values are now in `answers` (answersOf read them): one place from here on.
      record.value = { ...record.value, facts: {}, answers: next };
      const snapshot = record.value;
      enqueue(() => store.save(null, snapshot));
    } else if (opts.editDraft) {
      opts.editDraft((d) => (d.assessment.checkAnswers = plain(next)));
    } else {
      optimistic.value = next;
      enqueue(() => store.saveDraftAnswers(id, next));
    }
  }

  /** The standalone check's own fields (a draft gives these). */
  function setStandalone<K extends 'reviewYear' | 'proposedGrade' | 'subjectKind'>(key: K, value: GradeFacts[K] | undefined) {
    const next = { ...record.value };
    if (value === undefined) delete next[key];
    else next[key] = value;
    record.value = next;
    enqueue(() => store.save(null, next));
  }

  /** The stored draft caught up with what was typed: show it again. */
  function settle() {
    if (optimistic.value && pending === 0 && same(stored.value, optimistic.value)) optimistic.value = undefined;
  }

  watch(stored, settle);

  return { record, loaded, loadErrors, saveErrors, answers, setAnswers, setStandalone, settle };
}
