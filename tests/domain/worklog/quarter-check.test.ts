import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../domain/core/grade';
import { QuarterEvaluationSchema, QuarterSetSchema } from '../../../domain/schemas/quarter-evaluation';
import { StateEvaluationSchema } from '../../../domain/schemas/state-evaluation';
import { checkQuarter, checkState, quarterBand, quartersIntoYear, resultPoints, rollup } from '../../../domain/worklog';

const quarter = (general: number, results: number, over: Record<string, unknown> = {}) =>
  QuarterEvaluationSchema.parse({ year: 2026, quarter: 2, scores: { general: { score: general }, results: { score: results } }, ...over });

describe('quarter bands (HD 02 as applied locally, uncertain): both sides of 90 / 70 / 50', () => {
  it.each([
    [90, 'HTXSNV'], [89.99, 'HTTNV'], [70, 'HTTNV'], [69.5, 'HTNV'], [50, 'HTNV'], [49.9, 'KHTNV'], [0, 'KHTNV'], [100, 'HTXSNV'],
  ])('%d points → %s', (total, grade) => expect(quarterBand(total)).toBe(grade));

  it.each([
    [30, 60, 'HTXSNV'], [30, 59.5, 'HTTNV'], [20, 50, 'HTTNV'], [20, 49, 'HTNV'], [20, 30, 'HTNV'], [20, 29, 'KHTNV'],
  ])('%d + %d: highest allowed %s (all tasks done)', (g, r, grade) =>
    expect(checkQuarter(quarter(g, r, { completionPercent: 100 })).highestAllowed).toBe(grade));
});

describe('local rule: under 100 % of the quarter tasks → KHTNV for the quarter (uncertain)', () => {
  it.each([
    [100, false, 'HTXSNV'],
    [99.9, false, 'KHTNV'],
    [80, true, 'HTXSNV'],
  ])('completion %d%%, objective cause %s → %s', (completionPercent, objectiveCause, grade) =>
    expect(checkQuarter(quarter(30, 65, { completionPercent, objectiveCause })).highestAllowed).toBe(grade));

  it('reads the completion from the log: late tasks count as done, not completed ones do not', () => {
    const log = rollup([
      { v: 1, id: 'a', kind: 'nhiem-vu', title: 'A', status: 'cham' },
      { v: 1, id: 'b', kind: 'nhiem-vu', title: 'B', status: 'dung-han' },
    ]);
    expect(checkQuarter(quarter(30, 65), { rollup: log })).toMatchObject({ completionPercent: 100, highestAllowed: 'HTXSNV' });
    const withOpen = rollup([{ v: 1, id: 'a', kind: 'nhiem-vu', title: 'A', status: 'chua-hoan-thanh' }, { v: 1, id: 'b', kind: 'nhiem-vu', title: 'B', status: 'dung-han' }]);
    const r = checkQuarter(quarter(30, 65, { proposedGrade: 'HTTNV' }), { rollup: withOpen });
    expect(r).toMatchObject({ completionPercent: 50, highestAllowed: 'KHTNV', proposedAllowed: false });
    expect(r.conditions.find((c) => c.status === 'unmet')).toMatchObject({ certainty: 'uncertain', clause: expect.stringContaining('dưới 100%') });
  });

  it('unknown completion leaves the proposal open; a unit that does not apply the local rule decides by points', () => {
    expect(checkQuarter(quarter(30, 65, { proposedGrade: 'HTXSNV' }))).toMatchObject({ highestAllowed: 'KHTNV', proposedAllowed: null });
    expect(checkQuarter(quarter(30, 65, { proposedGrade: 'HTXSNV' }), { local: false })).toMatchObject({ highestAllowed: 'HTXSNV', proposedAllowed: true });
  });
});

describe('quarter IV is merged into the year (HD 43)', () => {
  it.each([[3, 'graded'], [4, 'merged-into-year']])('quarter %i → %s', (n, outcome) => {
    const r = checkQuarter(quarter(28, 60, { quarter: n, completionPercent: 100 }));
    expect(r.outcome).toBe(outcome);
    expect(r.notes.some((x) => x.includes('Quý IV không xếp loại riêng'))).toBe(n === 4);
  });
});

const set = (grades: (Grade | null)[], over: Record<string, unknown> = {}) =>
  QuarterSetSchema.parse({
    year: 2026,
    quarters: grades.flatMap((g, i) => (g ? [{ year: 2026, quarter: i + 1, scores: { general: { score: 25 }, results: { score: 55 } }, decidedGrade: g }] : [])),
    ...over,
  });

