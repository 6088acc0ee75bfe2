import { describe, expect, it } from 'vitest';
import { getFormModel } from '../../../domain/rulebooks';
import { reviewDraft } from '../../../domain/drafting/check';
import { signedInSeason } from '../../../domain/drafting/date-checks';
import { draft, facts } from './fixtures';

const form = getFormModel('qd366-2025', '02B')!;
const dateFlags = (input: Record<string, unknown>, today?: string) =>
  reviewDraft(draft(input), form, today ? { today } : {}).flags.filter((f) => f.kind === 'date-sanity');

const shortcoming = (deadline: string, remedy = 'Lập lịch nộp báo cáo') =>
  facts({ shortcomings: [{ id: 's1', text: 'Chậm nộp báo cáo tháng', causes: [{ kind: 'chu-quan', text: 'Chưa lập lịch' }], remedy, deadline }] });

describe('signing date in the review season', () => {
  it.each([
    ['2024-12-31', false],
    ['2025-01-01', true],
    ['2025-12-15', true],
    ['2026-01-31', true],
    ['2026-02-01', false],
    ['2026-12-05', false],
  ])('review 2025, signed %s: in season %s', (date, ok) => {
    expect(signedInSeason(date, 2025)).toBe(ok);
    const flags = dateFlags({ signedDate: date });
    expect(flags.map((f) => f.id)).toEqual(ok ? [] : [`sign-date:${date}`]);
    if (!ok) {
      expect(flags[0]!.message).toContain('không thuộc đợt kiểm điểm năm 2025');
      expect(flags[0]!.rule?.clause).toContain('HD 43 mục 4.1');
      expect(flags[0]!.rule?.certainty).toBe('secondary');
    }
  });

  it('no signing date, no flag', () => expect(dateFlags({})).toEqual([]));

  it('a 2023 draft signed in 2025 is flagged citing the 2025 rule as uncertain for that year', () => {
    const d = draft({ reviewYear: 2023, rulebookId: 'qd124-2023', formCode: '02A', signedDate: '2025-12-01' });
    const flags = reviewDraft(d, getFormModel('qd124-2023', '02A')!).flags.filter((f) => f.kind === 'date-sanity');
    expect(flags.map((f) => [f.id, f.rule?.certainty])).toEqual([['sign-date:2025-12-01', 'uncertain']]);
  });
});

describe('remedy deadline already past', () => {
  it.each([
    // deadline, signed, today, flagged
    ['2025-12-09', '2025-12-10', undefined, true],
    ['2025-12-10', '2025-12-10', undefined, false],
    ['2026-06-30', '2025-12-10', undefined, false],
    ['2025-11-30', undefined, '2025-12-01', true],
    ['2025-12-01', undefined, '2025-12-01', false],
    ['2025-11-30', undefined, undefined, false],
  ])('deadline %s, signed %s, today %s: flagged %s', (deadline, signedDate, today, flagged) => {
    const flags = dateFlags({ facts: shortcoming(deadline), ...(signedDate ? { signedDate } : {}) }, today);
    expect(flags.map((f) => `${f.id}@${f.unitId}`)).toEqual(flagged ? ['deadline-passed:s1@A.VI'] : []);
    if (flagged) expect(flags[0]!.message).toMatch(/Thời hạn khắc phục hạn chế «Chậm nộp báo cáo tháng» \(\d\d\/\d\d\/\d{4}\) đã qua so với (ngày ký|hôm nay)/);
  });

  it('a deadline without a remedy is left to the "no remedy" flag', () => {
    expect(dateFlags({ facts: shortcoming('2020-01-01', '') }, '2025-12-01')).toEqual([]);
  });
});
