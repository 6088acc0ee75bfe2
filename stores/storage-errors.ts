/** Vietnamese explanations of IndexedDB failures; the text being typed always stays on screen. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được. Nội dung vẫn còn trên màn hình: hãy xuất tệp sao lưu rồi giải phóng dung lượng.';
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'DatabaseClosedError')
    return 'Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ ẩn danh). Nội dung vẫn còn trên màn hình: hãy xuất tệp sao lưu.';
  return `Chưa lưu được (${name ?? 'lỗi không rõ'}). Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lưu lại.`;
}
