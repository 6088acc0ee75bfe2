import type { WorklogEntry } from '../schemas/worklog';

/** A quarter of a year: 2026-Q3 = { year: 2026, quarter: 3 }. */
export interface QuarterId {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTER_RE = /^(\d{4})-Q([1-4])$/i;

/** The quarter a date (YYYY-MM-DD) falls in: "2026-08-15" → 2026-Q3. */
export function quarterOf(iso: string): QuarterId {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterId['quarter'] };
}

/** "2026-Q3" (or "2026-q3") → { year: 2026, quarter: 3 }; undefined when it is not that shape. */
export function parseQuarter(text: string): QuarterId | undefined {
  const m = QUARTER_RE.exec(text.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as QuarterId['quarter'] } : undefined;
}

export const quarterKey = (q: QuarterId): string => `${q.year}-Q${q.quarter}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of the quarter, ISO. */
export function quarterRange(q: QuarterId): { from: string; to: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(q.year, lastMonth, 0)).getUTCDate();
  return { from: `${q.year}-${pad(firstMonth)}-01`, to: `${q.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** "Quý III năm 2026". */
export const quarterLabel = (q: QuarterId): string => `Quý ${['I', 'II', 'III', 'IV'][q.quarter - 1]} năm ${q.year}`;

/**
 * The date that places an entry in a quarter: the day it was done; for an entry not done, its deadline; else the
 * day it was assigned. Undefined when the entry has none of them (it then belongs to the year only).
 */
export const entryDate = (e: WorklogEntry): string | undefined =>
  e.status === 'chua-hoan-thanh' ? (e.deadline ?? e.assignedOn) : (e.doneOn ?? e.deadline ?? e.assignedOn);

/** The quarter of an entry (see entryDate). */
export function entryQuarter(e: WorklogEntry): QuarterId | undefined {
  const d = entryDate(e);
  return d ? quarterOf(d) : undefined;
}
