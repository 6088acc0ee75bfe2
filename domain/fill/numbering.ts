/**
 * Form numbering in labels: "I.1", "1.1", "II –", "Mục III:", "A.I.1". Roman and arabic numerals are
 * equivalent ("II.2" = "2.2"), so a web form that renumbers the official sections still lines up.
 */
import { foldVietnamese } from '../core/text';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** "iv" -> 4; undefined when not a well-formed roman numeral up to 89. */
export function romanToNumber(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^(l?x{0,3})(ix|iv|v?i{0,3})$/.test(t) || t === '') return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i += 1) {
    const cur = ROMAN[t[i]!] ?? 0;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function segmentToNumber(seg: string): number | undefined {
  if (/^\d{1,2}$/.test(seg)) return Number(seg);
  return romanToNumber(seg);
}

/** Strips accents but keeps case and length (one output char per NFC input char). */
function stripAccents(s: string): string {
  return [...s].map((c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')).join('');
}

/** Words that may precede a number in a label ("Mục II", "Phần I", "Câu 3", "Tiêu chí 1.2"). */
const LEAD_WORDS = /^(?:muc|phan|cau|tieu chi|noi dung|so)\s+/i;
/**
 * Upper-case roman numerals or 1–2 digits, joined by "." "-" "/", then punctuation, a space or the end.
 * Lower-case roman numerals count only before punctuation ("ii." yes, "vi du" no).
 */
const NUMBERING = /^([IVXL]+|[ivxl]+(?=\s*[.:)\-/])|\d{1,2})((?:\s*[.\-/]\s*(?:[IVXL]+|[ivxl]+|\d{1,2}))*)\s*(?:[.:)\-–—]|\s|$)/;
/** Beyond this a roman "number" is more likely a word ("LI DO"). */
const MAX_SECTION = 20;

/**
 * The numbering a label starts with, as numbers: "I.1. Về phẩm chất" -> [1, 1]; "3) Giải trình" -> [3];
 * "A.I.1" -> [1, 1] (a leading part letter A/B is dropped); "Ưu điểm" -> undefined.
 */
export function parseNumbering(label: string): number[] | undefined {
  let s = stripAccents(label.normalize('NFC').trim());
  s = s.replace(LEAD_WORDS, '');
  s = s.replace(/^[AB][.\s]+(?=[IVXL\d])/, '');
  const m = NUMBERING.exec(s);
  if (!m) return undefined;
  const segments = [m[1]!, ...m[2]!.split(/[.\-/]/).map((x) => x.trim()).filter(Boolean)];
  const numbers = segments.map(segmentToNumber);
  if (numbers.some((n) => n === undefined || n === 0 || n > MAX_SECTION * 5)) return undefined;
  if (numbers[0]! > MAX_SECTION) return undefined;
  return numbers as number[];
}

/** Numbering of a draft unit from the form's printed section number and the unit id ("I" + "A.I.2" -> [1, 2]). */
export function unitNumbering(sectionNumber: string, unitId: string, isItem: boolean): number[] | undefined {
  const section = segmentToNumber(foldVietnamese(sectionNumber));
  if (section === undefined) return undefined;
  if (!isItem) return [section];
  const last = unitId.split('.').pop() ?? '';
  const item = /^\d{1,2}$/.test(last) ? Number(last) : undefined;
  return item === undefined ? [section] : [section, item];
}

export const sameNumbering = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  !!a && !!b && a.length === b.length && a.every((n, i) => n === b[i]);
