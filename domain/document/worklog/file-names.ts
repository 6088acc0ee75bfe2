import { asciiSlug } from '../file-name';

/**
 * Names of the work-log Word files, ASCII like the draft exports. No 'docx' import: the screens import this file
 * directly and load the Word library only when the button is pressed.
 */
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Mau-05-Quy-II-2026-Nguyen-Van-An.docx". */
export function mau05FileName(q: { year: number; quarter: number }, name = ''): string {
  return ['Mau-05', `Quy-${ROMAN[q.quarter - 1] ?? q.quarter}`, String(q.year), asciiSlug(name, 60)].filter(Boolean).join('-') + '.docx';
}

/** "Phieu-danh-gia-2026-07-01-2026-09-30-Tran-Thi-Binh.docx". */
export function statePhieuFileName(period: { from: string; to: string }, name = ''): string {
  return ['Phieu-danh-gia', period.from, period.to, asciiSlug(name, 60)].filter(Boolean).join('-') + '.docx';
}
