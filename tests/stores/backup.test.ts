import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { applyImport, exportBackup, MAX_BACKUP_BYTES, onScreenBackup, prepareImport, registerOnScreenDraft } from '../../stores/backup';
import { parseBackupText } from '../../domain/backup/parse';
import { serializeBackup } from '../../domain/backup/build';
import { putDraftRecord, type KiemDiemDB } from '../../stores/db';
import { listVersions } from '../../stores/history';
import { dumpDb, fixtureDraft, freshDb, sampleBackup } from './fixtures';

let db: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  db = freshDb('backup');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const fileOf = (value: unknown) => new Blob([typeof value === 'string' ? value : serializeBackup(value as never)], { type: 'application/json' });

async function prepared(value: unknown) {
  const r = await prepareImport(fileOf(value), db);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('backup export and import (one transaction)', () => {
  it('round-trips every table: export of an imported backup gives the same records', async () => {
    const p = await prepared(sampleBackup());
    expect(p.plan.summary).toEqual([
      'Thêm 1 hồ sơ.',
      'Thêm 2 bản kiểm điểm (kèm 1 phiên bản lưu).',
      'Thêm 1 danh sách xếp loại.',
      'Thêm 1 hướng dẫn địa phương.',
      'Thêm 2 thiết lập.',
      'Thêm 1 sổ công việc.',
      'Thêm 2 mục công việc.',
      'Thêm 1 tệp đính kèm.',
    ]);
    const r = await applyImport(p.backup, db);
    expect(r.ok).toBe(true);
    const out = await exportBackup(db, new Date(2025, 11, 5));
    expect(out.fileName).toBe('kiem-diem-sao-luu-2025-12-05.json');
    const again = parseBackupText(await out.blob.text());
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const byId = <T extends { draft: { id: string } }>(l: T[]) => [...l].sort((a, b) => (a.draft.id < b.draft.id ? -1 : 1));
    expect(byId(again.value.drafts)).toEqual(byId(p.backup.drafts));
    expect(again.value.profiles).toEqual(p.backup.profiles);
    expect(again.value.rosters).toEqual(p.backup.rosters);
    expect(again.value.overlays).toEqual(p.backup.overlays);
    expect([...again.value.settings].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual([...p.backup.settings].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(again.value.worklogs).toEqual(p.backup.worklogs);
    expect(again.value.worklogEntries).toEqual(p.backup.worklogEntries);
    expect(again.value.attachments).toEqual(p.backup.attachments);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await applyImport((await prepared(sampleBackup())).backup, db);
    const before = await dumpDb(db);
    const p = await prepared(sampleBackup());
    expect(p.plan.empty).toBe(true);
    expect(p.plan.summary.at(-1)).toBe('Nhập tệp này sẽ không thay đổi gì.');
    await applyImport(p.backup, db);
    expect(await dumpDb(db)).toEqual(before);
  });

  // The file's draft has updatedAt 1_750_000_000_000; cross it on both sides.
  it.each([
    ['newer on this device', 1_750_000_000_001, 'skip'],
    ['same time', 1_750_000_000_000, 'skip'],
    ['older on this device', 1_749_999_999_999, 'replace'],
  ] as const)('a draft already here, %s → %s', async (_label, storedUpdatedAt, expected) => {
    const here = fixtureDraft('qd366-2025-02A', { updatedAt: storedUpdatedAt, rev: 7, sections: { 'A.I.1': { text: 'Bản cũ trên máy.' } } });
    await putDraftRecord(db, here);
    const p = await prepared(sampleBackup());
    expect(p.plan.items.find((i) => i.table === 'drafts' && i.id === here.id)?.action).toBe(expected);
    await applyImport(p.backup, db);
    const after = await db.drafts.get(here.id);
    const kept = await listVersions(db, here.id);
    if (expected === 'replace') {
      expect(after?.sections['A.I.1']?.text).toMatch(/^Luôn giữ vững lập trường/);
      expect(after?.rev).toBe(8); // above the stored rev, so open editors take it in
      expect(kept.find((v) => v.reason === 'before-restore')?.draft.sections['A.I.1']?.text).toBe('Bản cũ trên máy.');
      expect(kept).toHaveLength(2);
    } else {
      expect(after).toEqual(here);
      expect(kept).toHaveLength(0);
    }
  });

  it('a failure in the middle of the transaction leaves the database exactly as it was, naming the record', async () => {
    await db.settings.put({ key: 'keep', value: 1 });
    await putDraftRecord(db, fixtureDraft('qd124-2023-02A'));
    const before = await dumpDb(db);
    db.settings.hook('creating', (key) => {
      if (String(key).startsWith('fill-mapping:')) throw Object.assign(new Error('đầy'), { name: 'QuotaExceededError' });
    });
    const r = await applyImport((await prepared(sampleBackup())).backup, db);
    expect(r).toEqual({
      ok: false,
      errors: [
        'Không nhập được: lỗi khi ghi thiết lập «fill-mapping:dichvucong.example» (mã «fill-mapping:dichvucong.example») — bộ nhớ của trình duyệt đã đầy. Dữ liệu trên máy chưa thay đổi gì.',
      ],
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it.each([
    ['too large', new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]), /^Tệp quá lớn \(51 MB; tối đa 50 MB\)\.$/],
    ['not JSON', fileOf('{"format":'), /^Tệp không phải JSON hợp lệ/],
    ['another file', fileOf('{"name":"x"}'), /thiếu dấu hiệu «format»/],
    ['a newer app', fileOf('{"format":"kiem-diem-backup","v":4}'), /phiên bản 4 do bản Kiểm điểm mới hơn/],
  ])('rejects %s before writing anything', async (_label, file, message) => {
    const r = await prepareImport(file, db);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(message);
    expect(await db.drafts.count()).toBe(0);
  });

  it('a bad draft is named by list, position, id, title and field', async () => {
    const bad = sampleBackup() as { drafts: { draft: Record<string, unknown> }[] };
    bad.drafts[1]!.draft.reviewYear = '2023';
    const r = await prepareImport(fileOf(bad), db);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'Bản kiểm điểm thứ 2 (mã «fixture-qd124-2023-01» «Mẫu 01-HD KĐ.ĐG 2023 — bản mẫu kiểm thử»): trường «draft.reviewYear»: cần số.',
      ]);
  });

  it('backs up what is on screen without the database', async () => {
    const draft = fixtureDraft('qd366-2025-03');
    const unregister = registerOnScreenDraft(() => draft);
    const file = onScreenBackup(new Date(2026, 0, 9));
    unregister();
    expect(file.fileName).toBe('kiem-diem-sao-luu-2026-01-09.json');
    const r = parseBackupText(await file.blob.text());
    expect(r.ok && r.value.drafts.map((d) => d.draft)).toEqual([draft]);
    expect(onScreenBackup().blob.size).toBeLessThan(300);
  });
});

