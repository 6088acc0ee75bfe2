/**
 * Central rulebooks, chosen by review year (năm kiểm điểm).
 * 2018–2022: QĐ 132-QĐ/TW + HD 21-HD/BTCTW; 2023–2024: QĐ 124-QĐ/TW + HD 25-HD/BTCTW;
 * 2025 onward: QĐ 366-QĐ/TW + HD 43-HD/BTCTW (QĐ 366 Điều 19 replaces QĐ 124; HD 43 replaces HD 25).
 */
export const RULEBOOK_IDS = ['qd132-2018', 'qd124-2023', 'qd366-2025'] as const;
export type RulebookId = (typeof RULEBOOK_IDS)[number];

export const RULEBOOK_LABELS: Record<RulebookId, string> = {
  'qd132-2018': 'Quy định 132-QĐ/TW (2018) và Hướng dẫn 21-HD/BTCTW',
  'qd124-2023': 'Quy định 124-QĐ/TW (04/10/2023) và Hướng dẫn 25-HD/BTCTW',
  'qd366-2025': 'Quy định 366-QĐ/TW (30/8/2025) và Hướng dẫn 43-HD/BTCTW',
};

export const FIRST_SUPPORTED_YEAR = 2018;

/** The rulebook in force for a review year, or undefined before 2018. */
export function rulebookIdForYear(reviewYear: number): RulebookId | undefined {
  if (!Number.isInteger(reviewYear) || reviewYear < FIRST_SUPPORTED_YEAR) return undefined;
  if (reviewYear <= 2022) return 'qd132-2018';
  if (reviewYear <= 2024) return 'qd124-2023';
  return 'qd366-2025';
}
