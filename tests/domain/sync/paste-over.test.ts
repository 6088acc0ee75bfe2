import { describe, expect, it } from 'vitest';
import { changedChars, replacesMoreThanAParagraph } from '../../../domain/sync/paste-over';

describe('changedChars: how much an edit changed', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abXc', 1],
    ['abc', 'ac', 1],
    ['', 'x'.repeat(1000), 1000],
    ['a'.repeat(20_000), 'b'.repeat(20_000), 20_000], // same length, all replaced: the case a length check missed
    ['aaaa', 'aaaaaa', 2], // repeated letters: prefix and suffix never overlap
    ['đầu — cuối', 'đầu mới — cuối', 4],
  ])('%j → %j: %i', (before, after, n) => {
    expect(changedChars(before, after)).toBe(n);
    expect(changedChars(after, before)).toBe(n);
  });
});

describe('replacesMoreThanAParagraph', () => {
  it.each([
    ['one line', false],
    ['đoạn một\n\nđoạn hai', true],
    ['đoạn một\n', false],
  ])('%j → %s', (selected, yes) => expect(replacesMoreThanAParagraph(selected)).toBe(yes));
});
