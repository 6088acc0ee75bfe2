import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError } from '../../stores/storage-errors';

const QUOTA = 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Nội dung vẫn còn trên màn hình: bấm «Tải về nội dung đang hiển thị» để giữ nó trong một tệp, rồi giải phóng dung lượng.';
const UNAVAILABLE = /^Trình duyệt không cho lưu dữ liệu/;

const dom = (name: string, code?: number) => Object.assign(new Error('x'), { name, ...(code ? { code } : {}) });

describe('storage errors in Vietnamese', () => {
  it.each([
    ['DOMException QuotaExceededError', dom('QuotaExceededError')],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('full')],
    ['AbortError wrapping a quota error (transaction aborted)', Object.assign(dom('AbortError'), { inner: dom('QuotaExceededError') })],
    ['Dexie AbortError wrapping a quota error', new Dexie.AbortError('aborted', dom('QuotaExceededError'))],
    ['BulkError whose failure is a quota error', Object.assign(dom('BulkError'), { failures: [dom('QuotaExceededError')] })],
    ['Firefox NS_ERROR_DOM_QUOTA_REACHED', dom('NS_ERROR_DOM_QUOTA_REACHED')],
    ['legacy code 22', dom('Error', 22)],
  ])('%s → the quota message', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(describeStorageError(error)).toBe(QUOTA);
  });

  it.each([
    ['MissingAPIError', new Dexie.MissingAPIError('no indexedDB')],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError()],
    ['OpenFailedError', new Dexie.OpenFailedError('open failed')],
    ['InvalidStateError', dom('InvalidStateError')],
  ])('%s → storage unavailable', (_label, error) => {
    expect(isQuotaError(error)).toBe(false);
    expect(describeStorageError(error)).toMatch(UNAVAILABLE);
  });

  it('a newer database version says to reload or update', () => {
    expect(describeStorageError(new Dexie.OpenFailedError('x', dom('VersionError')))).toMatch(/phiên bản Kiểm điểm mới hơn/);
  });

  it.each([
    [dom('ConstraintError'), 'Chưa lưu được (ConstraintError). Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại.'],
    [undefined, 'Chưa lưu được (lỗi không rõ). Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại.'],
    ['chuỗi', 'Chưa lưu được (lỗi không rõ). Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại.'],
  ])('other failure %# keeps the text on screen', (error, message) => expect(describeStorageError(error)).toBe(message));

  it('a quota error during a real save reaches the editor as the quota message', async () => {
    const db = new Dexie(`quota-${Math.random()}`);
    db.version(1).stores({ t: 'id' });
    db.table('t').hook('creating', () => {
      throw dom('QuotaExceededError');
    });
    const error = await db.table('t').add({ id: 1 }).catch((e: unknown) => e);
    expect(describeStorageError(error)).toBe(QUOTA);
    db.close();
  });
});
