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

/**
 * The task counts with what the others settle: `onTime`, `late` and `notCompleted` split the tasks, so when one
 * is unknown it is total − the other two, and when the known ones already make the total the unknown ones are 0
 * ({ total: 10, onTime: 10 } → late 0, notCompleted 0). Counts that do not add up (refused by the schema) are
 * returned as given.
 */
export function settledTasks(t: TaskCounts): TaskCounts {
  if (t.onTime !== undefined && t.late !== undefined && t.notCompleted !== undefined) return t;
  const known = SETTLED.get(t);
  if (known) return known;
  const unknown = TASK_PARTS.filter((k) => t[k] === undefined);
  const rest = t.total - TASK_PARTS.reduce((s, k) => s + (t[k] ?? 0), 0);
  let out = t;
  if (!(rest < 0 || (unknown.length > 1 && rest > 0))) {
    out = { ...t };
    for (const k of unknown) out[k] = unknown.length === 1 ? rest : 0;
  }
  SETTLED.set(t, out);
  return out;
}
const TASK_PARTS = ['onTime', 'late', 'notCompleted'] as const;
/** One settling per counts object: every task condition of a check reads it (facts are not mutated). */
const SETTLED = new WeakMap<TaskCounts, TaskCounts>();

/** Tasks not completed, given or settled by the other counts. */
export const notCompletedOf = (t: TaskCounts | undefined): number | undefined => (t ? settledTasks(t).notCompleted : undefined);

/** Every task completed (none "không hoàn thành"). */
export function allCompleted(t: TaskCounts | undefined): Tri {
  if (!t || t.total === 0) return undefined;
  const s = settledTasks(t);
  if (s.notCompleted !== undefined) return s.notCompleted === 0;
  return undefined;
}

/** Every task completed on time, with quality. */
export function allOnTime(t: TaskCounts | undefined): Tri {
  if (!t || t.total === 0) return undefined;
  const s = settledTasks(t);
  if (s.onTime !== undefined) return s.onTime === s.total;
  if ((s.late ?? 0) > 0 || (s.notCompleted ?? 0) > 0) return false;
  return undefined;
}

export function exceededAtLeast(t: TaskCounts | undefined, pct: number): Tri {
  if (!t || t.exceeded === undefined) return undefined;
  return atLeastPercent(t.exceeded, t.total, pct);
}

/** Tasks behind schedule at most pct of all tasks. */
export function lateAtMost(t: TaskCounts | undefined, pct: number): Tri {
  if (!t) return undefined;
  const late = settledTasks(t).late;
  if (late === undefined) return undefined;
  const above = abovePercent(late, t.total, pct);
  return above === undefined ? undefined : !above;
}

export function notCompletedAbove(t: TaskCounts | undefined, pct: number): Tri {
  const notCompleted = notCompletedOf(t);
  if (!t || notCompleted === undefined) return undefined;
  return abovePercent(notCompleted, t.total, pct);
}

/** Completion of the area a leader directly manages, in percent (given, or derived from the counts). */
export function areaCompletionPercent(f: CheckFacts): number | undefined {
  const l = f.leader;
  if (!l) return undefined;
  if (l.areaCompletionPercent !== undefined) return l.areaCompletionPercent;
  const a = l.area;
  const notCompleted = notCompletedOf(a);
  if (!a || a.total === 0 || notCompleted === undefined) return undefined;
  return ((a.total - notCompleted) * 100) / a.total;
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