describe('quarters into the year', () => {
  it.each([
    [['HTXSNV', 'HTXSNV', 'HTXSNV'], 'HTXSNV', true],
    [['HTXSNV', 'KHTNV', 'HTXSNV'], 'HTTNV', false],
    [['HTNV', 'HTNV', 'HTNV'], 'HTXSNV', true],
    [['HTXSNV', 'HTXSNV', null], 'HTTNV', null],
  ] as const)('quarters %j: highest %s, HTXSNV allowed %s (one KHTNV quarter bars HTXSNV; no averaging)', (grades, highest, allowed) => {
    const r = quartersIntoYear(set([...grades], { proposedYearGrade: 'HTXSNV' }));
    expect(r.highestAllowed).toBe(highest);
    expect(r.proposedAllowed).toBe(allowed);
    expect(r.notes).toContain('Không có văn bản nào quy định lấy trung bình mức xếp loại các quý: ứng dụng không tính trung bình.');
  });

  it.each([
    [['KHTNV', 'HTNV', 'KHTNV'], []],
    [['KHTNV', 'KHTNV', 'HTNV'], [[1, 2]]],
    [['HTNV', 'KHTNV', 'KHTNV', 'KHTNV'], [[2, 3, 4]]],
  ] as const)('%j: reported runs %j (two consecutive KHTNV quarters)', (grades, runs) =>
    expect(quartersIntoYear(set([...grades])).reported).toEqual(runs));

  it('quarter IV without a decided grade is shown as merged; a unit may turn the local rules off', () => {
    const r = quartersIntoYear(set(['HTTNV', 'KHTNV', 'HTTNV'], { proposedYearGrade: 'HTXSNV' }), { local: false });
    expect(r.quarters.map((q) => q.basis)).toEqual(['decided', 'decided', 'decided', 'merged-into-year']);
    expect(r).toMatchObject({ highestAllowed: 'HTXSNV', proposedAllowed: true, conditions: [] });
  });

  it('a proposed quarter grade is used and said to be proposed', () => {
    const s = QuarterSetSchema.parse({ year: 2026, quarters: [{ year: 2026, quarter: 1, scores: { general: { score: 25 }, results: { score: 55 } }, proposedGrade: 'KHTNV' }] });
    const r = quartersIntoYear(s);
    expect(r.quarters[0]).toEqual({ quarter: 1, grade: 'KHTNV', basis: 'proposed' });
    expect(r.conditions[0]).toMatchObject({ grade: 'HTXSNV', status: 'unmet', certainty: 'uncertain' });
  });
});

const state = (over: Record<string, unknown>) =>
  StateEvaluationSchema.parse({ occupation: 'cong-chuc', regime: 'nd335-2025', period: { from: '2026-01-01', to: '2026-12-31' }, general: 30, results: { quantity: 100, quality: 100, progress: 100 }, ...over });

describe('NĐ 335 (công chức): 70 points from the percentages, bands 90/70/50, triggers', () => {
  it.each([
    [{ quantity: 100, quality: 100, progress: 100 }, 70],
    [{ quantity: 90, quality: 80, progress: 70 }, 56],
    [{ quantity: 0, quality: 0, progress: 0 }, 0],
  ])('non-leader %j → %d points', (results, points) => expect(resultPoints(state({ results }))).toBe(points));

  it('a manager: six parts', () => {
    expect(resultPoints(state({ manager: true, results: { quantity: 100, quality: 100, progress: 100, unitResults: 40, organising: 100, rallying: 100 } }))).toBe(63);
  });

  it.each([
    [30, 60, 'HTXSNV'], [30, 59.99, 'HTTNV'], [20, 50, 'HTTNV'], [20, 49.99, 'HTNV'], [20, 30, 'HTNV'], [20, 29.99, 'KHTNV'],
  ])('%d + %d points → %s', (general, points, grade) => {
    const pct = (points / 70) * 100;
    const r = checkState(state({ general, results: { quantity: pct, quality: pct, progress: pct } }));
    expect(r.grade).toBe(grade);
    expect(r.band).toBe(grade);
  });

  it.each([
    [{ disciplined: true }, false, 'KHTNV'],
    [{ degradation: true }, false, 'KHTNV'],
    [{ unitCorruption: true }, false, 'HTXSNV'],
    [{ unitCorruption: true }, true, 'KHTNV'],
    [{}, true, 'HTXSNV'],
  ])('triggers %j, manager %s → %s', (triggers, manager, grade) => {
    const results = manager ? { quantity: 100, quality: 100, progress: 100, unitResults: 100, organising: 100, rallying: 100 } : { quantity: 100, quality: 100, progress: 100 };
    expect(checkState(state({ triggers, manager, results, proposedGrade: 'HTXSNV' }))).toMatchObject({ grade, proposedAllowed: grade === 'HTXSNV' });
  });
});

describe('viên chức: NĐ 90 until 30/6/2026 (no points scale), NĐ 233 from 01/7/2026 (uncertain)', () => {
  it('NĐ 90 gives no grade from points and says why', () => {
    const r = checkState(state({ occupation: 'vien-chuc', regime: 'nd90-2020', period: { from: '2026-01-01', to: '2026-06-30' } }));
    expect(r).toMatchObject({ outcome: 'no-scale', grade: null, score: null });
    expect(r.notes[0]).toContain('không theo thang 100 điểm');
  });
  it('NĐ 233 scores like NĐ 335, every condition uncertain, the split year noted', () => {
    const r = checkState(state({ occupation: 'vien-chuc', regime: 'nd233-2026', period: { from: '2026-07-01', to: '2026-12-31' }, general: 25 }));
    expect(r).toMatchObject({ outcome: 'scored', grade: 'HTXSNV', score: { total: 95 } });
    expect(new Set(r.conditions.map((c) => c.certainty))).toEqual(new Set(['uncertain']));
    expect(r.notes[0]).toContain('cách gộp hai nửa năm chưa tìm thấy văn bản');
  });
});
