import type { Draft } from '@/domain/schemas/draft';
import { mergeDraft, type DraftConflict } from '@/domain/sync/merge-draft';
import { sameContent } from '@/domain/sync/same';
import { putDraftRecord, type KiemDiemDB, type VersionReason } from './db';
import { addVersion, lastVersionAt } from './history';

/**
 * Saving a draft and keeping its versions, on one database: used by the drafts store (main thread) and by the
 * save worker (stores/draft-save.worker.ts), each with its own memory of when a version was last kept.
 */
/** Keep a history snapshot at most this often per draft while typing. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;

export interface SaveOutcome {
  saved: Draft;
  conflicts: DraftConflict[];
  /** another view had saved in between and its changes were merged in (the saved draft differs from ours). */
  merged: boolean;
  /** when the save was committed, if it was made elsewhere (the save worker): performance.timeOrigin + now(). */
  committedAt?: number;
}

/** Thrown inside a save's transaction to abort it: the stored draft is not the one the edit started from. */
class StaleBase extends Error {}

export function createDraftSaver(db: () => KiemDiemDB) {
  /**
   * Saves `working`, edited from `base` (the stored version it started from). If another view saved in
   * between, the two are merged field by field; texts changed on both sides come back as conflicts.
   * `working` must be a plain copy (see `plain`) that the caller hands over: it becomes the saved record
   * (copying a 20-page draft twice per keystroke showed in the profile).
   * `maybeSaved`: a save of this view that may or may not have been committed (a worker save dropped when the
   * page hid): if the stored draft is exactly it, it is this view's own text, not another view's, and is the base.
   */
  async function saveDraft(base: Draft, working: Draft, maybeSaved?: Draft): Promise<SaveOutcome> {
    try {
      return await saveOnBase(base, working);
    } catch (e) {
      if (!(e instanceof StaleBase)) throw e;
      return saveWithMerge(base, working, maybeSaved); // another view saved in between: nothing of the optimistic write was kept
    }
  }

  /**
   * The usual case, one round trip: write at once and check in the same transaction that the stored revision
   * is still `base.rev` (requests in a transaction run in order, so the read sees the record before our write).
   * If not, the transaction is aborted, which undoes the write, and saveWithMerge takes over.
   */
  async function saveOnBase(base: Draft, working: Draft): Promise<SaveOutcome> {
    const d = db();
    return d.transaction('rw', d.drafts, d.draftSummaries, d.draftHistories, async () => {
      const next = working;
      next.rev = base.rev + 1;
      next.updatedAt = Date.now();
      // The read is issued first, so it sees the record as it was before this write.
      const [before] = await Promise.all([d.draftSummaries.get(next.id), putDraftRecord(d, next), maybeSnapshot(next, 'autosave')]);
      if (before?.rev !== base.rev) throw new StaleBase();
      return { saved: next, conflicts: [], merged: false };
    });
  }

  async function saveWithMerge(from: Draft, working: Draft, maybeSaved?: Draft): Promise<SaveOutcome> {
    const d = db();
    lastSnapshots.delete(working.id); // a version kept by the aborted write is gone with it
    return d.transaction('rw', d.drafts, d.draftSummaries, d.draftHistories, async () => {
      const stored = await d.drafts.get(working.id);
      const ours = stored !== undefined && maybeSaved !== undefined && stored.rev === from.rev + 1 && sameContent(stored, maybeSaved);
      const base = ours ? stored : from;
      let next = working;
      let conflicts: DraftConflict[] = [];
      if (stored && stored.rev !== base.rev) {
        ({ merged: next, conflicts } = mergeDraft(base, next, stored));
        // The merge keeps "mine" where both changed: the other view's text survives as a version, not only on screen.
        if (conflicts.length > 0) await maybeSnapshot(stored, 'conflict', true);
      }
      next.rev = (stored?.rev ?? 0) + 1;
      next.updatedAt = Date.now();
      await Promise.all([putDraftRecord(d, next), maybeSnapshot(next, 'autosave')]);
      return { saved: next, conflicts, merged: stored !== undefined && stored.rev !== base.rev };
    });
  }

  /**
   * When the last version of a draft was kept. Remembered after the first look (versions kept by another view
   * are not seen, which can only make a version come a little early).
   */
  const lastSnapshots = new Map<string, number | undefined>();
  async function lastSnapshotAt(draftId: string): Promise<number | undefined> {
    if (lastSnapshots.has(draftId)) return lastSnapshots.get(draftId);
    const at = await lastVersionAt(db(), draftId);
    lastSnapshots.set(draftId, at);
    return at;
  }

  /** Keeps a version of `draft` unless one was kept less than SNAPSHOT_EVERY_MS ago (`force`: always). */
  async function maybeSnapshot(draft: Draft, reason: VersionReason, force = false): Promise<void> {
    const last = await lastSnapshotAt(draft.id);
    if (!force && last !== undefined && draft.updatedAt - last < SNAPSHOT_EVERY_MS) return;
    const savedAt = Date.now();
    await addVersion(db(), structuredClone(draft), reason, savedAt); // plain data: callers unwrap Vue proxies
    lastSnapshots.set(draft.id, savedAt);
  }

  /** Opens the database ahead of the first save (the save worker, started with the editor). */
  const warm = async (): Promise<void> => void (await db().open());

  /** Forgets what was remembered of a draft (deleted). */
  const forget = (draftId: string): void => void lastSnapshots.delete(draftId);

  return { saveDraft, maybeSnapshot, forget, warm };
}
