import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import type { Draft } from '@/domain/schemas/draft';
import { addConflicts, mergeDraft, type DraftConflict } from '@/domain/sync/merge-draft';
import { databaseName, plain, useDraftsStore, type SaveOutcome } from '@/stores/drafts';
import { describeStorageError } from '@/stores/storage-errors';
import { registerOnScreenDraft } from '@/stores/backup';
import { dropRescue, readRescue, writeRescue } from '@/stores/draft-rescue';
import { sameContent } from '@/domain/sync/same';
import { mark } from '@/stores/perf-marks';
import { useLiveQuery } from './useLiveQuery';

/**
 * Saves start right after a change (0 ms: changes made in the same task are coalesced, and while one save runs
 * the next waits and takes everything typed meanwhile), so "keystroke to saved" is the write time itself.
 */
export const AUTOSAVE_DELAY_MS = 0;
/** Autosave in the save worker, except in unit tests (no real workers there; they test the saves themselves). */
const SAVE_WORKER_BY_DEFAULT = import.meta.env.MODE !== 'test';
/** After a failed save (quota, closed database), try again this much later instead of hammering storage. */
export const RETRY_DELAY_MS = 5000;

/** Drafts opened in this page session (a version is kept at the first opening, before any edit). */
const openedThisSession = new Set<string>();

/** A save dropped because a hide/close save wrote what is on screen in its place. */
class Superseded extends Error {}

/** What the save status line reads (refs, so only that line re-renders on each save). */
export interface SaveState {
  saving: Ref<boolean>;
  dirty: Ref<boolean>;
  lastSavedAt: Ref<number | undefined>;
  saveError: Ref<string | undefined>;
}

/**
 * Editing one draft: a working copy that the UI mutates through `edit()`, autosaved after a short pause and
 * flushed when the page hides or closes. Saves from another view (the side panel and the full tab at once)
 * are merged in; texts both sides changed come back in `conflicts`, nothing is dropped.
 */
