import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../domain/schemas/errors';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { rulebookIdForYear } from '../../../domain/core/rulebook-id';

describe('profile schema', () => {
  it('accepts a retiree and fills defaults', () => {
    const r = parseWith(ProfileSchema, { reviewYear: 2025, subject: { kind: 'individual', occupation: 'huu-tri' } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.v).toBe(1);
      expect(r.value.subject.kind === 'individual' && r.value.subject.leadershipPosts).toEqual([]);
    }
  });

  it('names the bad field in Vietnamese', () => {
    const r = parseWith(ProfileSchema, { reviewYear: 2025, subject: { kind: 'individual', occupation: 'phi-cong' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^Trường «subject\.occupation»: giá trị không hợp lệ/);
    const r2 = parseWith(ProfileSchema, { subject: { kind: 'collective' } });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.join('\n')).toContain('Trường «reviewYear»: thiếu giá trị bắt buộc.');
  });

  it.each([
    [2017, undefined],
    [2018, 'qd132-2018'],
    [2022, 'qd132-2018'],
    [2023, 'qd124-2023'],
    [2024, 'qd124-2023'],
    [2025, 'qd366-2025'],
    [2026, 'qd366-2025'],
  ])('review year %s uses rulebook %s', (y, id) => expect(rulebookIdForYear(y)).toBe(id));
});

describe('Vietnamese error lines', () => {
  it('says "cần số" for a wrong type rather than "missing"', () => {
    const r = parseWith(ProfileSchema, { reviewYear: 'hai nghìn', subject: { kind: 'collective' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('Trường «reviewYear»: cần số.');
  });
});
