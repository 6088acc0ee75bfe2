/**
 * Label similarity for Vietnamese, accent-insensitive: syllables and syllable pairs (Vietnamese words are
 * mostly two syllables: "hạn chế", "ưu điểm") compared with the Dice coefficient, blended with character
 * bigrams for spelling variants ("hoá"/"hóa", missing letters).
 */
import { foldVietnamese } from '../core/text';

/** Function syllables that carry no meaning for matching (folded). */
const STOP = new Set(['va', 'cua', 'cac', 'nhung', 'trong', 've', 'viec', 'duoc', 'voi', 'la', 'cho', 'theo', 'de', 'neu', 'co', 'hoac', 'mot', 'nay', 'do', 'tai', 'o', 'khi', 'thi']);

/** Folded content syllables, numbering and punctuation removed. */
export function contentTokens(s: string): string[] {
  return foldVietnamese(s)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !STOP.has(t) && !/^\d+$/.test(t) && !/^[ivxl]+$/.test(t));
}

function wordFeatures(tokens: string[]): Set<string> {
  const out = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i += 1) out.add(`${tokens[i]}_${tokens[i + 1]}`);
  return out;
}

function charBigrams(tokens: string[]): Set<string> {
  const s = tokens.join(' ');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i += 1) out.add(s.slice(i, i + 2));
  return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return (2 * common) / (a.size + b.size);
}

/** Share of a's features found in b (how much of a short page label the unit covers). */
export function coverage(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return common / a.size;
}

/** 0…1: how alike two labels are. */
export function labelSimilarity(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const wa = wordFeatures(ta);
  const wb = wordFeatures(tb);
  const words = 0.5 * dice(wa, wb) + 0.3 * coverage(wa, wb);
  return words + 0.2 * dice(charBigrams(ta), charBigrams(tb));
}
