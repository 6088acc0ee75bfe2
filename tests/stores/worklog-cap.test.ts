import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { WORKLOG_MAX_ENTRIES } from '../../domain/schemas/worklog';
import { useDatabase } from '../../stores/db';
import { WorklogInputError, useWorklogStore } from '../../stores/worklog';
import { putEntries } from '../../stores/worklog';
import { freshDb } from './fixtures';

const LOG = 'ca-nhan:2026';

// A log of 12 entries at most, so both sides of the cap are crossed with small tables (stores/worklog.ts reads
// the same constant, so putEntries' exact check uses it too).
vi.mock('../../domain/schemas/worklog', async (original) => ({ ...(await original<object>()), WORKLOG_MAX_ENTRIES: 12 }));

/** `live` live entries and `deleted` deleted ones, written straight into the table. */
async function fill(live: number, deleted: number) {
  const now = Date.now();
  const rows = Array.from({ length: live + deleted }, (_, i) => ({
    v: 1 as const, id: `e-${i}`, kind: 'nhiem-vu' as const, title: `Việc ${i}`, status: 'dung-han' as const, logId: LOG, updatedAt: now,
    ...(i >= live ? { deletedAt: now } : {}),
  }));
  await useDatabase().worklogEntries.bulkPut(rows);
}

describe('putEntries: the cap counted from the index first, the exact count near it', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    useDatabase(freshDb('worklog-add'));
    await useWorklogStore().openLog(2026);
  });
  afterEach(() => useDatabase().close());

  it('stores the same record as putEntries, with a new id, and replaces an entry by its id', async () => {
    const [a] = await putEntries(useDatabase(), LOG, [{ title: ' Báo cáo ', status: 'dung-han', doneOn: '2026-03-02' }]);
    expect(a!.id).toMatch(/.+/);
    const [b] = await useWorklogStore().putEntries(LOG, [{ title: 'Báo cáo', status: 'dung-han', doneOn: '2026-03-02', id: 'x' }]);
    const stored = await useWorklogStore().listEntries(LOG);
    const strip = ({ id: _i, updatedAt: _u, ...rest }: (typeof stored)[number]) => rest;
    expect(strip(stored.find((e) => e.id === a!.id)!)).toEqual(strip(stored.find((e) => e.id === b!.id)!));
    await putEntries(useDatabase(), LOG, [{ id: 'x', title: 'Báo cáo (sửa)', status: 'cham' }]);
    expect((await useWorklogStore().listEntries(LOG)).find((e) => e.id === 'x')).toMatchObject({ title: 'Báo cáo (sửa)', status: 'cham' });
  });

  it('refuses an invalid lot with the lines putEntries gives, and writes nothing', async () => {
    const lot = [{ title: 'Tốt', status: 'dung-han' as const }, { title: 'Sau hạn', status: 'dung-han' as const, deadline: '2026-03-01', doneOn: '2026-03-05' }];
    const mine = await putEntries(useDatabase(), LOG, lot).catch((e: unknown) => e);
    const theirs = await useWorklogStore().putEntries(LOG, lot).catch((e: unknown) => e);
    expect(mine).toBeInstanceOf(WorklogInputError);
    expect((mine as WorklogInputError).lines).toEqual((theirs as WorklogInputError).lines);
    expect(await useWorklogStore().listEntries(LOG)).toEqual([]);
  });

  it('the cap of this test is 12', () => expect(WORKLOG_MAX_ENTRIES).toBe(12));

  it.each([
    ['one under the cap, nothing deleted', WORKLOG_MAX_ENTRIES - 1, 0, true],
    ['at the cap', WORKLOG_MAX_ENTRIES, 0, false],
    ['one under the cap with deleted entries (the exact count)', WORKLOG_MAX_ENTRIES - 1, 3, true],
    ['at the cap with deleted entries', WORKLOG_MAX_ENTRIES, 3, false],
  ])('%s', async (_name, live, deleted, accepted) => {
    await fill(live, deleted);
    const r = putEntries(useDatabase(), LOG, [{ title: 'Một việc nữa', status: 'dung-han' }]);
    if (accepted) {
      await r;
      expect(await useDatabase().worklogEntries.where('logId').equals(LOG).count()).toBe(live + deleted + 1);
    } else {
      await expect(r).rejects.toThrow(`Sổ công việc giữ tối đa ${WORKLOG_MAX_ENTRIES.toLocaleString('vi-VN')} mục`);
      expect(await useDatabase().worklogEntries.where('logId').equals(LOG).count()).toBe(live + deleted);
    }
  });
});
