import { describe, expect, it } from 'vitest';
import { foldVietnamese, formatDateVi, formatLongDateVi, formatNumberVi, formatPercentVi, nfc } from '../../../domain/core/text';

describe('Vietnamese text helpers', () => {
  it.each([
    [1234.5, '1.234,5'],
    [1000000, '1.000.000'],
    [0, '0'],
    [-12.25, '-12,25'],
    [999, '999'],
  ])('formatNumberVi(%s) = %s', (n, out) => expect(formatNumberVi(n)).toBe(out));

  it.each([
    [0.3, '30%'],
    [0.125, '12,5%'],
    [1, '100%'],
  ])('formatPercentVi(%s) = %s', (n, out) => expect(formatPercentVi(n)).toBe(out));

  it.each([
    ['2025-12-05', 'ngày 05 tháng 12 năm 2025'],
    ['2025-02-15', 'ngày 15 tháng 02 năm 2025'],
    ['2025-03-09', 'ngày 09 tháng 3 năm 2025'],
    ['2025-10-20', 'ngày 20 tháng 10 năm 2025'],
  ])('formatLongDateVi(%s) = %s', (d, out) => expect(formatLongDateVi(d)).toBe(out));

  it('formats short dates and folds accents', () => {
    expect(formatDateVi('2025-12-05')).toBe('05/12/2025');
    expect(foldVietnamese('  Đánh GIÁ,   xếp loại ')).toBe('danh gia, xep loai');
    const decomposed = 'Tiếng Việt'.normalize('NFD');
    expect(nfc(decomposed)).toBe('Tiếng Việt'.normalize('NFC'));
    expect(nfc(decomposed).length).toBeLessThan(decomposed.length);
  });
});
