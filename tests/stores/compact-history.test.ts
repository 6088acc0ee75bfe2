import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../stores/db';
import { MAX_VERSIONS_PER_DRAFT, useDraftsStore } from '../../stores/drafts';
import { applyImport, exportBackup, prepareImport } from '../../stores/backup';
import { parseBackupText } from '../../domain/backup/parse';
import { BACKUP_FORMAT } from '../../domain/schemas/backup';
import type { Draft } from '../../domain/schemas/draft';
import { fixtureDraft, freshDb } from './fixtures';

/**
 * Versions are stored as a chain (domain/sync/version-chain.ts): each keeps only the sections that differ from
 * the next one. Whatever is stored, reading the history gives complete drafts, and a backup carries them whole.
 */
const withUnit = (d: Draft, unit: string, text: string, updatedAt = d.updatedAt): Draft => ({ ...structuredClone(d), updatedAt, sections: { ...structuredClone(d.sections), [unit]: { text } } });

let db: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  db = useDatabase(freshDb('chain'));
  await db.open();
});
afterEach(() => db.delete());

describe('history stored without repeating itself', () => {
  it('the older version keeps only the unit that changed; both read back complete, and restore gives the older text', async () => {
    const store = useDraftsStore();
    const v1 = fixtureDraft('qd366-2025-02B', { id: 'c1' });
    await putDraftRecord(db, v1);
    await store.maybeSnapshot(v1, 'manual', true);
    const v2 = withUnit(v1, 'A.I.1', 'Đoạn viết lại.');
    await store.maybeSnapshot(v2, 'manual', true);

    const stored = (await db.draftHistories.get('c1'))!.versions;
    expect(stored).toHaveLength(2);
    expect(Object.keys(stored[0]!.draft.sections)).toEqual(['A.I.1']); // only what differs from the next
    expect(stored[0]!.same?.length).toBe(Object.keys(v1.sections).length - 1);
    expect(stored[1]!.same).toBeUndefined(); // the last is complete
    expect(JSON.stringify(stored[0]).length).toBeLessThan(JSON.stringify(stored[1]).length);

    const [newest, oldest] = await store.listVersions('c1');
    expect(newest!.draft.sections).toEqual(v2.sections);
    expect(oldest!.draft.sections).toEqual(v1.sections);
    const restored = await store.restoreVersion('c1', oldest!.seq);
    expect(restored!.sections).toEqual(v1.sections);
  });

  it(`after ${MAX_VERSIONS_PER_DRAFT + 5} versions the oldest went and every kept one still reads whole`, async () => {
    const store = useDraftsStore();
    let d = fixtureDraft('qd366-2025-02B', { id: 'c2' });
    await putDraftRecord(db, d);
    const expected: string[] = [];
    for (let i = 0; i < MAX_VERSIONS_PER_DRAFT + 5; i++) {
      d = withUnit(d, i % 2 ? 'A.I.1' : 'A.I.2', `Lần sửa thứ ${i}.`);
      await store.maybeSnapshot(d, 'autosave', true);
      expected.push(JSON.stringify([d.sections['A.I.1'], d.sections['A.I.2'], d.sections['A.I.3']]));
    }
    const versions = await store.listVersions('c2');
    expect(versions).toHaveLength(MAX_VERSIONS_PER_DRAFT);
    expect(versions.map((v) => JSON.stringify([v.draft.sections['A.I.1'], v.draft.sections['A.I.2'], v.draft.sections['A.I.3']]))).toEqual(
      expected.slice(5).reverse(),
    );
  });

  it('versions written complete by an older app stay readable, and new ones chain onto them', async () => {
    const store = useDraftsStore();
    const v1 = fixtureDraft('qd366-2025-02B', { id: 'c3' });
    await putDraftRecord(db, v1);
    // complete versions, as a history written before the chain (or upgraded from one) may hold
    await db.draftHistories.put({
      draftId: 'c3',
      nextSeq: 3,
      versions: [
        { seq: 1, savedAt: 1, reason: 'autosave', draft: withUnit(v1, 'A.I.1', 'Rất cũ.') },
        { seq: 2, savedAt: 2, reason: 'autosave', draft: v1 },
      ],
    });
    await store.maybeSnapshot(withUnit(v1, 'A.I.2', 'Mới.'), 'manual', true);
    const texts = (await store.listVersions('c3')).map((v) => [v.draft.sections['A.I.1']!.text, v.draft.sections['A.I.2']!.text]);
    expect(texts).toEqual([
      [v1.sections['A.I.1']!.text, 'Mới.'],
      [v1.sections['A.I.1']!.text, v1.sections['A.I.2']!.text],
      ['Rất cũ.', v1.sections['A.I.2']!.text],
    ]);
  });

  it('a backup carries the history compact, and a fresh device reads back the same complete versions', async () => {
    const store = useDraftsStore();
    let d = fixtureDraft('qd366-2025-02B', { id: 'c4' });
    await putDraftRecord(db, d);
    for (let i = 0; i < 3; i++) {
      d = withUnit(d, 'A.I.1', `Bản ${i}.`);
      await store.maybeSnapshot(d, 'autosave', true);
    }
    await putDraftRecord(db, withUnit(d, 'A.I.2', 'Sau lần lưu cuối.'));
    const source = await store.listVersions('c4');
    const file = await exportBackup(db);
    const text = await file.blob.text();
    const raw = JSON.parse(text) as { v: number; drafts: { versions: { same?: string[]; draft: Draft }[] }[] };
    expect(raw.v).toBe(3);
    // every version in the file, the last included, carries only what differs from the next (or the draft)
    for (const v of raw.drafts[0]!.versions) expect(Object.keys(v.draft.sections).length).toBeLessThanOrEqual(2);

    const target = freshDb('chain-target');
    const prepared = await prepareImport(new Blob([text]), target);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect((await applyImport(prepared.value.backup, target)).ok).toBe(true);
    useDatabase(target);
    const imported = await store.listVersions('c4');
    expect(imported.map((v) => [v.savedAt, v.reason, v.draft.sections])).toEqual(source.map((v) => [v.savedAt, v.reason, v.draft.sections]));
    await target.delete();
  });

  it('a v1 file (complete versions, written before the chain) still imports whole', async () => {
    const d = fixtureDraft('qd366-2025-02B', { id: 'c5' });
    const older = withUnit(d, 'A.I.1', 'Bản cũ trong tệp v1.', 1);
    const v1File = { format: BACKUP_FORMAT, v: 1, exportedAt: 5, drafts: [{ draft: d, versions: [{ savedAt: 1, reason: 'manual', draft: older }] }] };
    const parsed = parseBackupText(JSON.stringify(v1File));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((await applyImport(parsed.value, db)).ok).toBe(true);
    const [v] = await useDraftsStore().listVersions('c5');
    expect(v!.draft.sections).toEqual(older.sections);
    expect(v!.savedAt).toBe(1);
  });
});
