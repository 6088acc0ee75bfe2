import { describe, expect, it } from 'vitest';
import { quotaFor, quotaMax } from '../../../domain/roster';

const counts = (HTXSNV: number, HTTNV: number, HTNV = 0, KHTNV = 0) => ({ HTXSNV, HTTNV, HTNV, KHTNV });

describe('HTXSNV quota: ≤ 20% of the number graded HTTNV, both readings', () => {
  it.each([
    [20, 10, 2],
    [20, 9, 1],
    [20, 14, 2],
    [20, 15, 3],
    [20, 4, 0],
    [25, 8, 2],
    [25, 7, 1],
  ])('%s pct of %s → at most %s (rounded down)', (pct, d, max) => expect(quotaMax(pct, d)).toBe(max));

  it.each([
    // HTXSNV, HTTNV, reading, literal {denominator,max,within}, pool {…}, within in force
    [2, 10, 'literal', [10, 2, true], [12, 2, true], true],
    [3, 10, 'literal', [10, 2, false], [13, 2, false], false],
    [2, 8, 'literal', [8, 1, false], [10, 2, true], false],
    [2, 8, 'pool', [8, 1, false], [10, 2, true], true],
    [3, 12, 'pool', [12, 2, false], [15, 3, true], true],
    [4, 12, 'pool', [12, 2, false], [16, 3, false], false],
  ] as const)('%s HTXSNV, %s HTTNV, reading %s', (xs, tt, reading, lit, pool, within) => {
    const q = quotaFor({ group: 'G', counts: counts(xs, tt), percent: 20, reading });
    expect(q.literal).toEqual({ denominator: lit[0], max: lit[1], within: lit[2] });
    expect(q.pool).toEqual({ denominator: pool[0], max: pool[1], within: pool[2] });
    expect(q.within).toBe(within);
    expect(q.reading).toBe(reading);
  });

  it.each([
    // graded below 5, all HTTNV (one of them HTXSNV) → one allowed
    [counts(1, 3), 5, true, true],
    [counts(1, 4), 5, false, false],
    [counts(1, 2, 1), 5, false, false],
    [counts(2, 2), 5, true, false],
    [counts(1, 3), undefined, false, false],
  ])('small unit %j (rule below %s) → applied %s, within %s', (c, below, applied, within) => {
    const q = quotaFor({ group: 'G', counts: c, percent: 20, reading: 'literal', smallUnitBelow: below });
    expect(q.smallUnitApplied).toBe(applied);
    expect(q.within).toBe(within);
  });
});
