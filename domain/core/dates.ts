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

/** A Date's local calendar day as YYYY-MM-DD (what "today" means to the person at the screen). */
export function localIsoDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
