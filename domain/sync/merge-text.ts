/**
 * A text edited in two views at once, merged three ways by words. Each side's change is the one stretch of the
 * base it replaced (found by trimming the common start and end). Changes to different stretches are both
 * applied; two insertions at the same place are both kept (this view's first), so words typed in two windows
 * into one section all stay in the text. Only two changes of the same words cannot be merged: then the caller
 * keeps "mine" and reports a conflict.
 */
interface Hunk {
  /** [from, to) in the base's tokens, replaced by `by`. */
  from: number;
  to: number;
  by: string[];
}

/** Words and the spaces between them, so the text comes back exactly when joined. */
const tokens = (text: string): string[] => text.split(/(\s+)/).filter((t) => t !== '');

function hunkOf(base: readonly string[], side: readonly string[]): Hunk {
  let start = 0;
  const max = Math.min(base.length, side.length);
  while (start < max && base[start] === side[start]) start++;
  let end = 0;
  while (end < max - start && base[base.length - 1 - end] === side[side.length - 1 - end]) end++;
  return { from: start, to: base.length - end, by: side.slice(start, side.length - end) };
}

/** The merged text, or undefined when both sides changed the same words (a conflict). */
export function mergeTextByWords(base: string, mine: string, theirs: string): string | undefined {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  const b = tokens(base);
  const m = hunkOf(b, tokens(mine));
  const t = hunkOf(b, tokens(theirs));
  // Changes to stretches that do not overlap (two insertions at one place included: this view's first).
  let first: Hunk;
  let second: Hunk;
  if (m.to <= t.from) [first, second] = [m, t];
  else if (t.to <= m.from) [first, second] = [t, m];
  else return undefined;
  const out = [...b.slice(0, first.from), ...first.by, ...b.slice(first.to, second.from), ...second.by, ...b.slice(second.to)];
  return joinWords(out);
}

/** Joins tokens, putting a space between two words that an insertion left touching. */
function joinWords(parts: readonly string[]): string {
  let text = '';
  for (const p of parts) {
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(p)) text += ' ';
    text += p;
  }
  return text;
}
