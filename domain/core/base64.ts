/**
 * Base64 (RFC 4648, with padding) without `atob`/`btoa` (browser globals the domain does not use) or Node's
 * Buffer: the backup file carries attached files' bytes this way. 20 files of 200 kB take a few milliseconds.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** Whole groups of four alphabet characters, the last one possibly padded with one or two "=". */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The encoded length of `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** The number of bytes a well-formed base64 text decodes to (no decoding). */
export function base64ByteLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

export function encodeBase64(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const out: string[] = [];
  // Chunks keep String.fromCharCode's argument list and the parts array small.
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = [];
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      codes.push(ALPHABET.charCodeAt(a >> 2), ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4)));
      codes.push(i + 1 < end ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : 61, i + 2 < end ? ALPHABET.charCodeAt(c & 63) : 61);
    }
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}

/** The bytes of a base64 text; throws on a malformed one (check BASE64_PATTERN first to report it instead). */
export function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('base64: length is not a multiple of 4');
  const out = new Uint8Array(base64ByteLength(text));
  let o = 0;
  const value = (i: number): number => {
    const code = text.charCodeAt(i);
    const v = code === 61 ? 0 : code < 128 ? VALUES[code]! : -1;
    if (v < 0) throw new Error(`base64: invalid character at position ${i}`);
    return v;
  };
  for (let i = 0; i < text.length; i += 4) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
