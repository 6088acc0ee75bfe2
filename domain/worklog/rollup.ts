import type { WorklogEntry } from '../schemas/worklog';
import { EXCEEDED_STATUSES, type WorklogStatus } from '../schemas/worklog-labels';
import { foldVietnamese } from '../core/text';
import { entryDate, quarterKey, quarterOf, type QuarterId } from './quarter';

/**
 * The counts of a period from the log: on time, late, not completed and exceeded (exceeded entries are on time
 * and beyond, so they count in `onTime` and in `exceeded`), per status, and the quantities summed per unit.
 */
export interface Rollup {
  total: number;
  onTime: number;
  late: number;
  notCompleted: number;
  exceeded: number;
  byStatus: Record<WorklogStatus, number>;
  /** quantity per unit, units as first written ("văn bản", "Văn bản" → one unit), in first-seen order. */
  quantities: { unit: string; amount: number; entries: number }[];
}

const emptyByStatus = (): Record<WorklogStatus, number> => ({ 'dung-han': 0, cham: 0, 'chua-hoan-thanh': 0, 'vuot-tien-do': 0, 'vuot-chat-luong': 0 });
const EXCEEDED = new Set<WorklogStatus>(EXCEEDED_STATUSES);

/** The rollup of the given entries (already filtered to the period). */
export function rollup(entries: readonly WorklogEntry[]): Rollup {
  const byStatus = emptyByStatus();
  const units = new Map<string, { unit: string; amount: number; entries: number }>();
  for (const e of entries) {
    byStatus[e.status]++;
    if (e.quantity) {
      const key = foldVietnamese(e.quantity.unit).trim();
      const u = units.get(key);
      if (u) { u.amount += e.quantity.amount; u.entries++; }
      else units.set(key, { unit: e.quantity.unit, amount: e.quantity.amount, entries: 1 });
    }
  }
  const exceeded = byStatus['vuot-tien-do'] + byStatus['vuot-chat-luong'];
  return {
    total: entries.length,
    onTime: byStatus['dung-han'] + exceeded,
    late: byStatus.cham,
    notCompleted: byStatus['chua-hoan-thanh'],
    exceeded,
    byStatus,
    quantities: [...units.values()],
  };
}

export const isExceeded = (s: WorklogStatus): boolean => EXCEEDED.has(s);

/** The rollup of one quarter: entries dated in it (see entryDate). */
export function quarterRollup(entries: readonly WorklogEntry[], q: QuarterId): Rollup {
  const key = quarterKey(q);
  return rollup(entries.filter((e) => {
    const d = entryDate(e);
    return d !== undefined && quarterKey(quarterOf(d)) === key;
  }));
}

/** The year: each quarter and the whole year (entries dated in the year; undated entries count in the year only). */
export function yearRollup(entries: readonly WorklogEntry[], year: number): { year: Rollup; quarters: [Rollup, Rollup, Rollup, Rollup] } {
  const buckets: WorklogEntry[][] = [[], [], [], []];
  const inYear: WorklogEntry[] = [];
  const prefix = `${year}-`;
  for (const e of entries) {
    const d = entryDate(e);
    if (d === undefined) { inYear.push(e); continue; }
    if (!d.startsWith(prefix)) continue;
    inYear.push(e);
    buckets[quarterOf(d).quarter - 1]!.push(e);
  }
  return { year: rollup(inYear), quarters: [rollup(buckets[0]!), rollup(buckets[1]!), rollup(buckets[2]!), rollup(buckets[3]!)] };
}
