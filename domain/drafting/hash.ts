import type { z } from 'zod';
import type { SectionContentSchema } from '../schemas/draft';
import { nfc } from '../core/text';

export type SectionContent = z.infer<typeof SectionContentSchema>;

/** cyrb53: a fast, stable 53-bit string hash, as 14 hex digits. Not cryptographic; only detects edits. */
export function hashText(text: string): string {
  const s = nfc(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/**
 * True when composing would overwrite the user's own words: the slot holds text that is not exactly the
 * text last composed into it (no composedHash, or the text changed since). Empty slots never ask.
 */
export function shouldAskBeforeCompose(current: SectionContent | undefined): boolean {
  if (!current || current.text.trim() === '') return false;
  return current.composedHash === undefined || current.composedHash !== hashText(current.text);
}
