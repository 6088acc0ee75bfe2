import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { addMonths } from '../../../domain/core/dates';
import { EXCELLENT_2025, makeCase } from '../grading/make-case';

describe('special outcomes: exempt, reviewed not graded, graded on time worked', () => {
  it.each([
    ['2025-06-30', '2025-12-30'],
    ['2025-08-31', '2026-02-28'],
    ['2023-09-15', '2024-03-15'],
  ])('addMonths(%s, 6) = %s', (from, to) => expect(addMonths(from, 6)).toBe(to));

  it.each([
    [2025, { partyStatus: 'mien-sinh-hoat' }, 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    [2025, { partyStatus: 'dinh-chi-sinh-hoat' }, 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    [2025, { partyJoinDate: '2025-07-01' }, 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    [2025, { partyJoinDate: '2025-06-30' }, 'graded', undefined],
    [2023, { partyJoinDate: '2023-07-01' }, 'exempt', 'QĐ 124 Điều 5 khoản 2'],
    [2023, { leadershipPosts: [{ title: 'Phó phòng', startDate: '2023-07-01' }] }, 'not-graded', 'HD 25 mục 7.11, 7.12'],
    [2023, { leadershipPosts: [{ title: 'Phó phòng', startDate: '2023-06-30' }] }, 'graded', undefined],
    [2025, { leadershipPosts: [{ title: 'Phó phòng', startDate: '2025-07-01' }] }, 'not-graded', 'HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)'],
    [2025, { leadershipPosts: [{ title: 'Phó phòng', startDate: '2025-06-30' }] }, 'graded', undefined],
    [2025, { sickLeaveMonths: 2.9 }, 'graded', undefined],
    [2025, { sickLeaveMonths: 3 }, 'graded', 'HD 43 mục 7.5'],
    [2025, { maternityLeave: true }, 'graded', 'HD 43 mục 7.5'],
    [2023, { sickLeaveMonths: 3 }, 'graded', 'HD 25 mục 7.12'],
  ])('%s %j → %s (%s)', (year, subject, outcome, rule) => {
    const r = checkGrade(makeCase({ year, subject: { kind: 'individual', occupation: 'vien-chuc', ...subject }, facts: EXCELLENT_2025 }));
    expect(r.outcome).toBe(outcome);
    expect(r.outcomeRule).toBe(rule);
    if (outcome !== 'graded') expect(r).toMatchObject({ highestAllowed: null, conditions: [], score: null });
  });

  it('a collective formed under 6 months is reviewed, not graded, in 2023', () => {
    const r = checkGrade(makeCase({ year: 2023, subject: { kind: 'collective', formedDate: '2023-08-01' } }));
    expect(r).toMatchObject({ outcome: 'not-graded', outcomeRule: 'HD 25 mục 7.11, 7.12' });
    expect(r.notes[0]).toContain('không đánh giá, xếp loại');
  });

  it('the reference date can be set (grading on 15/12)', () => {
    const subject = { kind: 'individual', partyJoinDate: '2025-06-20' };
    expect(checkGrade(makeCase({ subject })).outcome).toBe('graded');
    expect(checkGrade(makeCase({ subject, settings: { referenceDate: '2025-12-15' } })).outcome).toBe('exempt');
  });
});
