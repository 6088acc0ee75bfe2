/** Calendar arithmetic on ISO dates (YYYY-MM-DD), timezone-free. */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parts(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2025-08-31" + 6 months = "2026-02-28" (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** True when `from` + `months` is still after `at`: "chưa đủ N tháng" at the date `at`. */
export function lessThanMonths(from: string, months: number, at: string): boolean {
  return addMonths(from, months) > at;
}

/**
 * The date "N months" rules are counted to: `today` when it falls in the review season (the review year or
 * January of the next year, HD 43 mục 4.1), else 31/12 of the review year.
 */
export function referenceDateFor(reviewYear: number, today?: string): string {
  if (today && today >= `${reviewYear}-01-01` && today <= `${reviewYear + 1}-01-31`) return today.slice(0, 10);
  return `${reviewYear}-12-31`;
}
