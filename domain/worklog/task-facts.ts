import type { TaskCounts } from '../schemas/case';
import type { WorklogEntry } from '../schemas/worklog';
import { yearRollup, type Rollup } from './rollup';

/**
 * The task facts the annual grade check reads (`facts.tasks` of a check case, domain/schemas/case.ts
 * `TaskCounts`): total; onTime (hoàn thành đúng hạn, including those exceeded); late (chưa bảo đảm tiến độ);
 * notCompleted; exceeded (vượt mức). onTime + late + notCompleted = total, as the schema requires.
 */
export function taskCountsOf(r: Rollup): TaskCounts {
  return { total: r.total, onTime: r.onTime, late: r.late, notCompleted: r.notCompleted, exceeded: r.exceeded };
}

/** The year's task facts from the log (entries dated in the year, and those with no date). */
export function yearTaskFacts(entries: readonly WorklogEntry[], year: number): TaskCounts {
  return taskCountsOf(yearRollup(entries, year).year);
}
