import type { WorklogEntry, WorklogStatus } from '../schemas/worklog';
import { entryDate, quarterRange, type QuarterId } from './quarter';

/** What the log screen filters by; every field optional (absent = all). */
export interface WorklogFilter {
  quarter?: QuarterId;
  /** the year only (entries dated in it). */
  year?: number;
  statuses?: readonly WorklogStatus[];
  /** result axis id; `null` = entries with no axis. */
  axisId?: string | null;
}

/** Entries matching every given filter, in their order. Entries without a date match no quarter or year. */
export function filterEntries(entries: readonly WorklogEntry[], f: WorklogFilter): WorklogEntry[] {
  const range = f.quarter ? quarterRange(f.quarter) : undefined;
  const yearPrefix = f.year === undefined ? undefined : `${f.year}-`;
  const statuses = f.statuses && f.statuses.length > 0 ? new Set(f.statuses) : undefined;
  return entries.filter((e) => {
    if (statuses && !statuses.has(e.status)) return false;
    if (f.axisId !== undefined && (e.axisId ?? null) !== f.axisId) return false;
    if (range || yearPrefix) {
      const d = entryDate(e);
      if (!d) return false;
      if (range && (d < range.from || d > range.to)) return false;
      if (yearPrefix && !d.startsWith(yearPrefix)) return false;
    }
    return true;
  });
}
