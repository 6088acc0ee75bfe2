import { decodeText } from '@/domain/core/decode-text';
import { foldVietnamese, formatNumberVi } from '@/domain/core/text';
import { parseOverlayImport } from '@/domain/overlays/index';
import type { ParseResult } from '@/domain/schemas/errors';
import type { Overlay } from '@/domain/schemas/overlay';

/** Overlay files are small (a few kB); anything above this is not one. */
export const MAX_OVERLAY_FILE_BYTES = 1024 * 1024;

/** "Hướng dẫn Đảng ủy phường Bến Nghé" -> "huong-dan-dang-uy-phuong-ben-nghe". */
export function slugify(text: string, fallback = 'don-vi'): string {
  const slug = foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || fallback;
}

export const overlayFileName = (overlay: Pick<Overlay, 'name'>): string => `ban-huong-dan-${slugify(overlay.name)}.json`;

/** Reads and validates an overlay file; every failure is a Vietnamese line (the field named when it is one). */
export async function readOverlayFile(file: Blob): Promise<ParseResult<Overlay>> {
  if (file.size > MAX_OVERLAY_FILE_BYTES) {
    const mb = formatNumberVi(file.size / (1024 * 1024), 1);
    return { ok: false, errors: [`Tệp quá lớn (${mb} MB): tệp hướng dẫn chỉ được tối đa 1 MB.`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(new Uint8Array(await file.arrayBuffer()))); // UTF-8 or UTF-16, as the CLI reads files
  } catch {
    return { ok: false, errors: ['Tệp không phải tệp hướng dẫn hợp lệ (không đọc được nội dung JSON). Hãy chọn tệp «ban-huong-dan-….json».'] };
  }
  return parseOverlayImport(json);
}

/** Saves the overlay as a JSON file through the browser's download. */
export function downloadOverlay(overlay: Overlay): void {
  const blob = new Blob([JSON.stringify(overlay, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = overlayFileName(overlay);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
