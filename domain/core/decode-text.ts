/**
 * Text of a file whatever the editor saved it as: UTF-8 (with or without a byte order mark) or UTF-16 (Notepad's
 * "Unicode", with its mark, or without one when every other byte of ASCII text is zero). The app and the CLI
 * read files through this, so both accept the same files. The result is NFC, without the mark.
 */
export function decodeText(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const unmarked = !le && !be && bytes.length >= 2 && bytes.length % 2 === 0 ? zeroSide(bytes) : undefined;
  let text: string;
  if (le || be || unmarked) text = utf16(bytes.subarray(le || be ? 2 : 0), be || unmarked === 'be');
  else text = new TextDecoder('utf-8').decode(bytes);
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/** 'le' / 'be' when the first bytes look like UTF-16 of mostly Latin text ("{" then 0, or 0 then "{"). */
function zeroSide(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 64) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // UTF-8 text has no zero bytes: zeros in most odd (or even) places and none in the others is UTF-16.
  if (oddZero * 2 > n / 2 && evenZero === 0) return 'le';
  if (evenZero * 2 > n / 2 && oddZero === 0) return 'be';
  return undefined;
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start + 1 < bytes.length; start += CHUNK * 2) {
    const codes: number[] = [];
    for (let i = start; i + 1 < bytes.length && i < start + CHUNK * 2; i += 2) codes.push(bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
