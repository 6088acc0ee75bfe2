import { describe, expect, it } from 'vitest';
import { StateEvaluationSchema } from '../../../domain/schemas/state-evaluation';
import { stateBasisOfYear } from '../../../domain/worklog/state-basis';

const s = (from: string, to: string, over: Record<string, unknown> = {}) =>
  StateEvaluationSchema.parse({ occupation: 'cong-chuc', regime: 'nd335-2025', period: { from, to }, general: 25, results: { quantity: 90, quality: 90, progress: 90 }, ...over });

describe('the state evaluation that is the basis of the party grade', () => {
  it('prefers the whole year; else the latest period ending in the year; none outside it', () => {
    const q3 = s('2026-07-01', '2026-09-30');
    const q2 = s('2026-04-01', '2026-06-30');
    const year = s('2026-01-01', '2026-12-31', { general: 28 });
    expect(stateBasisOfYear([q2, year, q3], 2026)!.evaluation).toBe(year);
    expect(stateBasisOfYear([q2, year, q3], 2026)!.wholeYear).toBe(true);
    expect(stateBasisOfYear([q2, q3], 2026)!.evaluation).toBe(q3);
    expect(stateBasisOfYear([q2, q3], 2027)).toBeUndefined();
  });

  it.each([
    // 25 + 63 = 88 → below 90: HTTNV; 26 + 63 = 89 → HTTNV; 27 + 63 = 90 → HTXSNV
    [25, undefined, 'HTTNV'],
    [27, undefined, 'HTXSNV'],
    [27, 'HTNV', 'HTNV'],
  ] as const)('general %s, proposed %s → the basis grade %s (the proposal wins over the band)', (general, proposedGrade, grade) => {
    const basis = stateBasisOfYear([s('2026-01-01', '2026-12-31', { general, ...(proposedGrade ? { proposedGrade } : {}) })], 2026)!;
    expect(basis.grade).toBe(grade);
    expect(basis.rule.clause).toContain('Điều 3');
  });
});
