import type { WorklogEntry } from '@/domain/schemas/worklog';
import { type WorklogStatus } from '@/domain/schemas/worklog-labels';
import { filterEntries, type WorklogFilter } from '@/domain/worklog/filter';
import { rollup, type Rollup } from '@/domain/worklog/rollup';
import { formatNumberVi } from '@/domain/core/text';

/** What the filter selects show: quarter 0 = the whole year, '' = every status or axis. */
export interface WorklogFilterState {
  quarter: 0 | 1 | 2 | 3 | 4;
  status: WorklogStatus | '';
  axisId: string;
}

export const noFilter = (): WorklogFilterState => ({ quarter: 0, status: '', axisId: '' });

/** The selects as the domain filter; «cả năm» shows every entry of the year's log (undated ones too). */
export function toDomainFilter(f: WorklogFilterState, year: number): WorklogFilter {
  return {
    ...(f.quarter ? { quarter: { year, quarter: f.quarter } } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
    ...(f.axisId ? { axisId: f.axisId } : {}),
  };
}

export const applyFilter = (entries: readonly WorklogEntry[], f: WorklogFilterState, year: number): WorklogEntry[] =>
  filterEntries(entries, toDomainFilter(f, year));

/** One line of counts: "12 mục: 9 đúng hạn (có 2 vượt mức), 2 chậm, 1 chưa hoàn thành." */
export function countsLine(r: Rollup): string {
  const n = (x: number) => formatNumberVi(x, 0);
  if (r.total === 0) return 'Không có mục nào.';
  const onTime = `${n(r.onTime)} đúng hạn${r.exceeded ? ` (có ${n(r.exceeded)} vượt mức)` : ''}`;
  return `${n(r.total)} mục: ${onTime}, ${n(r.late)} chậm, ${n(r.notCompleted)} chưa hoàn thành.`;
}

export { rollup };
