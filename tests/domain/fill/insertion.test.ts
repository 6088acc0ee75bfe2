import { describe, expect, it } from 'vitest';
import { planInsertion, prepareText, type InsertionInput } from '../../../domain/fill/insertion';

const base: InsertionInput = { current: '', text: 'Văn bản', mode: 'insert', multiline: true };

describe('planInsertion: insert (never erases)', () => {
  it.each<[string, Partial<InsertionInput>, string, number]>([
    ['empty field', {}, 'Văn bản', 7],
    ['append to a textarea: new line', { current: 'Có sẵn.' }, 'Có sẵn.\nVăn bản', 15],
    ['append to an input: space', { current: 'Có sẵn.', multiline: false }, 'Có sẵn. Văn bản', 15],
    ['cursor in the middle: spaces around', { current: 'ĐầuCuối', selectionStart: 3, selectionEnd: 3 }, 'Đầu Văn bản Cuối', 11],
    ['cursor after a space: no extra space', { current: 'Đầu cuối', selectionStart: 4, selectionEnd: 4 }, 'Đầu Văn bản cuối', 11],
    ['cursor at 0', { current: 'Cuối', selectionStart: 0, selectionEnd: 0 }, 'Văn bản Cuối', 7],
    ['a selection is kept: insert after it', { current: 'AB CD', selectionStart: 0, selectionEnd: 2 }, 'AB Văn bản CD', 10],
    ['cursor out of range: append', { current: 'Có', selectionStart: 99, selectionEnd: 99 }, 'Có\nVăn bản', 10],
    ['trailing newline kept as separator', { current: 'Có\n' }, 'Có\nVăn bản', 10],
  ])('%s', (_name, input, value, caret) => {
    const plan = planInsertion({ ...base, ...input });
    expect(plan).toMatchObject({ kind: 'write', value, caret, replaceAll: false });
  });

  it.each<[string, Partial<InsertionInput>, string]>([
    ['text already there', { current: 'Đầu. Văn bản. Cuối' }, 'already-present'],
    ['already there with other spacing', { current: 'Văn\n  bản', text: 'Văn bản' }, 'already-present'],
    ['empty text', { text: '  \n ' }, 'empty-text'],
  ])('unchanged: %s', (_name, input, reason) => {
    expect(planInsertion({ ...base, ...input })).toEqual({ kind: 'unchanged', reason });
  });
});

describe('planInsertion: replace', () => {
  it('replaces everything when asked', () => {
    expect(planInsertion({ ...base, current: 'Cũ', mode: 'replace' })).toMatchObject({ kind: 'write', value: 'Văn bản', replaceAll: true });
  });
  it('no-op when equal', () => {
    expect(planInsertion({ ...base, current: 'Văn bản', mode: 'replace' })).toEqual({ kind: 'unchanged', reason: 'already-present' });
  });
});

describe('planInsertion: maxlength on both sides of the limit', () => {
  it.each<[string, Partial<InsertionInput>, string]>([
    ['fits exactly (insert)', { current: 'AB', maxLength: 10 }, 'write'], // "AB\nVăn bản" = 10
    ['one over (insert)', { current: 'AB', maxLength: 9 }, 'too-long'],
    ['fits exactly (replace)', { current: 'AB', maxLength: 7, mode: 'replace' }, 'write'],
    ['one over (replace)', { current: 'AB', maxLength: 6, mode: 'replace' }, 'too-long'],
    ['-1 means no limit', { current: 'AB', maxLength: -1 }, 'write'],
  ])('%s', (_name, input, kind) => {
    expect(planInsertion({ ...base, ...input }).kind).toBe(kind);
  });
  it('reports the limit and the need', () => {
    expect(planInsertion({ ...base, current: 'AB', maxLength: 9 })).toEqual({ kind: 'too-long', maxLength: 9, needed: 10 });
  });
});

describe('prepareText', () => {
  it.each([
    ['Dòng một.\r\nDòng hai.', true, 'Dòng một.\nDòng hai.'],
    ['Dòng một.\n\nDòng hai.\n', false, 'Dòng một. Dòng hai.'],
    ['\n\nĐầu\n', true, 'Đầu'],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', true, 'Tiếng Việt'], // NFD in, NFC out
  ])('%j (multiline %s) -> %j', (input, multiline, expected) => {
    expect(prepareText(input, multiline)).toBe(expected);
  });
});
