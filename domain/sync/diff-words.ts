/**
 * The changes one side made to a text, as stretches of the base's tokens it replaced (domain/sync/merge-text.ts).
 * Words are matched first (a shortest edit script over the words alone, Myers' algorithm), so spaces never
 * anchor the alignment; between two matched words, what differs (after the common start and end) is one
 * change. A side that typed at two places, or whose spaces changed beside a word, gives two changes, not one
 * stretch covering everything between them.
 */
export interface Hunk {
  /** [from, to) in the base's tokens, replaced by `by`. */
  from: number;
  to: number;
  by: string[];
}

/**
 * Words, and each space or line break on its own, so the text comes back exactly when joined. A space typed
 * beside another is then an insertion, not a change of the stretch of spaces that another window may also
 * have typed beside (two windows starting in an empty section both begin with a space).
 */
export const tokens = (text: string): string[] => text.split(/(\s)/).filter((t) => t !== '');

const isWord = (t: string): boolean => !/^\s/.test(t);

/**
 * Past this many words added and removed, the words are not matched one by one: everything between the common
 * start and end is one change (coarser, so more conflicts, never a wrong merge). Typing in two windows changes a
 * few words between saves; this only bounds the work for a big paste merged with another window's typing.
 */
export const MAX_WORD_EDITS = 500;

/** The changes turning `base` into `side`, in order; consecutive changes have at least one word between them. */
export function hunksOf(base: readonly string[], side: readonly string[]): Hunk[] {
  let start = 0;
  const max = Math.min(base.length, side.length);
  while (start < max && base[start] === side[start]) start++;
  let end = 0;
  while (end < max - start && base[base.length - 1 - end] === side[side.length - 1 - end]) end++;
  const [bEnd, sEnd] = [base.length - end, side.length - end];
  if (start === bEnd && start === sEnd) return [];
  const bWords = wordIndexes(base, start, bEnd);
  const sWords = wordIndexes(side, start, sEnd);
  const pairs = matchWords(bWords.map((i) => base[i]!), sWords.map((i) => side[i]!));
  if (!pairs) return [{ from: start, to: bEnd, by: side.slice(start, sEnd) }];
  // Anchors: the matched words, between the two ends of the stretch that differs.
  const anchors: [number, number][] = [[start - 1, start - 1], ...pairs.map(([b, s]): [number, number] => [bWords[b]!, sWords[s]!]), [bEnd, sEnd]];
  const hunks: Hunk[] = [];
  for (let i = 1; i < anchors.length; i++) {
    const [b0, s0] = anchors[i - 1]!;
    const [b1, s1] = anchors[i]!;
    const gap = trimmed(base, b0 + 1, b1, side, s0 + 1, s1);
    if (gap) hunks.push(gap);
  }
  return hunks;
}

function wordIndexes(list: readonly string[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isWord(list[i]!)) out.push(i);
  return out;
}

/** base[bFrom, bTo) replaced by side[sFrom, sTo), less their common start and end; undefined when equal. */
function trimmed(base: readonly string[], bFrom: number, bTo: number, side: readonly string[], sFrom: number, sTo: number): Hunk | undefined {
  while (bFrom < bTo && sFrom < sTo && base[bFrom] === side[sFrom]) [bFrom, sFrom] = [bFrom + 1, sFrom + 1];
  while (bTo > bFrom && sTo > sFrom && base[bTo - 1] === side[sTo - 1]) [bTo, sTo] = [bTo - 1, sTo - 1];
  return bFrom === bTo && sFrom === sTo ? undefined : { from: bFrom, to: bTo, by: side.slice(sFrom, sTo) };
}

/**
 * The pairs [i, j] of a longest common subsequence of `a` and `b` (Myers' O(ND) shortest edit script), in
 * order; undefined past MAX_WORD_EDITS edits.
 */
function matchWords(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  const [n, m] = [a.length, b.length];
  const limit = Math.min(MAX_WORD_EDITS, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, a, b);
    }
  }
  return undefined;
}

/**
 * Walks the trace back from the end. Only pairs of equal words, inside both lists and in increasing order, are
 * kept: whatever the walk does near the edges, the pairs are a common subsequence, so the changes built on them
 * always turn the base into the side (tests/domain/sync/diff-words.test.ts checks it on random texts).
 */
function backtrack(trace: Int32Array[], offset: number, a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let [x, y] = [a.length, b.length];
  let [lastX, lastY] = [a.length, b.length];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      [x, y] = [x - 1, y - 1];
      if (x < lastX && y < lastY && a[x] === b[y]) {
        pairs.push([x, y]);
        [lastX, lastY] = [x, y];
      }
    }
    [x, y] = [prevX, prevY];
  }
  return pairs.reverse();
}
