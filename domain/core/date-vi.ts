/**
 * Dates as Vietnamese users type them: day first ("05/12/2025", "5/12/2025", "5-12-2025", "5.12.2025",
 * "05122025"), or ISO "2025-12-05" (pasted from a file). The browser's own date field follows the browser's
 * language instead (month first in an English Chromium, so "05/12" would be read as 12 May), hence this reader.
 */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'invalid'; message: string };

export const DATE_VI_PLACEHOLDER = 'ngày/tháng/năm';
const EXAMPLE = 'ví dụ 05/12/2025';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True when the day exists in that month of that (proleptic Gregorian) year. */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

export function readDateVi(input: string): DateReading {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  let parts: [number, number, number] | undefined; // day, month, year
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text)))
    parts = [Number(m[1]), Number(m[2]), m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])];
  else if ((m = /^(\d{2})(\d{2})(\d{4})$/.exec(text))) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!parts) return { kind: 'invalid', message: `Cần ngày dạng ngày/tháng/năm, ${EXAMPLE}.` };
  const [day, month, year] = parts;
  if (year < 1900 || year > 2100) return { kind: 'invalid', message: `Năm ${year} nằm ngoài khoảng 1900–2100.` };
  if (!exists(year, month, day)) return { kind: 'invalid', message: `Không có ngày ${pad(day)}/${pad(month)}/${year}.` };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}