export function useDraftEditor(draftId: string, options: { autosaveDelayMs?: number; saveWorker?: boolean } = {}) {
  const delay = options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
  // Loaded beside the editor, not with the panel's first screen (it brings zod to check the worker's replies).
  // If its chunk cannot load, saves simply stay on the main thread.
  const client = options.saveWorker ?? SAVE_WORKER_BY_DEFAULT ? import('@/stores/draft-save-client').catch(() => undefined) : undefined;
  // The worker starts with the editor, not at the first save (a cold start made a first paste wait 62–97 ms).
  void client?.then((c) => c?.warmUp(databaseName()));
  const store = useDraftsStore();
  const working = ref<Draft>();
  const conflicts = ref<DraftConflict[]>([]);
  const dirty = ref(false);
  const saving = ref(false);
  const lastSavedAt = shallowRef<number>();
  const saveError = ref<string>();
  /** counts edits made through `edit()`, for watchers that must not walk the whole draft. */
  const changes = shallowRef(0);
  let base: Draft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<void> | undefined;
  /** the snapshot the save in flight is writing, and whether it went to the worker. */
  let inflightSnapshot: Draft | undefined;
  let inflightInWorker = false;
  /** bumped when a hide/close save supersedes the save in flight: that save's outcome is then ignored. */
  let epoch = 0;
  let flushQueued = false;

  // Watches the draft's small summary; the whole draft is read only when its revision is not one we know
  // (another view saved, a restore, an import). After our own save `known` is the saved draft, so typing in a
  // 20-page draft does not reload it from the database on every keystroke.
  let known: Draft | undefined;
  const stored = useLiveQuery(async () => {
    const summary = await store.getSummary(draftId);
    if (summary && known && known.rev === summary.rev) return known;
    known = await store.getDraft(draftId);
    return known;
  }, undefined as Draft | undefined);

  /** Takes in a save made by another view (or a restore/import); unsaved typing here is merged, never dropped. */
  function absorb(fresh: Draft | undefined): void {
    // While saving, the save itself merges with what is stored; afterwards `flush` calls absorb again.
    if (!fresh || saving.value || (base && fresh.rev <= base.rev)) return;
    const first = !base;
    if (!base || !working.value || !dirty.value) {
      working.value = plain(fresh);
    } else {
      const { merged, conflicts: found } = mergeDraft(base, plain(working.value), fresh);
      working.value = merged;
      if (found.length > 0) {
        conflicts.value = addConflicts(conflicts.value, found);
        // Our next save overwrites the other view's text: keep it as a version too, not only on screen.
        void store.maybeSnapshot(plain(fresh), 'conflict', true).catch(() => undefined);
      }
    }
    base = fresh;
    // The draft as it was before this session's edits, kept once per page session (a paragraph pasted over a
    // week later can then be brought back). The same content as the newest version is not kept twice.
    if (first && !openedThisSession.has(draftId)) {
      openedThisSession.add(draftId);
      void store.maybeSnapshot(plain(fresh), 'opened', true).catch(() => undefined);
    }
    if (first) void takeRescue();
  }

  /** A rescue copy left when the page last hid or closed (stores/draft-rescue.ts): merged in, then saved. */
  let rescueLeft = false;
  async function takeRescue(): Promise<void> {
    const rescue = await readRescue(draftId).catch(() => undefined);
    if (!rescue || !working.value || !base) return;
    rescueLeft = true;
    const { merged, conflicts: found } = mergeDraft(rescue.base, rescue.working, plain(working.value));
    if (sameContent(merged, working.value)) {
      rescueLeft = false;
      await dropRescue(draftId).catch(() => undefined);
      return;
    }
    working.value = { ...merged, rev: working.value.rev, updatedAt: working.value.updatedAt };
    if (found.length > 0) conflicts.value = addConflicts(conflicts.value, found);
    edit(() => undefined);
  }
  watch(stored.value, absorb);

  function edit(mutate: (draft: Draft) => void): void {
    if (!working.value) return;
    mutate(working.value);
    changes.value++;
    dirty.value = true;
    clearTimeout(timer);
    if (delay > 0) timer = setTimeout(() => void flush(), delay);
    else if (!flushQueued) {
      // Right after this task's rendering (a microtask, not a timer hop): edits of the same task coalesce.
      flushQueued = true;
      queueMicrotask(() => {
        flushQueued = false;
        void flush();
      });
    }
  }

  /**
   * Saves now. Called during a save, it waits for that save and then saves what was typed meanwhile, so a
   * flush on pagehide / visibilitychange never leaves typing behind a debounce.
   */
  function flush(onMainThread = false): Promise<void> {
    clearTimeout(timer);
    // Hiding or closing with text not yet stored: a copy is written and committed before this handler returns.
    if (onMainThread && working.value && base && (dirty.value || inflight)) rescueLeft = writeRescue(plain(base), plain(working.value)) || rescueLeft;
    let maybeSaved: Draft | undefined;
    if (inflight && onMainThread && inflightInWorker && working.value && base) {
      // Hiding or closing: write what is on screen now, on the main thread, instead of waiting for the worker
      // (the browser may end the page first). The worker's save is dropped; if it was committed all the same,
      // the stored draft is recognised as ours (maybeSaved) and not merged as another view's text.
      maybeSaved = inflightSnapshot;
      epoch++;
      void client?.then((c) => c?.abandonSaves());
      dirty.value = true;
    } else if (inflight) return inflight.then(() => flush(onMainThread));
    if (!dirty.value || !working.value || !base) return Promise.resolve();
    const current = save(onMainThread, maybeSaved).finally(() => {
      if (inflight === current) inflight = undefined;
    });
    inflight = current;
    return current;
  }

  /**
   * Autosaves go to the save worker (their IndexedDB round trips then never wait behind the page's rendering);
   * saves when the page hides or closes run here, on the main thread, which the browser lets finish. Without a
   * worker (tests, a failed start) every save runs here.
   */
  async function saveSnapshot(from: Draft, snapshot: Draft, onMainThread: boolean, mine: number, maybeSaved?: Draft): Promise<SaveOutcome> {
    inflightInWorker = client !== undefined && !onMainThread;
    const worker = inflightInWorker ? await client : undefined;
    if (worker) {
      const { saveInWorker, WorkerUnavailable } = worker;
      try {
        return await saveInWorker(databaseName(), from, snapshot);
      } catch (e) {
        if (!(e instanceof WorkerUnavailable)) throw e;
      }
    }
    inflightInWorker = false;
    if (mine !== epoch) throw new Superseded(); // a hide/close save wrote what is on screen instead
    return store.saveDraft(from, snapshot, maybeSaved);
  }

  async function save(onMainThread = false, maybeSaved?: Draft): Promise<void> {
    const mine = epoch;
    saving.value = true;
    const snapshot = plain(working.value!);
    inflightSnapshot = snapshot;
    dirty.value = false;
    let failed = false;
    try {
      // saveDraft keeps `snapshot` (already a plain copy) as the saved record.
      const outcome = await saveSnapshot(base!, snapshot, onMainThread, mine, maybeSaved);
      if (mine !== epoch) return; // superseded by a hide/close save, which takes it from here
      const { saved, conflicts: found, merged, committedAt } = outcome;
      base = saved;
      known = saved;
      conflicts.value = addConflicts(conflicts.value, found);
      if (!merged) {
        // Nothing came from elsewhere: only the revision changed. Patching in place keeps every other unit's
        // component from re-rendering on each keystroke (20-page drafts).
        working.value!.rev = saved.rev;
        working.value!.updatedAt = saved.updatedAt;
      } else if (dirty.value) {
        // Keep what was typed while saving; take what the merge brought in.
        const after = mergeDraft(snapshot, plain(working.value!), saved);
        working.value = after.merged;
        conflicts.value = addConflicts(conflicts.value, after.conflicts);
        // The next save writes "mine" over the other view's text just merged in: keep that text as a version too.
        if (after.conflicts.length > 0) void store.maybeSnapshot(plain(saved), 'conflict', true).catch(() => undefined);
      } else {
        working.value = plain(saved);
      }
      lastSavedAt.value = saved.updatedAt;
      saveError.value = undefined;
      if (rescueLeft && !dirty.value) {
        rescueLeft = false;
        void dropRescue(draftId).catch(() => undefined);
      }
      // When the keystroke was safe in IndexedDB (the worker's commit), not when this page heard of it.
      mark('kd:saved', committedAt);
    } catch (e) {
      if (mine !== epoch) return; // superseded: the hide/close save reports how it went
      dirty.value = true; // the text stays on screen and will be saved again
      failed = true;
      saveError.value = describeStorageError(e);
    } finally {
      if (mine === epoch) saving.value = false;
    }
    absorb(stored.value.value); // a save from another view that arrived while this one was running
    if (dirty.value) timer = setTimeout(() => void flush(), failed ? RETRY_DELAY_MS : delay);
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
    if (document.visibilityState === 'hidden') void flush(true);
  };
  const onPageHide = () => void flush(true);
  // Saving failed (storage full…) and the text on screen is not stored: ask before leaving the page.
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (saveError.value === undefined || !dirty.value) return;
    e.preventDefault();
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  const unregister = registerOnScreenDraft(() => working.value);
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
    void flush(true).finally(unregister);
  });

  const status: SaveState = { saving, dirty, lastSavedAt, saveError };
  /**
   * After a big change (a paste of a page or more): a rescue copy at once, in one committed request, so a crash of
   * the page before the save (which needs several round trips) loses nothing; it is dropped after the next save.
   */
  function rescueNow(): void {
    if (working.value && base) rescueLeft = writeRescue(plain(base), plain(working.value)) || rescueLeft;
  }

  return { working, conflicts, dirty, saving, lastSavedAt, saveError, status, changes, ready: stored.ready, edit, flush, resolveConflict, rescueNow };
}
