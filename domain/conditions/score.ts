import type { Grade } from '../core/grade';
import type { CheckFacts } from '../schemas/case';

export interface Score {
  common: number;
  results: number;
  total: number;
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((s, x) => s + x, 0);
/** Sums of decimal points (e.g. 0.1 + 0.2) rounded to 2 decimals so 89.5 stays 89.5. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 2025 score: the group totals, or the sums per sub-criterion; null when not given. */
export function computeScore(f: CheckFacts): Score | null {
  const s = f.scores;
  if (!s) return null;
  const common = s.common ?? (s.byCriterion ? round2(sum(s.byCriterion.common)) : undefined);
  const results = s.results ?? (s.byCriterion ? round2(sum(s.byCriterion.results)) : undefined);
  if (common === undefined || results === undefined) return null;
  return { common, results, total: round2(common + results) };
}

/** Points band from the minimum scores, highest first; `floor` is the grade below every band. */
export function bandFromMinimums(total: number, minimums: readonly [Grade, number][], floor: Grade): Grade {
  for (const [grade, min] of minimums) if (total >= min) return grade;
  return floor;
}
