import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { applyImport, exportBackup, prepareImport } from '../../stores/backup';
import type { KiemDiemDB } from '../../stores/db';
import { addAttachment, deleteEntry, openLog, putEntries, saveQuarter, saveStateEvaluation, savePerson, WORKLOG_HISTORY_MAX } from '../../stores/worklog';
import { attachmentsToLeaveOut } from '../../stores/backup-worklog';
import { ATTACHMENT_MAX_BYTES } from '../../domain/schemas/worklog';
import { formatNumberVi } from '../../domain/core/text';
import { dumpDb, freshDb, sampleQuarter, sampleWorklogParts } from './fixtures';

/** Issue 16 item 7: the work log goes through the backup file and comes back the same, in one transaction. */
let source: KiemDiemDB;
let target: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  [source, target] = [freshDb('wl-src'), freshDb('wl-dst')];
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256).buffer;

async function importInto(db: KiemDiemDB, file: Blob) {
  const prepared = await prepareImport(file, db);
  if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
  const r = await applyImport(prepared.value.backup, db);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return prepared.value;
}
const worklogTables = async (db: KiemDiemDB) => {
  const all = await dumpDb(db);
  return { worklogs: all.worklogs ?? [], worklogEntries: all.worklogEntries ?? [], attachments: all.attachments ?? [] };
};

