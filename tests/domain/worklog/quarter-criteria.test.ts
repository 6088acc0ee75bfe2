import { describe, expect, it } from 'vitest';
import { QuarterEvaluationSchema } from '../../../domain/schemas/quarter-evaluation';
import { criteriaDefs, scoreCriteria } from '../../../domain/worklog/quarter-criteria';

const DEFS = [
  { id: 'a', label: 'Tiêu chí A', max: 15 },
  { id: 'b', label: 'Tiêu chí B', max: 15 },
];

describe('scoreCriteria', () => {
  it.each([
    [{}, 0, ['a', 'b'], undefined],
    [{ a: 12 }, 12, ['b'], undefined],
    [{ a: 12, b: undefined }, 12, ['b'], undefined],
    [{ a: 12, b: 14 }, 26, [], 26],
    [{ a: 0, b: 0 }, 0, [], 0],
    [{ a: 0.1, b: 0.2 }, 0.1 + 0.2, [], 0.1 + 0.2],
  ])('%j → sum %s, missing %j, group score %s', (scores, sum, missing, score) => {
    const r = scoreCriteria(DEFS, scores);
    expect(r.sum).toBe(sum);
    expect(r.missing.map((d) => d.id)).toEqual(missing);
    expect(r.complete?.score).toBe(score);
  });

  it('a complete group is what QuarterEvaluationSchema accepts (score = the sum of the criteria)', () => {
    const general = scoreCriteria(DEFS, { a: 0.1, b: 0.2 }).complete!;
    expect(general.criteria).toEqual([{ ...DEFS[0], score: 0.1 }, { ...DEFS[1], score: 0.2 }]);
    const r = QuarterEvaluationSchema.safeParse({ year: 2026, quarter: 2, scores: { general, results: { score: 60 } } });
    expect(r.success).toBe(true);
  });

  it('no criteria: never complete', () => {
    expect(scoreCriteria([], {})).toEqual({ sum: 0, missing: [] });
  });
});

describe('criteriaDefs', () => {
  const saved = [{ id: 'cu', label: 'Tiêu chí cũ', max: 30, score: 20 }];
  it.each([
    ['the overlay\'s first', DEFS, saved, ['a', 'b']],
    ['the saved ones when the overlay sets none', undefined, saved, ['cu']],
    ['the saved ones when the overlay\'s list is empty', [], saved, ['cu']],
    ['none at all', undefined, undefined, []],
  ])('%s', (_name, fromOverlay, fromSaved, ids) => {
    const defs = criteriaDefs(fromOverlay, fromSaved);
    expect(defs.map((d) => d.id)).toEqual(ids);
    for (const d of defs) expect(Object.keys(d).sort()).toEqual(['id', 'label', 'max']);
  });
});
