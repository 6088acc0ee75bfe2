import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { putDraftRecord, useDatabase } from '../../stores/db';
import { appendToHistory, resolveHistory } from '../../stores/history';
import { MAX_VERSIONS_PER_DRAFT, SNAPSHOT_EVERY_MS, useDraftsStore } from '../../stores/drafts';
import { fixtureDraft, freshDb } from './fixtures';

describe('version history while typing', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    useDatabase(freshDb('history'));
  });
  afterEach(() => useDatabase().close());

  it('keeps a version at most every 5 minutes of edits, on both sides of the edge', async () => {
    const store = useDraftsStore();
    const d = fixtureDraft('qd366-2025-02B', { id: 'h1', updatedAt: 10_000_000 });
    await putDraftRecord(useDatabase(), d);
    await store.maybeSnapshot(d, 'autosave'); // first save: no version yet → one is kept
    const savedAt = (await store.listVersions('h1'))[0]!.savedAt;
    await store.maybeSnapshot({ ...d, updatedAt: savedAt + SNAPSHOT_EVERY_MS - 1 }, 'autosave');
    expect(await store.listVersions('h1')).toHaveLength(1);
    await store.maybeSnapshot({ ...d, updatedAt: savedAt + SNAPSHOT_EVERY_MS }, 'autosave');
    expect(await store.listVersions('h1')).toHaveLength(2);
  });

  it(`never keeps more than ${MAX_VERSIONS_PER_DRAFT} versions of a draft, dropping the oldest`, async () => {
    const store = useDraftsStore();
    const d = fixtureDraft('qd366-2025-02B', { id: 'h2' });
    const histories = useDatabase().draftHistories;
    await histories.put(appendToHistory(undefined, 'h2', Array.from({ length: MAX_VERSIONS_PER_DRAFT }, (_, i) => ({ savedAt: 1000 + i, reason: 'autosave' as const, draft: d }))));
    await histories.put(appendToHistory(undefined, 'other', [{ savedAt: 1, reason: 'autosave', draft: d }]));
    await store.maybeSnapshot(d, 'manual', true);
    const kept = await store.listVersions('h2');
    expect(kept).toHaveLength(MAX_VERSIONS_PER_DRAFT);
    expect(kept.some((v) => v.savedAt === 1000)).toBe(false); // the oldest went
    expect(kept.some((v) => v.savedAt === 1001)).toBe(true);
    expect(kept[0]!.reason).toBe('manual'); // newest first
    expect((await store.listVersions('other')).length).toBe(1);
  });
});

/** Issue 20 item 3: conflict copies filled the 50-version history and evicted the user's own "Lưu phiên bản". */
describe('a full history never drops a version saved by hand', () => {
  const at = (i: number, text: string) => fixtureDraft('qd366-2025-02B', { id: 'm1', sections: { 'A.I.1': { text } }, updatedAt: i });
  it.each([
    ['the oldest version is manual', 0],
    ['a manual version in the middle', 7],
  ])('%s: kept after %#, every other version still resolves to its own text', (_n, manualAt) => {
    let history = appendToHistory(undefined, 'm1', []);
    const total = MAX_VERSIONS_PER_DRAFT + 30;
    for (let i = 0; i < total; i++)
      history = appendToHistory(history, 'm1', [{ savedAt: i, reason: i === manualAt ? 'manual' : 'conflict', draft: at(i, `bản ${i}`) }], MAX_VERSIONS_PER_DRAFT);
    expect(history.versions).toHaveLength(MAX_VERSIONS_PER_DRAFT);
    expect(history.versions.filter((v) => v.reason === 'manual').map((v) => v.savedAt)).toEqual([manualAt]);
    const texts = resolveHistory(history).map((v) => v.draft.sections['A.I.1']?.text);
    const want = [manualAt, ...Array.from({ length: MAX_VERSIONS_PER_DRAFT - 1 }, (_, k) => total - MAX_VERSIONS_PER_DRAFT + 1 + k)];
    expect(texts).toEqual(want.map((i) => `bản ${i}`));
  });
});
