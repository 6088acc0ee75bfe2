import { defineStore } from 'pinia';
import type { Draft } from '@/domain/schemas/draft';
import { mergeDraft, type DraftConflict } from '@/domain/sync/merge-draft';
import { deleteDraftRecord, putDraftRecord, useDatabase, type DraftSummaryRecord, type DraftVersion } from './db';

/** Keep a history snapshot at most this often per draft while typing, and this many per draft. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;
export const MAX_VERSIONS_PER_DRAFT = 50;

export type DraftSummary = DraftSummaryRecord;

export const newId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A plain copy safe to store (no Vue proxies). */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export interface SaveOutcome {
  saved: Draft;
  conflicts: DraftConflict[];
  /** another view had saved in between and its changes were merged in (the saved draft differs from ours). */
  merged: boolean;
}

export const useDraftsStore = defineStore('drafts', () => {
  const db = () => useDatabase();

  /** The draft list, newest first, from the small summaries table (never whole drafts); `limit` for one page. */
  const listSummaries = (limit = Infinity): Promise<DraftSummary[]> => {
    const newest = db().draftSummaries.orderBy('updatedAt').reverse();
    return (Number.isFinite(limit) ? newest.limit(limit) : newest).toArray();
  };
  const countDrafts = (): Promise<number> => db().draftSummaries.count();


  const getDraft = (id: string): Promise<Draft | undefined> => db().drafts.get(id);
  const getSummary = (id: string): Promise<DraftSummary | undefined> => db().draftSummaries.get(id);

  async function createDraft(fields: Pick<Draft, 'reviewYear' | 'rulebookId' | 'formCode'> & Partial<Draft>): Promise<Draft> {
    const now = Date.now();
    // zod loads with the first draft created, not with the panel's first screen.
    const { DraftSchema } = await import('@/domain/schemas/draft');
    const draft = DraftSchema.parse({ v: 1, id: newId(), title: '', createdAt: now, updatedAt: now, rev: 1, ...plain(fields) });
    const d = db();
    await d.transaction('rw', d.drafts, d.draftSummaries, async () => {
      if (await d.drafts.get(draft.id)) throw new Error(`Bản kiểm điểm ${draft.id} đã tồn tại.`);
      await putDraftRecord(d, draft);
    });
    return draft;
  }

  /**
   * Saves `working`, edited from `base` (the stored version it started from). If another view saved in
   * between, the two are merged field by field; texts changed on both sides come back as conflicts.
   */
  async function saveDraft(base: Draft, working: Draft): Promise<SaveOutcome> {
    const d = db();
    return d.transaction('rw', d.drafts, d.draftSummaries, d.draftVersions, async () => {
      // The small summary tells whether another view saved in between; the whole draft is read only then.
      // Requests are issued together: each sequential round trip to IndexedDB costs a keystroke milliseconds.
      const [summary, lastSnapshot] = await Promise.all([d.draftSummaries.get(working.id), lastSnapshotAt(working.id)]);
      const storedRev = summary?.rev ?? (await d.drafts.get(working.id))?.rev;
      let next = plain(working);
      let conflicts: DraftConflict[] = [];
      const stored = storedRev !== undefined && storedRev !== base.rev ? await d.drafts.get(working.id) : undefined;
      const merged = stored !== undefined;
      if (stored) {
        ({ merged: next, conflicts } = mergeDraft(base, next, stored));
        // The merge keeps "mine" where both changed: the other view's text survives as a version, not only on screen.
        if (conflicts.length > 0) await maybeSnapshot(stored, 'autosave', true);
      }
      next.rev = (storedRev ?? 0) + 1;
      next.updatedAt = Date.now();
      await Promise.all([
        putDraftRecord(d, next),
        lastSnapshot !== undefined && next.updatedAt - lastSnapshot < SNAPSHOT_EVERY_MS ? undefined : maybeSnapshot(next, 'autosave'),
      ]);
      return { saved: next, conflicts, merged };
    });
  }

  /**
   * When the last version of a draft was kept. Remembered after the first look (versions kept by another view
   * are not seen, which can only make a version come a little early); index key only, never the whole draft.
   */
  const lastSnapshots = new Map<string, number | undefined>();
  async function lastSnapshotAt(draftId: string): Promise<number | undefined> {
    if (lastSnapshots.has(draftId)) return lastSnapshots.get(draftId);
    const key = (await db().draftVersions.where('[draftId+savedAt]').between([draftId, 0], [draftId, Infinity]).lastKey()) as
      | [string, number]
      | undefined;
    lastSnapshots.set(draftId, key?.[1]);
    return key?.[1];
  }

  async function maybeSnapshot(draft: Draft, reason: DraftVersion['reason'], force = false): Promise<void> {
    const versions = db().draftVersions;
    const last = await lastSnapshotAt(draft.id);
    if (!force && last !== undefined && draft.updatedAt - last < SNAPSHOT_EVERY_MS) return;
    const savedAt = Date.now();
    await versions.add({ draftId: draft.id, savedAt, reason, draft: plain(draft) });
    lastSnapshots.set(draft.id, savedAt);
    const count = await versions.where('draftId').equals(draft.id).count();
    if (count > MAX_VERSIONS_PER_DRAFT) {
      const oldest = await versions.where('[draftId+savedAt]').between([draft.id, 0], [draft.id, Infinity]).limit(count - MAX_VERSIONS_PER_DRAFT).primaryKeys();
      await versions.bulkDelete(oldest);
    }
  }

  async function listVersions(draftId: string): Promise<DraftVersion[]> {
    const all = await db().draftVersions.where('draftId').equals(draftId).sortBy('savedAt');
    return all.reverse();
  }

  /** Restores a version; the current text is kept as a version first, so a restore can be undone. */
  async function restoreVersion(seq: number): Promise<Draft | undefined> {
    const d = db();
    return d.transaction('rw', d.drafts, d.draftSummaries, d.draftVersions, async () => {
      const version = await d.draftVersions.get(seq);
      if (!version) return undefined;
      const current = await d.drafts.get(version.draftId);
      if (current) await maybeSnapshot(current, 'before-restore', true);
      const restored = { ...version.draft, rev: (current?.rev ?? 0) + 1, updatedAt: Date.now() };
      await putDraftRecord(d, restored);
      return restored;
    });
  }

  async function deleteDraft(id: string): Promise<void> {
    const d = db();
    await d.transaction('rw', d.drafts, d.draftSummaries, d.draftVersions, async () => {
      await deleteDraftRecord(d, id);
      lastSnapshots.delete(id);
    });
  }

  return { listSummaries, countDrafts, getDraft, getSummary, createDraft, saveDraft, listVersions, restoreVersion, deleteDraft, maybeSnapshot };
});
