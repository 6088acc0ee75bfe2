import { describe, expect, it } from 'vitest';
import { readDateVi } from '../../../domain/core/date-vi';

describe('readDateVi: day first, whatever the browser language', () => {
  it.each([
    ['05/12/2025', '2025-12-05'],
    ['5/12/2025', '2025-12-05'],
    [' 5 / 12 / 2025 ', '2025-12-05'],
    ['5-12-2025', '2025-12-05'],
    ['5.12.2025', '2025-12-05'],
    ['05122025', '2025-12-05'],
    ['5/12/25', '2025-12-05'],
    ['2025-12-05', '2025-12-05'],
    ['12/05/2025', '2025-05-12'], // never month first
    ['29/02/2024', '2024-02-29'], // leap year
    ['29/02/2000', '2000-02-29'], // divisible by 400
    ['31/12/2100', '2100-12-31'],
    ['01/01/1900', '1900-01-01'],
  ])('%j → %s', (text, iso) => expect(readDateVi(text)).toEqual({ kind: 'date', iso }));

  it.each(['', '   '])('%j is empty', (text) => expect(readDateVi(text)).toEqual({ kind: 'empty' }));

  it.each([
    ['29/02/2025', 'Không có ngày 29/02/2025.'],
    ['29/02/1900', 'Không có ngày 29/02/1900.'], // 1900 is not a leap year
    ['31/04/2025', 'Không có ngày 31/04/2025.'],
    ['32/01/2025', 'Không có ngày 32/01/2025.'],
    ['00/01/2025', 'Không có ngày 00/01/2025.'],
    ['15/13/2025', 'Không có ngày 15/13/2025.'],
    ['15/00/2025', 'Không có ngày 15/00/2025.'],
    ['31/12/1899', 'Năm 1899 nằm ngoài khoảng 1900–2100.'],
    ['01/01/2101', 'Năm 2101 nằm ngoài khoảng 1900–2100.'],
    ['5/12', 'Cần ngày dạng ngày/tháng/năm, ví dụ 05/12/2025.'],
    ['ngày 5 tháng 12', 'Cần ngày dạng ngày/tháng/năm, ví dụ 05/12/2025.'],
    ['5/12/202', 'Cần ngày dạng ngày/tháng/năm, ví dụ 05/12/2025.'],
    ['2025/12/05', 'Cần ngày dạng ngày/tháng/năm, ví dụ 05/12/2025.'],
  ])('%j → %s', (text, message) => expect(readDateVi(text)).toEqual({ kind: 'invalid', message }));
});
