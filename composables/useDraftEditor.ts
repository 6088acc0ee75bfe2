import { onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import type { Draft } from '@/domain/schemas/draft';
import { mergeDraft, type DraftConflict } from '@/domain/sync/merge-draft';
import { plain, useDraftsStore } from '@/stores/drafts';
import { describeStorageError } from '@/stores/storage-errors';
import { useLiveQuery } from './useLiveQuery';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Editing one draft: a working copy that the UI mutates through `edit()`, autosaved after a short pause and
 * flushed when the page hides or closes. Saves from another view (the side panel and the full tab at once)
 * are merged in; texts both sides changed come back in `conflicts`, nothing is dropped.
 */
export function useDraftEditor(draftId: string) {
  const store = useDraftsStore();
  const working = ref<Draft>();
  const conflicts = ref<DraftConflict[]>([]);
  const dirty = ref(false);
  const saving = ref(false);
  const lastSavedAt = shallowRef<number>();
  const saveError = ref<string>();
  let base: Draft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stored = useLiveQuery(() => store.getDraft(draftId), undefined as Draft | undefined);

  watch(stored.value, (fresh) => {
    if (!fresh || (base && fresh.rev === base.rev)) return;
    if (!base || !working.value || !dirty.value) {
      working.value = plain(fresh);
    } else {
      const { merged, conflicts: found } = mergeDraft(base, plain(working.value), fresh);
      working.value = merged;
      conflicts.value.push(...found);
    }
    base = fresh;
  });

  function edit(mutate: (draft: Draft) => void): void {
    if (!working.value) return;
    mutate(working.value);
    dirty.value = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (!dirty.value || !working.value || !base || saving.value) return;
    saving.value = true;
    const snapshot = plain(working.value);
    dirty.value = false;
    try {
      const { saved, conflicts: found } = await store.saveDraft(base, snapshot);
      base = saved;
      conflicts.value.push(...found);
      // Keep what was typed while saving; take what the merge brought in.
      working.value = dirty.value ? mergeDraft(snapshot, plain(working.value), saved).merged : plain(saved);
      lastSavedAt.value = saved.updatedAt;
      saveError.value = undefined;
    } catch (e) {
      dirty.value = true; // the text stays on screen and will be saved again
      saveError.value = describeStorageError(e);
    } finally {
      saving.value = false;
    }
    if (dirty.value) timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }

  /** Pick one side of a conflict: "theirs" replaces the current text of that field. */
  function resolveConflict(index: number, choice: 'mine' | 'theirs'): void {
    const conflict = conflicts.value[index];
    if (!conflict) return;
    if (choice === 'theirs') {
      edit((d) => {
        if (conflict.key === 'title') d.title = conflict.theirs;
        else if (conflict.key === 'place') d.place = conflict.theirs;
        else if (conflict.key.startsWith('sections.')) {
          const unit = conflict.key.slice('sections.'.length);
          d.sections[unit] = { ...d.sections[unit], text: conflict.theirs };
        }
      });
    }
    conflicts.value.splice(index, 1);
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onPageHide);
    void flush();
  });

  return { working, conflicts, dirty, saving, lastSavedAt, saveError, ready: stored.ready, edit, flush, resolveConflict };
}
