import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { BASE64_PATTERN, base64ByteLength, base64Length, decodeBase64, encodeBase64 } from '../../../domain/core/base64';

/** The domain's own codec against Node's Buffer, on every padding case and across the encoder's chunk size. */
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256);

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 3 * 4096 - 1, 3 * 4096, 3 * 4096 + 1, 200_000])('%i bytes: same text as Buffer, and back', (n) => {
    const data = bytes(n);
    const text = encodeBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    expect(text.length).toBe(base64Length(n));
    expect(BASE64_PATTERN.test(text)).toBe(true);
    expect(base64ByteLength(text)).toBe(n);
    expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(data))).toBe(true);
    expect(encodeBase64(data.buffer as ArrayBuffer)).toBe(text);
  });

  it.each([
    ['QQ==', true],
    ['QUI=', true],
    ['QUJD', true],
    ['', true],
    ['QQ=', false],
    ['Q===', false],
    ['QU I=', false],
    ['QUJ-', false],
    ['QQ==QUJD', false],
  ])('pattern %j → %s', (text, ok) => expect(BASE64_PATTERN.test(text)).toBe(ok));

  it.each(['QUJ-', 'QQ=', 'ẠBCD'])('decoding %j throws', (text) => expect(() => decodeBase64(text)).toThrow(/base64/));
});
