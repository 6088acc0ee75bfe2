import { describe, expect, it } from 'vitest';
import { pickOption } from '../../../domain/fill/options';

const GRADES = ['-- Chọn --', 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

describe('pickOption: the option that says what the draft says', () => {
  it.each([
    ['Hoàn thành tốt nhiệm vụ', 2],
    ['Hoàn thành nhiệm vụ', 3],
    ['hoan thanh xuat sac nhiem vu', 1],
    ['Không hoàn thành nhiệm vụ', 4],
  ])('%s -> option %i', (wanted, index) => {
    expect(pickOption(GRADES, wanted)).toBe(index);
  });

  it('a close spelling is taken when one option is clearly best', () => {
    expect(pickOption(['Đạt', 'Hoàn thành tốt nhiệm vụ (HTTNV)'], 'Hoàn thành tốt nhiệm vụ')).toBe(1);
  });

  it.each([
    ['no option is close', ['Có', 'Không'], 'Hoàn thành tốt nhiệm vụ'],
    ['two options tie', ['Hoàn thành tốt nhiệm vụ năm 2024', 'Hoàn thành tốt nhiệm vụ năm 2025'], 'Hoàn thành tốt nhiệm vụ'],
    ['nothing wanted', GRADES, '  '],
  ])('nothing chosen when %s', (_why, options, wanted) => {
    expect(pickOption(options, wanted)).toBeUndefined();
  });
});
