import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hunksOf, MAX_WORD_EDITS, tokens, type Hunk } from '../../../domain/sync/diff-words';
import { moveCaret } from '../../../domain/sync/caret';

/** The changes one side made, found by words (domain/sync/diff-words.ts), and the caret moved through them. */
const apply = (base: string[], hunks: Hunk[]): string => {
  const out: string[] = [];
  let at = 0;
  for (const h of hunks) {
    out.push(...base.slice(at, h.from), ...h.by);
    at = h.to;
  }
  return [...out, ...base.slice(at)].join('');
};
const textArb = fc.array(fc.constantFrom('a', 'b', 'c', 'alpha', ' ', '  ', '\n'), { maxLength: 16 }).map((parts) => parts.join(''));

describe('hunksOf', () => {
  it('for any two texts, the changes turn the base into the side, in order, a word between two changes', () => {
    fc.assert(
      fc.property(textArb, textArb, (base, side) => {
        const b = tokens(base);
        const hunks = hunksOf(b, tokens(side));
        expect(apply(b, hunks)).toBe(side);
        for (let i = 1; i < hunks.length; i++) expect(b.slice(hunks[i - 1]!.to, hunks[i]!.from).some((t) => /\S/.test(t))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['typed at two places: two changes', 'a b c', 'x a b c y', [{ from: 0, to: 0, by: ['x', ' '] }, { from: 5, to: 5, by: [' ', 'y'] }]],
    ['a space added before a word, a word after it: two changes', ' al', '  al beta', [{ from: 1, to: 1, by: [' '] }, { from: 2, to: 2, by: [' ', 'beta'] }]],
    ['nothing changed', 'a b', 'a b', []],
  ])('%s', (_n, base, side, want) => {
    expect(hunksOf(tokens(base), tokens(side))).toEqual(want);
  });

  it.each([
    // n words replaced on each line: 4n words removed and added.
    [MAX_WORD_EDITS / 4, 2],
    [MAX_WORD_EDITS / 4 + 1, 1],
  ])('%i words replaced on each of two lines: %i changes (past the limit of words removed and added, one)', (n, count) => {
    const line = (tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
    const base = `${line('a')}\ngiữa\n${line('b')}`;
    const side = `${line('x')}\ngiữa\n${line('y')}`;
    const hunks = hunksOf(tokens(base), tokens(side));
    expect(hunks.length).toBe(count);
    expect(apply(tokens(base), hunks)).toBe(side);
  });
});

describe('moveCaret', () => {
  it.each([
    ['a change after the caret', ' alp', 4, ' alp be', 4],
    ['a change before the caret', ' bet', 4, ' alpha0x bet', 12],
    ['a space before the caret and a word after it', ' alp alpha0x', 4, '  alp alpha0x be', 5],
    ['the same text', 'abc', 2, 'abc', 2],
    ['the caret inside a word that changed: kept inside it', 'abc def', 2, 'xyz def', 2],
  ])('%s', (_n, before, at, now, want) => {
    expect(moveCaret(before, now, at)).toBe(want);
  });
});
