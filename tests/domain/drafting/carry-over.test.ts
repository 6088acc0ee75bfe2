import { describe, expect, it } from 'vitest';
import type { FormCode } from '../../../domain/core/form-code';
import type { RulebookId } from '../../../domain/core/rulebook-id';
import { carryOverFrom, duplicateDraftForYear } from '../../../domain/drafting/carry-over';
import { DraftSchema } from '../../../domain/schemas/draft';
import { draft, profile } from './fixtures';

const previous = draft({
  id: 'old',
  reviewYear: 2024,
  rulebookId: 'qd124-2023',
  formCode: '02A',
  title: 'Bản kiểm điểm 2024',
  place: 'Hà Tĩnh',
  signedDate: '2024-12-05',
  sections: { 'I.1': { text: 'Văn bản cũ' } },
  facts: {
    tasks: [{ id: 't1', name: 'Thẩm định hồ sơ', target: '100 hồ sơ', result: '120 hồ sơ', unit: 'hồ sơ', completed: true, exceeded: true }],
    achievements: [{ id: 'a1', text: 'Giấy khen' }],
    shortcomings: [
      { id: 's1', text: 'Chậm nộp báo cáo' },
      { id: 's2', text: '  ' },
      { id: 's3', text: 'Ít đọc tài liệu' },
    ],
    suggestions: [{ id: 'g1', point: 'Đơn thư', answer: 'Đã trả lời' }],
    carryOver: [
      { id: 'c1', shortcoming: 'Chưa thành thạo phần mềm', status: 'da-khac-phuc' },
      { id: 'c2', shortcoming: 'Chậm cập nhật hồ sơ', status: 'dang-khac-phuc', detail: '80%' },
      { id: 'c3', shortcoming: 'chậm nộp báo cáo', status: 'chua-khac-phuc' },
      { id: 'c4', shortcoming: 'Đi họp muộn' },
    ],
  },
  assessment: { proposedGrade: 'HTTNV', dismissedFlags: { x: 'y' } },
});

describe('carryOverFrom', () => {
  it('carries unresolved carry-over, then last year\'s shortcomings, de-duplicated, status and detail empty', () => {
    expect(carryOverFrom(previous)).toEqual([
      { id: 'ky-2024-c2', shortcoming: 'Chậm cập nhật hồ sơ', detail: '' },
      { id: 'ky-2024-c3', shortcoming: 'chậm nộp báo cáo', detail: '' },
      { id: 'ky-2024-c4', shortcoming: 'Đi họp muộn', detail: '' },
      { id: 'ky-2024-s3', shortcoming: 'Ít đọc tài liệu', detail: '' },
    ]);
  });

  it('normalises decomposed text to NFC', () => {
    const d = draft({ facts: { shortcomings: [{ id: 's', text: 'Chậm nộp báo cáo'.normalize('NFD') }] } });
    expect(carryOverFrom(d)[0]!.shortcoming).toBe('Chậm nộp báo cáo'.normalize('NFC'));
  });
});

describe('duplicateDraftForYear', () => {
  it.each([
    ['qd124-2023', '02A', 2025, 'qd366-2025', '02B'],
    ['qd124-2023', '02B', 2025, 'qd366-2025', '02A'],
    ['qd366-2025', '02A', 2026, 'qd366-2025', '02A'],
    ['qd366-2025', '02C', 2026, 'qd366-2025', '02C'],
    ['qd124-2023', '01', 2025, 'qd366-2025', '01'],
    ['qd132-2018', '02', 2023, 'qd124-2023', '02A'],
    ['qd124-2023', '03', 2025, 'qd366-2025', '03'],
  ] as [RulebookId, FormCode, number, RulebookId, FormCode][])('without profile: %s %s -> %i %s %s', (rb, code, year, newRb, newCode) => {
    const d = duplicateDraftForYear({ ...previous, rulebookId: rb, formCode: code, profile: undefined }, year, 'new', 7);
    expect([d.rulebookId, d.formCode]).toEqual([newRb, newCode]);
  });

  it.each([
    [{ kind: 'individual', fullName: 'A', occupation: 'huu-tri' }, '02C'],
    [{ kind: 'individual', fullName: 'A', occupation: 'cong-chuc' }, '02B'],
    [{ kind: 'individual', fullName: 'A', leadershipPosts: [{ title: 'Trưởng phòng' }] }, '02A'],
  ])('with profile %j: 2024 02A/02B -> 2025 %s', (subject, code) => {
    const d = duplicateDraftForYear({ ...previous, profile: profile(2024, subject) }, 2025, 'new', 7);
    expect(d.formCode).toBe(code);
    expect(d.profile?.reviewYear).toBe(2025);
  });

  it('carries tasks without results, place, carry-over; drops texts, achievements, suggestions, assessment', () => {
    const d = duplicateDraftForYear({ ...previous, profile: { ...profile(2024, { kind: 'individual', fullName: 'A' }), rulebookId: 'qd124-2023' } }, 2025, 'new', 7);
    expect(DraftSchema.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({ id: 'new', reviewYear: 2025, place: 'Hà Tĩnh', sections: {}, createdAt: 7, updatedAt: 7, rev: 0 });
    expect(d.signedDate).toBeUndefined();
    expect(d.profile?.rulebookId).toBeUndefined();
    expect(d.facts.tasks).toEqual([{ id: 't1', name: 'Thẩm định hồ sơ', target: '100 hồ sơ', result: '', unit: 'hồ sơ' }]);
    expect(d.facts.achievements).toEqual([]);
    expect(d.facts.suggestions).toEqual([]);
    expect(d.facts.shortcomings).toEqual([]);
    expect(d.facts.carryOver.map((c) => c.id)).toEqual(['ky-2024-c2', 'ky-2024-c3', 'ky-2024-c4', 'ky-2024-s3']);
    expect(d.assessment).toEqual({ scores: {}, criterionLevels: {}, dismissedFlags: {} });
  });

  it('refuses a year before 2018', () => {
    expect(() => duplicateDraftForYear(previous, 2010, 'n', 1)).toThrow(/2010/);
  });
});
