import { GRADES, gradeRank, type Grade } from '../core/grade';
import type { CheckFacts, GradeCounts, TaskCounts } from '../schemas/case';
import type { Tri } from './types';

/**
 * Small readers over the facts, each answering true / false / undefined (unknown). Shares compare in
 * integer arithmetic (part × 100 against percent × total) so 3 of 10 is exactly 30%.
 */
export const atLeastPercent = (part: number, total: number, pct: number): Tri =>
  total > 0 ? part * 100 >= pct * total : undefined;
export const abovePercent = (part: number, total: number, pct: number): Tri =>
  total > 0 ? part * 100 > pct * total : undefined;
export const belowPercent = (part: number, total: number, pct: number): Tri =>
  total > 0 ? part * 100 < pct * total : undefined;

/** Every task completed (none "không hoàn thành"). */
export function allCompleted(t: TaskCounts | undefined): Tri {
  if (!t || t.total === 0) return undefined;
  if (t.notCompleted !== undefined) return t.notCompleted === 0;
  if (t.onTime !== undefined && t.onTime === t.total) return true;
  return undefined;
}

/** Every task completed on time, with quality. */
export function allOnTime(t: TaskCounts | undefined): Tri {
  if (!t || t.total === 0) return undefined;
  if (t.onTime !== undefined) return t.onTime === t.total;
  if ((t.late ?? 0) > 0 || (t.notCompleted ?? 0) > 0) return false;
  if (t.late === 0 && t.notCompleted === 0) return true;
  return undefined;
}

export function exceededAtLeast(t: TaskCounts | undefined, pct: number): Tri {
  if (!t || t.exceeded === undefined) return undefined;
  return atLeastPercent(t.exceeded, t.total, pct);
}

/** Tasks behind schedule at most pct of all tasks. */
export function lateAtMost(t: TaskCounts | undefined, pct: number): Tri {
  if (!t) return undefined;
  const late = t.late ?? (t.onTime !== undefined && t.notCompleted !== undefined ? t.total - t.onTime - t.notCompleted : undefined);
  if (late === undefined) return undefined;
  const above = abovePercent(late, t.total, pct);
  return above === undefined ? undefined : !above;
}

export function notCompletedAbove(t: TaskCounts | undefined, pct: number): Tri {
  if (!t || t.notCompleted === undefined) return undefined;
  return abovePercent(t.notCompleted, t.total, pct);
}

/** Completion of the area a leader directly manages, in percent (given, or derived from the counts). */
export function areaCompletionPercent(f: CheckFacts): number | undefined {
  const l = f.leader;
  if (!l) return undefined;
  if (l.areaCompletionPercent !== undefined) return l.areaCompletionPercent;
  const a = l.area;
  if (!a || a.total === 0 || a.notCompleted === undefined) return undefined;
  return ((a.total - a.notCompleted) * 100) / a.total;
}

export const countsTotal = (c: GradeCounts): number => c.HTXSNV + c.HTTNV + c.HTNV + c.KHTNV;

/** How many counted entries are at `grade` or above. */
export function countAtOrAbove(c: GradeCounts, grade: Grade): number {
  return GRADES.filter((g) => gradeRank(g) >= gradeRank(grade)).reduce((s, g) => s + c[g], 0);
}

/** Share of entries at or above `grade` is at least pct. */
export function shareAtOrAboveAtLeast(c: GradeCounts | undefined, grade: Grade, pct: number): Tri {
  if (!c) return undefined;
  return atLeastPercent(countAtOrAbove(c, grade), countsTotal(c), pct);
}

/** A grade given as a fact is at or above `grade`. */
export const gradeAtLeast = (g: Grade | undefined, grade: Grade): Tri =>
  g === undefined ? undefined : gradeRank(g) >= gradeRank(grade);

/** The discipline fact: true when disciplined this year (khiển trách or higher). */
export function disciplined(f: CheckFacts): Tri {
  return f.discipline ? f.discipline.form !== 'none' : undefined;
}

/** Disciplined, and not self-detected and remedied (the 2023 exception). */
export function disciplinedNotExcused(f: CheckFacts): Tri {
  const d = disciplined(f);
  if (d !== true) return d;
  return !(f.discipline?.selfDetected === true && f.discipline?.remedied === true);
}

/** Combine: false wins, then unknown, else true. */
export function allOf(...xs: Tri[]): Tri {
  if (xs.some((x) => x === false)) return false;
  if (xs.some((x) => x === undefined)) return undefined;
  return true;
}

/** Combine: true wins, then unknown, else false. */
export function anyOf(...xs: Tri[]): Tri {
  if (xs.some((x) => x === true)) return true;
  if (xs.some((x) => x === undefined)) return undefined;
  return false;
}

export const not = (x: Tri): Tri => (x === undefined ? undefined : !x);
