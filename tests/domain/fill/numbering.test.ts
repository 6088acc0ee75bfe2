import { describe, expect, it } from 'vitest';
import { parseNumbering, romanToNumber, unitNumbering } from '../../../domain/fill/numbering';

describe('parseNumbering', () => {
  it.each([
    ['I.1. Về phẩm chất chính trị', [1, 1]],
    ['1.1 Về phẩm chất chính trị', [1, 1]],
    ['II - Hạn chế', [2]],
    ['II. Hạn chế, khuyết điểm', [2]],
    ['Mục III: Kết quả khắc phục', [3]],
    ['Mục VI. Phương hướng', [6]],
    ['A.I.2 Việc thực hiện nhiệm vụ', [1, 2]],
    ['3) Giải trình', [3]],
    ['ii. hạn chế', [2]],
    ['IV', [4]],
    ['Ưu điểm', undefined],
    ['Việc thực hiện nhiệm vụ', undefined],
    ['vi du', undefined],
    ['Lý do', undefined],
    ['LI DO', undefined], // 51 > 20: a word, not a section number
    ['XX. Mục cuối', [20]],
    ['XXI. Quá xa', undefined],
    ['0. Không', undefined],
  ])('%s -> %j', (label, expected) => {
    expect(parseNumbering(label)).toEqual(expected);
  });
});

describe('romanToNumber / unitNumbering', () => {
  it.each([
    ['i', 1],
    ['iv', 4],
    ['ix', 9],
    ['xiv', 14],
    ['iiii', undefined],
    ['abc', undefined],
  ])('roman %s -> %s', (r, n) => expect(romanToNumber(r)).toBe(n));

  it.each([
    ['I', 'A.I.2', true, [1, 2]],
    ['II', 'II.1', true, [2, 1]],
    ['VI', 'A.VI', false, [6]],
    ['', 'CC.1', true, undefined],
  ] as const)('section %s unit %s -> %j', (section, id, isItem, expected) => {
    expect(unitNumbering(section, id, isItem)).toEqual(expected);
  });
});
