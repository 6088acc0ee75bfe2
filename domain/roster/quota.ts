import type { GradeCounts, QuotaReading } from '../schemas/case';
import type { QuotaGroup } from './types';

export interface QuotaInput {
  group: string;
  counts: GradeCounts;
  percent: number;
  reading: QuotaReading;
  /** the small-unit rule is on, with its member threshold (HD 25 7.17). */
  smallUnitBelow?: number;
}

/** Most HTXSNV for a denominator: percent × denominator, rounded down (quota rounding is not in the text). */
export const quotaMax = (percent: number, denominator: number): number => Math.floor((percent * denominator) / 100);

/**
 * HTXSNV ≤ percent of the number graded HTTNV, under both readings of the denominator:
 * "literal" = graded HTTNV; "pool" = graded HTTNV or above (HTXSNV chosen among those who reached HTTNV).
 */
export function quotaFor(q: QuotaInput): QuotaGroup {
  const c = q.counts;
  const graded = c.HTXSNV + c.HTTNV + c.HTNV + c.KHTNV;
  // HD 25 7.17: fewer than 5 graded, and every one at HTTNV (one of them chosen as HTXSNV).
  const smallUnitApplied =
    q.smallUnitBelow !== undefined && graded > 0 && graded < q.smallUnitBelow && c.HTNV === 0 && c.KHTNV === 0;
  const reading = (denominator: number) => {
    const max = Math.max(quotaMax(q.percent, denominator), smallUnitApplied ? 1 : 0);
    return { denominator, max, within: c.HTXSNV <= max };
  };
  const literal = reading(c.HTTNV);
  const pool = reading(c.HTTNV + c.HTXSNV);
  return {
    group: q.group,
    graded,
    htxsnv: c.HTXSNV,
    percent: q.percent,
    literal,
    pool,
    reading: q.reading,
    smallUnitApplied,
    within: (q.reading === 'literal' ? literal : pool).within,
  };
}
