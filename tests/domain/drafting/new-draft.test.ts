import { describe, expect, it } from 'vitest';
import type { FormCode } from '../../../domain/core/form-code';
import { chooseForm, roleForProfile } from '../../../domain/drafting/form-choice';
import { newDraft } from '../../../domain/drafting/new-draft';
import { DraftSchema } from '../../../domain/schemas/draft';
import { profile } from './fixtures';

const individual = (extra: Record<string, unknown> = {}) => ({ kind: 'individual', fullName: 'Nguyễn Văn An', ...extra });
const leaderPost = { title: 'Trưởng phòng', startDate: '2020-01-01' };

describe('newDraft chooses the year-correct form (HD 43 mục 2.1 b; HD 25)', () => {
  it.each([
    [2025, individual({ leadershipPosts: [leaderPost] }), '02A'],
    [2024, individual({ leadershipPosts: [leaderPost] }), '02B'],
    [2025, individual({ occupation: 'cong-chuc' }), '02B'],
    [2024, individual({ occupation: 'cong-chuc' }), '02A'],
    [2025, individual({ occupation: 'huu-tri' }), '02C'],
    [2025, individual({ occupation: 'hoc-sinh-sinh-vien' }), '02C'],
    [2025, individual({ occupation: 'doanh-nghiep-tu-nhan' }), '02C'],
    [2025, individual({ occupation: 'cong-nhan-nong-dan' }), '02C'],
    [2025, individual({ occupation: 'khac-ngoai-he-thong' }), '02C'],
    [2025, individual({ occupation: 'vien-chuc' }), '02B'],
    [2025, individual({ occupation: 'doanh-nghiep-nha-nuoc' }), '02B'],
    [2024, individual({ occupation: 'huu-tri' }), '02A'],
    [2023, individual(), '02A'],
    [2022, individual({ leadershipPosts: [leaderPost] }), '02'],
    [2025, { kind: 'collective', name: 'Chi bộ Phòng Tư pháp' }, '01'],
    [2023, { kind: 'collective', name: 'Chi bộ Phòng Tư pháp' }, '01'],
  ] as [number, Record<string, unknown>, FormCode][])('%i %j -> %s', (year, subject, code) => {
    const d = newDraft({ id: 'x', profile: profile(year, subject), reviewYear: year, now: 100 });
    expect(d.formCode).toBe(code);
    expect(DraftSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    ['post ended the year before', { title: 'Phó trưởng phòng', endDate: '2024-06-30' }, 'non-leader'],
    // The role is the one at the reference date (domain/subject), as the guide says: a post left in March no longer counts.
    ['post ended during the year', { title: 'Phó trưởng phòng', endDate: '2025-03-01' }, 'non-leader'],
    ['post ends after the reference date', { title: 'Phó trưởng phòng', endDate: '2026-01-15' }, 'leader'],
    ['post starts the year after', { title: 'Phó trưởng phòng', startDate: '2026-01-01' }, 'non-leader'],
    ['post starts during the year', { title: 'Phó trưởng phòng', startDate: '2025-12-01' }, 'leader'],
  ])('%s -> %s', (_name, post, role) => {
    expect(roleForProfile(profile(2025, individual({ leadershipPosts: [post] })))).toBe(role);
  });

  it('a leader outside the political system still gets the leader form (leader is checked first)', () => {
    expect(chooseForm(profile(2025, individual({ occupation: 'huu-tri', leadershipPosts: [leaderPost] })), 'qd366-2025')?.code).toBe('02A');
  });

  it('cites the clause and explains the choice in Vietnamese', () => {
    const c = chooseForm(profile(2025, individual({ occupation: 'huu-tri' })), 'qd366-2025');
    expect(c?.rule.clause).toBe('HD 43 mục 2.1 điểm a, b');
    expect(c?.reason).toBe('Mẫu 02C dành cho đảng viên không làm việc trong hệ thống chính trị.');
    expect(chooseForm(profile(2024, individual({ occupation: 'huu-tri' })), 'qd124-2023')?.reason).toContain('Mẫu 02A');
  });

  it('leaves the form open when the occupation decides it and is not given (2025: 2B or 2C)', () => {
    const p = profile(2025, { kind: 'individual', fullName: 'Nguyễn Văn An', leadershipPosts: [] });
    expect(chooseForm(p, 'qd366-2025')).toBeUndefined();
    expect(() => newDraft({ id: 'x', profile: p, reviewYear: 2025, now: 1 })).toThrow('Chưa xác định được mẫu theo hồ sơ');
    expect(newDraft({ id: 'x', profile: p, reviewYear: 2025, formCode: '02C', now: 1 }).formCode).toBe('02C');
    expect(chooseForm({ ...p, reviewYear: 2024 }, 'qd124-2023')?.code).toBe('02A');
  });

  it('fills the draft: title, empty facts, profile year, timestamps; honours a valid formCode override', () => {
    const d = newDraft({ id: 'd9', profile: profile(2024, individual()), reviewYear: 2025, formCode: '02A', now: 42 });
    expect(d).toMatchObject({
      v: 1,
      id: 'd9',
      title: 'Mẫu 02A-HD KĐ.ĐG 2025 — năm 2025 — Nguyễn Văn An',
      reviewYear: 2025,
      rulebookId: 'qd366-2025',
      formCode: '02A',
      sections: {},
      facts: { tasks: [], achievements: [], shortcomings: [], suggestions: [], carryOver: [] },
      createdAt: 42,
      updatedAt: 42,
      rev: 0,
    });
    expect(d.profile?.reviewYear).toBe(2025);
  });

  it.each([
    [2025, '02'],
    [2024, '02C'],
  ] as [number, FormCode][])('rejects form %s for %i', (year, code) => {
    expect(() => newDraft({ id: 'x', profile: profile(year, individual()), reviewYear: year, formCode: code, now: 1 })).toThrow(/không có trong bộ mẫu/);
  });

  it('rejects years before 2018', () => {
    expect(() => newDraft({ id: 'x', profile: profile(2017, individual()), reviewYear: 2017, now: 1 })).toThrow(/2017/);
  });
});
