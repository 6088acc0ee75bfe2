import { defineStore } from 'pinia';
import { DraftSchema, type Draft } from '@/domain/schemas/draft';
import { mergeDraft, type DraftConflict } from '@/domain/sync/merge-draft';
import { useDatabase, type DraftVersion } from './db';

/** Keep a history snapshot at most this often per draft while typing, and this many per draft. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;
export const MAX_VERSIONS_PER_DRAFT = 50;

export interface DraftSummary {
  id: string;
  title: string;
  reviewYear: number;
  formCode: Draft['formCode'];
  rulebookId: Draft['rulebookId'];
  updatedAt: number;
}

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

  async function listSummaries(): Promise<DraftSummary[]> {
    const all = await db().drafts.orderBy('updatedAt').reverse().toArray();
    return all.map(({ id, title, reviewYear, formCode, rulebookId, updatedAt }) => ({
      id,
      title,
      reviewYear,
      formCode,
      rulebookId,
      updatedAt,
    }));
  }

  const getDraft = (id: string): Promise<Draft | undefined> => db().drafts.get(id);

  async function createDraft(fields: Pick<Draft, 'reviewYear' | 'rulebookId' | 'formCode'> & Partial<Draft>): Promise<Draft> {
    const now = Date.now();
    const draft = DraftSchema.parse({ v: 1, id: newId(), title: '', createdAt: now, updatedAt: now, rev: 1, ...plain(fields) });
    await db().drafts.add(draft);
    return draft;
  }

  /**
   * Saves `working`, edited from `base` (the stored version it started from). If another view saved in
   * between, the two are merged field by field; texts changed on both sides come back as conflicts.
   */
  async function saveDraft(base: Draft, working: Draft): Promise<SaveOutcome> {
    const d = db();
    return d.transaction('rw', d.drafts, d.draftVersions, async () => {
      const stored = await d.drafts.get(working.id);
      let next = plain(working);
      let conflicts: DraftConflict[] = [];
      const merged = Boolean(stored && stored.rev !== base.rev);
      if (stored && merged) {
        ({ merged: next, conflicts } = mergeDraft(base, next, stored));
        // The merge keeps "mine" where both changed: the other view's text survives as a version, not only on screen.
        if (conflicts.length > 0) await maybeSnapshot(stored, 'autosave', true);
      }
      next.rev = (stored?.rev ?? 0) + 1;
      next.updatedAt = Date.now();
      await d.drafts.put(next);
      await maybeSnapshot(next, 'autosave');
      return { saved: next, conflicts, merged };
    });
  }

  async function maybeSnapshot(draft: Draft, reason: DraftVersion['reason'], force = false): Promise<void> {
    const versions = db().draftVersions;
    const last = await versions.where('[draftId+savedAt]').between([draft.id, 0], [draft.id, Infinity]).last();
    if (!force && last && draft.updatedAt - last.savedAt < SNAPSHOT_EVERY_MS) return;
    await versions.add({ draftId: draft.id, savedAt: Date.now(), reason, draft: plain(draft) });
    const count = await versions.where('draftId').equals(draft.id).count();
    if (count > MAX_VERSIONS_PER_DRAFT) {
      const oldest = await versions.where('draftId').equals(draft.id).sortBy('savedAt');
      await versions.bulkDelete(oldest.slice(0, count - MAX_VERSIONS_PER_DRAFT).map((v) => v.seq!));
    }
  }

  async function listVersions(draftId: string): Promise<DraftVersion[]> {
    const all = await db().draftVersions.where('draftId').equals(draftId).sortBy('savedAt');
    return all.reverse();
  }

  /** Restores a version; the current text is kept as a version first, so a restore can be undone. */
  async function restoreVersion(seq: number): Promise<Draft | undefined> {
    const d = db();
    return d.transaction('rw', d.drafts, d.draftVersions, async () => {
      const version = await d.draftVersions.get(seq);
      if (!version) return undefined;
      const current = await d.drafts.get(version.draftId);
      if (current) await maybeSnapshot(current, 'before-restore', true);
      const restored = { ...version.draft, rev: (current?.rev ?? 0) + 1, updatedAt: Date.now() };
      await d.drafts.put(restored);
      return restored;
    });
  }

  async function deleteDraft(id: string): Promise<void> {
    const d = db();
    await d.transaction('rw', d.drafts, d.draftVersions, async () => {
      await d.drafts.delete(id);
      await d.draftVersions.where('draftId').equals(id).delete();
    });
  }

  return { listSummaries, getDraft, createDraft, saveDraft, listVersions, restoreVersion, deleteDraft, maybeSnapshot };
});
