/** Vietnamese text helpers: NFC everywhere, vi-VN numbers and dates. */
export const nfc = (s: string): string => s.normalize('NFC');

/** Lower-case, accent-free, single-spaced: for matching labels and detecting repeats. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1234.5 -> "1.234,5" (vi-VN grouping and decimal comma), independent of the runtime's ICU data. */
export function formatNumberVi(n: number, maxFractionDigits = 2): string {
  const sign = n < 0 ? '-' : '';
  const fixed = Math.abs(n).toFixed(maxFractionDigits);
  const [intPart = '0', frac = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = frac.replace(/0+$/, '');
  return sign + grouped + (trimmed ? ',' + trimmed : '');
}

/** 0.3 -> "30%", 0.125 -> "12,5%". */
export const formatPercentVi = (ratio: number): string => formatNumberVi(ratio * 100, 1) + '%';

/** ISO date "2025-12-05" -> "05/12/2025". */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * ISO date -> "ngày 05 tháng 12 năm 2025", the style of administrative and party documents:
 * a day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02"), other months do not.
 */
export function formatLongDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${m[3]} tháng ${monthText} năm ${m[1]}`;
}
