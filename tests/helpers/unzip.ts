import { inflateRawSync } from 'node:zlib';

/**
 * Minimal zip reader for tests (no package): reads the central directory and inflates one entry.
 * Supports the two methods .docx writers use: 0 (stored) and 8 (deflate).
 */
export function listZip(zip: Uint8Array): Map<string, { method: number; size: number; offset: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, { method, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function readZipEntry(zip: Uint8Array, name: string): string {
  const entry = listZip(zip).get(name);
  if (!entry) throw new Error(`zip entry not found: ${name}`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const h = entry.offset;
  if (view.getUint32(h, true) !== 0x04034b50) throw new Error('bad local header');
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const data = zip.subarray(start, start + entry.size);
  const raw = entry.method === 0 ? data : entry.method === 8 ? inflateRawSync(data) : undefined;
  if (!raw) throw new Error(`unsupported zip method ${entry.method}`);
  return new TextDecoder().decode(raw);
}
