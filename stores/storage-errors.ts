/** Vietnamese explanations of IndexedDB failures; the text being typed always stays on screen. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError']);

interface ErrorLike {
  name?: string;
  code?: number;
  inner?: ErrorLike;
  failures?: ErrorLike[];
}

/** Dexie wraps the browser's error (`inner`, and `failures` of bulk writes): look at every layer. */
function layers(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const like = e as ErrorLike;
    out.push(like);
    if (like.inner) queue.push(like.inner);
    if (Array.isArray(like.failures)) queue.push(...like.failures.slice(0, 5));
  }
  return out;
}

export function isQuotaError(error: unknown): boolean {
  // code 22: legacy DOMException.QUOTA_EXCEEDED_ERR (older WebKit).
  return layers(error).some((e) => (e.name !== undefined && QUOTA_NAMES.has(e.name)) || e.code === 22);
}

export function describeStorageError(error: unknown): string {
  const all = layers(error);
  const name = all.at(-1)?.name ?? all[0]?.name;
  if (isQuotaError(error))
    return 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Nội dung vẫn còn trên màn hình: bấm «Tải về nội dung đang hiển thị» để giữ nó trong một tệp, rồi giải phóng dung lượng.';
  if (all.some((e) => e.name === 'VersionError'))
    return 'Dữ liệu trên máy do phiên bản Kiểm điểm mới hơn tạo ra. Hãy tải lại trang hoặc cập nhật ứng dụng; nội dung vẫn còn trên màn hình.';
  if (all.some((e) => e.name !== undefined && UNAVAILABLE_NAMES.has(e.name)))
    return 'Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ ẩn danh). Nội dung vẫn còn trên màn hình: hãy xuất tệp sao lưu.';
  return `Chưa lưu được (${name ?? 'lỗi không rõ'}). Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại.`;
}
