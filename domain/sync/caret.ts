import { hunksOf, tokens } from './diff-words';

/**
 * Where a caret at `at` in `before` belongs in `now`, the same text with another window's changes merged in
 * (components/draft/DraftUnit.vue). The texts are compared by words (domain/sync/diff-words.ts) and the caret
 * moves by what changed before it only: text inserted right at the caret comes after it, so the rest of the word
 * being typed stays in that word. Comparing the common start alone was not enough: a space changed before the
 * caret and words added after it moved the caret by both, into the middle of the word being typed.
 */
export function moveCaret(before: string, now: string, at: number): number {
  if (before === now) return at;
  const b = tokens(before);
  // Character offset where each token of `before` starts (and, last, the text's length).
  const starts = [0];
  for (const t of b) starts.push(starts.at(-1)! + t.length);
  let shift = 0;
  for (const h of hunksOf(b, tokens(now))) {
    const [from, to] = [starts[h.from]!, starts[h.to]!];
    const length = h.by.reduce((n, t) => n + t.length, 0);
    if (from >= at) break; // at or after the caret (an insertion right at it included)
    if (to <= at) shift += length - (to - from);
    else return from + shift + Math.min(at - from, length); // the caret was inside a stretch that changed
  }
  return Math.min(Math.max(at + shift, 0), now.length);
}
