import { describe, expect, it } from 'vitest';
import { StateEvaluationSchema } from '../../../domain/schemas/state-evaluation';
import { findPeriod, statePeriods, stateRegimeFor, STATE_BASIS, VIEN_CHUC_SPLIT_YEAR } from '../../../domain/worklog';

describe('state periods and the decree of each', () => {
  it('a year: the year, four quarters, twelve months; the split year of viên chức adds its two halves', () => {
    expect(statePeriods(2027, 'vien-chuc')).toHaveLength(17);
    expect(statePeriods(2026, 'cong-chuc')).toHaveLength(17);
    const split = statePeriods(VIEN_CHUC_SPLIT_YEAR, 'vien-chuc');
    expect(split.filter((p) => p.kind === 'half').map((p) => [p.label, p.from, p.to])).toEqual([
      ['Từ 01/01 đến 30/06/2026', '2026-01-01', '2026-06-30'],
      ['Từ 01/07 đến 31/12/2026', '2026-07-01', '2026-12-31'],
    ]);
    expect(findPeriod(split, '2026-02-01', '2026-02-28')?.label).toBe('Tháng 2 năm 2026');
    expect(findPeriod(split, '2026-04-01', '2026-06-30')?.label).toBe('Quý II năm 2026');
  });

  it.each([
    ['cong-chuc', '2026-01-01', '2026-01-31', 'nd335-2025', false],
    ['cong-chuc', '2025-10-01', '2025-12-31', null, false],
    ['vien-chuc', '2026-04-01', '2026-06-30', 'nd90-2020', true],
    ['vien-chuc', '2026-07-01', '2026-07-31', 'nd233-2026', true],
    ['vien-chuc', '2026-06-01', '2026-06-30', 'nd90-2020', true],
    ['vien-chuc', '2026-01-01', '2026-12-31', null, true],
    ['vien-chuc', '2027-01-01', '2027-12-31', 'nd233-2026', false],
    ['vien-chuc', '2025-01-01', '2025-12-31', 'nd90-2020', false],
  ] as const)('%s %s–%s → %s (split year %s)', (occupation, from, to, regime, splitYear) => {
    const r = stateRegimeFor(occupation, { from, to });
    expect(r.regime).toBe(regime);
    expect(r.splitYear).toBe(splitYear);
    expect(r.message !== undefined).toBe(regime === null);
    // every decree chosen is one the schema accepts for that period
    if (regime)
      expect(StateEvaluationSchema.safeParse({ occupation, regime, period: { from, to }, general: 20, results: { quantity: 90, quality: 90, progress: 90 } }).success).toBe(true);
  });

  it('the split year is uncertain and says so; the party-grade basis is QĐ 366 Điều 3 khoản 4', () => {
    const r = stateRegimeFor('vien-chuc', { from: '2026-01-01', to: '2026-12-31' });
    expect(r.rule.certainty).toBe('uncertain');
    expect(r.message).toBe('Kỳ này gồm cả thời gian theo NĐ 90/2020 (đến 30/06/2026) và theo NĐ 233/2026 (từ 01/07/2026): hãy chọn từng nửa năm, từng quý hoặc từng tháng.');
    expect(STATE_BASIS.rule.clause).toBe('QĐ 366 Điều 3 khoản 4');
  });
});
