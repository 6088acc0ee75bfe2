import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { summaryOf, KiemDiemDB } from '../../stores/db';
import { listVersions } from '../../stores/history';
import { fixtureDraft, sampleProfile } from './fixtures';

/**
 * The FIRST released schema, frozen here on purpose: later edits to stores/db.ts must not change what v1 was.
 * A database created by the released app must open with the current KiemDiemDB class and keep every record.
 */
const FROZEN_V1_STORES = {
  drafts: 'id, updatedAt, reviewYear',
  draftVersions: '++seq, draftId, [draftId+savedAt]',
  profiles: 'id, updatedAt',
  rosters: 'id, updatedAt',
  overlays: 'id, updatedAt',
  settings: 'key',
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function buildV1(name: string) {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(FROZEN_V1_STORES);
  const draft = fixtureDraft('qd366-2025-02A');
  const other = fixtureDraft('qd124-2023-03');
  const records = {
    drafts: [draft, other],
    draftVersions: [
      { draftId: draft.id, savedAt: 1000, reason: 'autosave', draft },
      { draftId: draft.id, savedAt: 2000, reason: 'before-restore', draft: { ...draft, title: 'Trước khi khôi phục' } },
    ],
    profiles: [{ id: 'p-1', updatedAt: 5, profile: sampleProfile }],
    rosters: [{ id: 'r-1', updatedAt: 6, data: { members: ['Lê Văn Cường'] } }],
    overlays: [{ id: 'o-1', updatedAt: 7, data: { id: 'ha-tinh-2023' } }],
    settings: [
      { key: 'fill-mapping:example', value: { a: 1 } },
      { key: 'theme', value: 'light' },
    ],
  };
  for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
  old.close();
  return records;
}

describe('database upgrade from the first released schema (v1)', () => {
  it('the frozen v1 still equals the schema the current class declares for version 1', () => {
    const current = new KiemDiemDB('schema-probe');
    const v1 = (current as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string> } }[] })._versions.find(
      (v) => v._cfg.version === 1,
    );
    expect(v1?._cfg.storesSource).toEqual(FROZEN_V1_STORES);
  });

  it('opens a filled v1 database with the current class and every record survives', async () => {
    const records = await buildV1('upgrade-from-v1');
    const db = new KiemDiemDB('upgrade-from-v1');
    await db.open();
    expect(await db.drafts.orderBy('id').toArray()).toEqual([...records.drafts].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // v3: the versions live in one history record per draft, oldest first, and read back complete
    const versions = await listVersions(db, records.drafts[0]!.id);
    expect(versions.map(({ seq: _seq, ...rest }) => rest)).toEqual(records.draftVersions);
    expect(versions.map((v) => v.seq)).toEqual([1, 2]);
    expect(await listVersions(db, records.drafts[1]!.id)).toEqual([]);
    // the second version repeats nothing of the draft it shares with the first; v4 dropped the old table
    const history = await db.draftHistories.get(records.drafts[0]!.id);
    expect(history!.versions[0]!.same?.length).toBe(Object.keys(records.drafts[0]!.sections).length);
    expect(history!.nextSeq).toBe(3);
    expect([...db.backendDB().objectStoreNames]).not.toContain('draftVersions');
    expect(await db.profiles.toArray()).toEqual(records.profiles);
    expect(await db.rosters.toArray()).toEqual(records.rosters);
    expect(await db.overlays.toArray()).toEqual(records.overlays);
    expect(await db.settings.orderBy('key').toArray()).toEqual(records.settings);
    // indexes still answer
    expect(await db.drafts.where('reviewYear').equals(2023).count()).toBe(1);
    // v2: every draft got its list summary, newest first
    const summaries = await db.draftSummaries.orderBy('updatedAt').reverse().toArray();
    expect(summaries.map((s) => s.id)).toEqual([...records.drafts].sort((a, b) => b.updatedAt - a.updatedAt).map((d) => d.id));
    expect(summaries[0]).toEqual(summaryOf(records.drafts.find((d) => d.id === summaries[0]!.id)!));
    // v5: the work-log tables exist, empty, with their indexes
    expect(await db.worklogs.count()).toBe(0);
    expect(await db.worklogEntries.where('logId').equals('x').count()).toBe(0);
    expect(await db.attachments.where('logId').equals('x').count()).toBe(0);
    expect(db.verno).toBe(5);
    db.close();
  });
});
