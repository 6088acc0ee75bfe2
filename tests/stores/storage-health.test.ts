import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkDatabase, describeStorageHealth, formatBytesVi, readStorageEstimate, requestPersistence } from '../../stores/storage-health';
import type { KiemDiemDB } from '../../stores/db';
import { freshDb } from './fixtures';

function fakeStorage(opts: { persisted: boolean; grant: boolean; usage?: number; quota?: number; failEstimate?: boolean }) {
  const calls: string[] = [];
  const storage = {
    persisted: async () => (calls.push('persisted'), opts.persisted),
    persist: async () => (calls.push('persist'), opts.grant),
    estimate: async () => {
      calls.push('estimate');
      if (opts.failEstimate) throw new Error('no');
      return { usage: opts.usage, quota: opts.quota };
    },
  };
  return { nav: { storage: storage as unknown as StorageManager }, calls };
}

describe('storage health', () => {
  it.each([
    ['already persisted: no prompt', true, false, true, ['persisted']],
    ['granted now', false, true, true, ['persisted', 'persist']],
    ['refused', false, false, false, ['persisted', 'persist']],
  ] as const)('persist(): %s', async (_l, persisted, grant, result, calls) => {
    const f = fakeStorage({ persisted, grant });
    expect(await requestPersistence(f.nav)).toBe(result);
    expect(f.calls).toEqual(calls);
  });

  it('without the StorageManager API nothing is requested and the screen says so', async () => {
    expect(await requestPersistence({})).toBe(false);
    const h = await readStorageEstimate({});
    expect(h).toEqual({ supported: false });
    expect(describeStorageHealth(h)).toEqual({ persistence: 'Giữ dữ liệu khi ổ đĩa gần đầy: trình duyệt không có tùy chọn này', usage: 'Dung lượng đã dùng: không rõ' });
  });

  it.each([
    [{ persisted: true, grant: true, usage: 5_400_000, quota: 2_147_483_648 }, 'Giữ dữ liệu khi ổ đĩa gần đầy: đã được trình duyệt đồng ý', 'Dung lượng đã dùng: 5,15 MB / 2 GB cho phép'],
    [{ persisted: false, grant: false, usage: 1536 }, 'Giữ dữ liệu khi ổ đĩa gần đầy: chưa — trình duyệt có thể tự xóa dữ liệu của ứng dụng khi máy thiếu chỗ', 'Dung lượng đã dùng: 1,5 KB'],
    [{ persisted: false, grant: false, failEstimate: true }, 'Giữ dữ liệu khi ổ đĩa gần đầy: chưa — trình duyệt có thể tự xóa dữ liệu của ứng dụng khi máy thiếu chỗ', 'Dung lượng đã dùng: không rõ'],
  ])('reads persisted() and estimate() %#', async (opts, persistence, usage) => {
    const h = await readStorageEstimate(fakeStorage(opts).nav);
    expect(describeStorageHealth(h)).toEqual({ persistence, usage });
  });

  it.each([
    [0, '0 byte'],
    [1023, '1.023 byte'],
    [1024, '1 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [123.4 * 1024 * 1024, '123,4 MB'],
  ])('formatBytesVi(%s) = %s', (n, text) => expect(formatBytesVi(n)).toBe(text));

  it('checkDatabase: opens a working database, explains one that cannot open', async () => {
    const ok = freshDb('health');
    expect(await checkDatabase(ok)).toEqual({ ok: true });
    await ok.delete();
    const broken = new Dexie('broken', { indexedDB: undefined, IDBKeyRange: undefined });
    broken.version(1).stores({ t: 'id' });
    Object.defineProperty(broken, 'open', { value: () => Promise.reject(new Dexie.MissingAPIError('indexedDB API missing')) });
    const r = await checkDatabase(broken as unknown as KiemDiemDB);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Trình duyệt không cho lưu dữ liệu/);
  });
});