describe('work log: export → import into an empty database', () => {
  it('gives the same records: entries, deleted entries, quarters, state evaluations, history, file bytes', async () => {
    const { id } = await openLog(source, 2026, 'p-1');
    await savePerson(source, id, { name: 'Trần Thị Bình', govPost: 'Trưởng phòng' });
    const file = await addAttachment(source, id, { name: 'quyết định.pdf', type: 'application/pdf', data: bytes(200_000) });
    const empty = await addAttachment(source, id, { name: 'trống.txt', type: '', data: new ArrayBuffer(0) });
    await putEntries(source, id, [
      { id: 'a', title: 'Báo cáo sơ kết', status: 'dung-han', doneOn: '2026-03-30', evidence: { docNumber: '12/BC', attachment: file } },
      { id: 'b', title: 'Thẩm định hồ sơ', status: 'cham', deadline: '2026-01-20', doneOn: '2026-01-25', evidence: { attachment: empty } },
      { id: 'c', title: 'Đề án chưa xong', status: 'chua-hoan-thanh' },
    ]);
    await deleteEntry(source, 'c');
    await saveQuarter(source, id, sampleQuarter(1, 24, 55, { proposedGrade: 'HTNV' }));
    await saveQuarter(source, id, sampleQuarter(1, 26, 60, { proposedGrade: 'HTTNV', decidedGrade: 'HTTNV' }));
    await saveStateEvaluation(source, id, sampleWorklogParts().worklogs[0]!.stateEvaluations[0]!);
    await openLog(source, 2025); // a second, empty log

    const before = await worklogTables(source);
    expect(before.worklogEntries.find((e) => (e as { id: string }).id === 'c')).toHaveProperty('deletedAt');
    expect((before.worklogs.find((l) => (l as { id: string }).id === id) as { history: unknown[] }).history).toHaveLength(1);

    const exported = await exportBackup(source);
    expect(exported.notes).toBeUndefined();
    const prepared = await importInto(target, exported.blob);
    expect(prepared.plan.summary.filter((l) => /sổ|mục|tệp/.test(l))).toEqual(['Thêm 2 sổ công việc.', 'Thêm 3 mục công việc.', 'Thêm 2 tệp đính kèm.']);
    expect(prepared.notes).toEqual([]);
    const after = await worklogTables(target);
    expect(after).toEqual(before);
    const back = (await target.attachments.get(file.id))!;
    expect(new Uint8Array(back.data)).toEqual(new Uint8Array(bytes(200_000)));
    expect(back.data.byteLength).toBe(200_000);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const file = new Blob([JSON.stringify({ format: 'kiem-diem-backup', v: 3, exportedAt: 1, ...toFileParts() })]);
    await importInto(target, file);
    const once = await dumpDb(target);
    const again = await prepareImport(file, target);
    expect(again.ok && again.value.plan.empty).toBe(true);
    expect(await dumpDb(target)).toEqual(once);
  });

  it('a newer log replaces the one here; the evaluations it replaces stay in the history', async () => {
    const { id } = await openLog(target, 2026, 'p-1');
    await saveQuarter(target, id, sampleQuarter(2, 20, 40, { proposedGrade: 'HTNV' }));
    await importInto(target, new Blob([JSON.stringify({ format: 'kiem-diem-backup', v: 3, exportedAt: 1, ...toFileParts(Date.now() + 60_000) })]));
    const log = (await target.worklogs.get(id))!;
    expect(log.quarters.map((q) => [q.quarter, q.proposedGrade])).toEqual([[1, 'HTXSNV'], [2, 'HTTNV']]);
    expect(log.history.map((h) => (h.kind === 'quarter' ? [h.kind, h.quarter.quarter, h.quarter.proposedGrade] : [h.kind]))).toEqual([
      ['quarter', 1, 'HTNV'], // the file's own history
      ['quarter', 2, 'HTNV'], // the device's quarter II, replaced
    ]);
    expect(log.history.length).toBeLessThanOrEqual(WORKLOG_HISTORY_MAX);
  });

  it('a failure while writing the files leaves the database exactly as it was', async () => {
    const { id } = await openLog(target, 2026, 'p-9');
    await putEntries(target, id, [{ id: 'x', title: 'Việc có sẵn', status: 'dung-han' }]);
    const before = await dumpDb(target);
    const fail = () => {
      throw Object.assign(new Error('đầy'), { name: 'QuotaExceededError' });
    };
    target.attachments.hook('creating', fail);
    const prepared = await prepareImport(new Blob([JSON.stringify({ format: 'kiem-diem-backup', v: 3, exportedAt: 1, ...toFileParts() })]), target);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    const r = await applyImport(prepared.value.backup, target);
    target.attachments.hook('creating').unsubscribe(fail);
    expect(r).toEqual({ ok: false, errors: ['Không nhập được: lỗi khi ghi dữ liệu — bộ nhớ của trình duyệt đã đầy. Dữ liệu trên máy chưa thay đổi gì.'] });
    expect(await dumpDb(target)).toEqual(before);
  });

  it('an export past the size bound leaves the largest files out, says which, and still imports', async () => {
    const { id } = await openLog(source, 2026, 'p-1');
    const big = await addAttachment(source, id, { name: 'lớn.pdf', type: 'application/pdf', data: bytes(ATTACHMENT_MAX_BYTES) });
    const small = await addAttachment(source, id, { name: 'nhỏ.pdf', type: 'application/pdf', data: bytes(1000) });
    await putEntries(source, id, [{ id: 'a', title: 'Có tệp lớn', status: 'dung-han', evidence: { attachment: big } }]);
    const whole = await exportBackup(source);
    const cut = await exportBackup(source, new Date(), whole.blob.size - 1);
    expect(cut.notes).toEqual([
      `Tệp sao lưu tối đa ${formatNumberVi((whole.blob.size - 1) / 1048576, 1)} MB: 1 tệp đính kèm của sổ công việc không được đưa vào («lớn.pdf» (2 MB)). Các tệp này vẫn ở trên máy; hãy lưu riêng chúng.`,
    ]);
    expect(cut.blob.size).toBeLessThan(whole.blob.size - 1);
    const prepared = await importInto(target, cut.blob);
    expect(prepared.notes).toEqual([
      'Mục công việc «Có tệp lớn» (mã «a») dẫn đến tệp đính kèm «lớn.pdf» (mã «' + big.id + '») không có trong tệp sao lưu: mục vẫn được nhập, tệp thì không.',
    ]);
    expect((await target.attachments.toCollection().primaryKeys()).sort()).toEqual([small.id]);
  });

  it.each([
    [0, []],
    [1, ['b']],
    [2_666_868, ['b']], // 2,000,000 bytes are 2,666,668 characters of base64, and 200 for the record
    [2_666_869, ['b', 'a']],
  ])('files left out for %i bytes too many: the largest first', (excess, ids) => {
    expect([...attachmentsToLeaveOut([{ id: 'a', size: 10 }, { id: 'b', size: 2_000_000 }], excess)]).toEqual(ids);
  });
});

/** The sample log (p-1:2026) in the file's shape, written at `updatedAt`. */
function toFileParts(updatedAt = 1_750_000_000_000) {
  const parts = sampleWorklogParts('p-1:2026', updatedAt);
  return {
    worklogs: parts.worklogs,
    worklogEntries: parts.worklogEntries.map(({ logId, updatedAt: u, deletedAt, ...entry }) => ({ logId, updatedAt: u, ...(deletedAt ? { deletedAt } : {}), entry })),
    attachments: parts.attachments.map((a) => ({ ...a, data: Buffer.from(a.data as ArrayBuffer).toString('base64') })),
  };
}
