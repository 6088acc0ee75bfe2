import { describe, expect, it } from 'vitest';
import { readNumberVi } from '../../../domain/core/number-vi';

const SCORE70 = { min: 0, max: 70, unit: 'điểm' };
const YEAR = { min: 2018, max: 2100, integer: true };

describe('readNumberVi', () => {
  it.each([
    ['', SCORE70, { kind: 'empty' }],
    ['   ', SCORE70, { kind: 'empty' }],
    ['0', SCORE70, { kind: 'number', value: 0 }],
    ['7', SCORE70, { kind: 'number', value: 7 }],
    ['70', SCORE70, { kind: 'number', value: 70 }],
    ['69,5', SCORE70, { kind: 'number', value: 69.5 }],
    ['69.5', SCORE70, { kind: 'number', value: 69.5 }],
    ['70,5', SCORE70, { kind: 'invalid', message: 'Tối đa 70 điểm.' }],
    ['75', SCORE70, { kind: 'invalid', message: 'Tối đa 70 điểm.' }],
    ['150', SCORE70, { kind: 'invalid', message: 'Tối đa 70 điểm.' }],
    ['700', SCORE70, { kind: 'invalid', message: 'Tối đa 70 điểm.' }],
    ['-1', SCORE70, { kind: 'invalid', message: 'Tối thiểu 0 điểm.' }],
    ['62,', SCORE70, { kind: 'invalid', message: 'Chỉ nhập số, ví dụ 62,5.' }],
    ['bảy', SCORE70, { kind: 'invalid', message: 'Chỉ nhập số, ví dụ 62,5.' }],
    ['2017', YEAR, { kind: 'invalid', message: 'Tối thiểu 2018.' }],
    ['2018', YEAR, { kind: 'number', value: 2018 }],
    ['2100', YEAR, { kind: 'number', value: 2100 }],
    ['2101', YEAR, { kind: 'invalid', message: 'Tối đa 2100.' }],
    ['2025,5', YEAR, { kind: 'invalid', message: 'Chỉ nhập số nguyên, ví dụ 12.' }],
    ['20x5', YEAR, { kind: 'invalid', message: 'Chỉ nhập số nguyên, ví dụ 12.' }],
  ])('%j with %j → %j', (text, limits, expected) => {
    expect(readNumberVi(text, limits)).toEqual(expected);
  });
});
