import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatabase } from '../../stores/db';
import { useWorklogStore } from '../../stores/worklog';
import { freshDb } from './fixtures';

/** The menu's prefetch of the work log (read while the screen's code loads): used once, for its year only. */
describe('work log prefetch', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    useDatabase(freshDb('worklog-read'));
  });
  afterEach(() => useDatabase().close());

  /** The module keeps whether the screen has opened: each case starts from a fresh copy. */
  const fresh = async () => {
    vi.resetModules();
    const m = await import('../../stores/worklog-read');
    return { ...m, db: useDatabase() };
  };

  it('reads the log of the year, served once; after the screen opened, no prefetch again', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026);
    await s.putEntries(id, [{ title: 'Báo cáo', status: 'dung-han', doneOn: '2026-03-02' }]);
    const { prefetchWorklog, takePrefetch, db } = await fresh();
    prefetchWorklog(2026, db);
    const got = await takePrefetch(2026);
    expect(got).toMatchObject({ year: 2026, logId: 'ca-nhan:2026', record: { id: 'ca-nhan:2026' } });
    expect(got!.entries.map((e) => e.title)).toEqual(['Báo cáo']);
    expect(takePrefetch(2026)).toBeUndefined();
    prefetchWorklog(2026, db); // the screen is alive now (the shell keeps it): nothing to read
    expect(takePrefetch(2026)).toBeUndefined();
  });

  it('a prefetch of another year is not served', async () => {
    const { prefetchWorklog, takePrefetch, db } = await fresh();
    prefetchWorklog(2026, db);
    expect(takePrefetch(2025)).toBeUndefined();
  });
});
