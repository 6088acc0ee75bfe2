import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatabase } from '../../stores/db';
import { WORKLOG_HISTORY_MAX, WorklogInputError, logIdFor, useWorklogStore } from '../../stores/worklog';
import { ATTACHMENT_MAX_BYTES } from '../../domain/schemas/worklog';
import { freshDb } from './fixtures';

const quarter = (q: number, general: number, results: number) => ({ v: 1 as const, year: 2026, quarter: q, leader: true, objectiveCause: false, scores: { general: { score: general }, results: { score: results } } });

describe('work log store (Dexie v5)', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    useDatabase(freshDb('worklog'));
  });
  afterEach(() => useDatabase().close());

  it('one log per person and year; opening it twice gives the same record', async () => {
    const s = useWorklogStore();
    const a = await s.openLog(2026, 'p-1');
    const b = await s.openLog(2026, 'p-1');
    expect(a.id).toBe('p-1:2026');
    expect(b.id).toBe(a.id);
    expect((await s.openLog(2026)).id).toBe('ca-nhan:2026');
    expect(logIdFor('', 2025)).toBe('ca-nhan:2025');
    expect((await s.listLogs()).map((l) => l.id).sort()).toEqual(['ca-nhan:2026', 'p-1:2026']);
  });

  it('adds, lists in date order, deletes softly and restores entries', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026, 'p-1');
    await s.putEntries(id, [
      { title: 'Báo cáo quý III', status: 'dung-han', doneOn: '2026-09-20' },
      { title: 'Đề án chuyển đổi số', status: 'cham', deadline: '2026-03-01', doneOn: '2026-03-10' },
    ]);
    const list = await s.listEntries(id);
    expect(list.map((e) => e.title)).toEqual(['Đề án chuyển đổi số', 'Báo cáo quý III']);
    await s.deleteEntry(list[0]!.id);
    expect((await s.listEntries(id)).map((e) => e.title)).toEqual(['Báo cáo quý III']);
    expect((await s.listEntries(id, { deleted: true })).map((e) => e.title)).toEqual(['Đề án chuyển đổi số']);
    await s.restoreEntry(list[0]!.id);
    expect(await s.listEntries(id)).toHaveLength(2);
    const log = await s.loadWorklog(id);
    expect(log!.entries.map((e) => e.status)).toEqual(['cham', 'dung-han']);
    expect(Object.keys(log!.entries[0]!)).not.toContain('logId');
  });

  it('refuses an invalid entry with Vietnamese lines naming the field, and stores nothing of the lot', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026);
    const bad = s.putEntries(id, [
      { title: 'Tốt', status: 'dung-han' },
      { title: 'Xong sau hạn', status: 'dung-han', deadline: '2026-03-01', doneOn: '2026-03-05' },
    ]);
    await expect(bad).rejects.toBeInstanceOf(WorklogInputError);
    await expect(bad).rejects.toThrow(/Mục 2: .*hoàn thành chậm/);
    expect(await s.listEntries(id)).toEqual([]);
  });

  it('keeps one evaluation per quarter and the replaced one in the history (bounded)', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026);
    await s.saveQuarter(id, quarter(2, 25, 60));
    await s.saveQuarter(id, quarter(1, 20, 50));
    await s.saveQuarter(id, quarter(2, 28, 65));
    const log = await s.getLog(id);
    expect(log!.quarters.map((q) => [q.quarter, q.scores.general.score])).toEqual([[1, 20], [2, 28]]);
    expect(log!.history).toHaveLength(1);
    expect(log!.history[0]).toMatchObject({ kind: 'quarter', quarter: { quarter: 2, scores: { general: { score: 25 } } } });
    for (let i = 0; i < WORKLOG_HISTORY_MAX + 5; i++) await s.saveQuarter(id, quarter(3, 10 + (i % 20), 40));
    expect((await s.getLog(id))!.history).toHaveLength(WORKLOG_HISTORY_MAX);
    await expect(s.saveQuarter(id, quarter(5, 10, 10))).rejects.toThrow(/quý từ 1 đến 4/);
  });

  it('keeps attached files up to the cap, and refuses a larger one naming it', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026);
    const ref = await s.addAttachment(id, { name: 'bien-ban.pdf', type: 'application/pdf', data: new Uint8Array([1, 2, 3]).buffer });
    expect(ref).toMatchObject({ name: 'bien-ban.pdf', size: 3, type: 'application/pdf' });
    expect(new Uint8Array((await s.readAttachment(ref.id))!.data)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(s.addAttachment(id, { name: 'lon.pdf', type: '', data: new ArrayBuffer(ATTACHMENT_MAX_BYTES + 1) })).rejects.toThrow(/«lon\.pdf».*đến 2 MB/);
    const [entry] = await s.putEntries(id, [{ title: 'Có tệp', status: 'dung-han', evidence: { attachment: ref } }]);
    await s.deleteEntry(entry!.id, true);
    expect(await s.readAttachment(ref.id)).toBeUndefined();
  });
});
