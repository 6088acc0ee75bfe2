import { describe, expect, it } from 'vitest';
import { EXAMPLE_DEADLINE, exampleDeadline, withExampleDates, writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';

describe('example dates in guidance', () => {
  it.each([
    [2023, 'ngày 30 tháng 6 năm 2024'],
    [2025, 'ngày 30 tháng 6 năm 2026'],
    [2026, 'ngày 30 tháng 6 năm 2027'],
  ])('review year %i: example deadline %s (after the year ends, never past for it)', (year, label) => {
    expect(exampleDeadline(year)).toBe(label);
    expect(withExampleDates(`trước ${EXAMPLE_DEADLINE}.`, year)).toBe(`trước ${label}.`);
  });

  it('the remedies guidance of the 2025 and 2023 forms carries the token, filled per year', () => {
    for (const [rb, code, id] of [['qd366-2025', '02B', 'A.VI'], ['qd124-2023', '02A', 'VI']] as const) {
      const u = writableUnits(getFormModel(rb, code)!).find((x) => x.id === id)!;
      const g = u.item?.guidance ?? u.section.guidance;
      expect(g).toContain(EXAMPLE_DEADLINE);
      expect(withExampleDates(g, 2026)).toContain('hoàn thành trước ngày 30 tháng 6 năm 2027');
      expect(withExampleDates(g, 2026)).not.toContain('{');
    }
  });
});
