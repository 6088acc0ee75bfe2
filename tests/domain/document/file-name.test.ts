import { describe, expect, it } from 'vitest';
import { asciiSlug, exportFileName } from '../../../domain/document/file-name';
import { postKind } from '../../../domain/document/header-values';
import { FORM_03, FORM_2025, sampleDraft } from './sample-forms';

describe('exportFileName', () => {
  it.each([
    [{}, 'Ban-kiem-diem-2025-Nguyen-Van-Anh.docx'],
    [{ profile: { reviewYear: 2025, subject: { kind: 'individual', fullName: 'Đặng Thị Ngọc Đức' } } }, 'Ban-kiem-diem-2025-Dang-Thi-Ngoc-Duc.docx'],
    [{ profile: { reviewYear: 2025, subject: { kind: 'collective', name: 'Chi bộ Văn phòng' } } }, 'Bao-cao-kiem-diem-2025-Chi-bo-Van-phong.docx'],
    [{ formCode: '01', profile: undefined }, 'Bao-cao-kiem-diem-2025.docx'],
    [{ profile: undefined }, 'Ban-kiem-diem-2025.docx'],
    [{ profile: { reviewYear: 2025, subject: { kind: 'individual', fullName: '  Lê  Văn/Tám "Út" ' } } }, 'Ban-kiem-diem-2025-Le-Van-Tam-Ut.docx'],
  ])('%j -> %s', (over, name) => {
    expect(exportFileName(sampleDraft(FORM_2025, over))).toBe(name);
  });

  it('names a Mẫu 03 as a re-grading decision', () => {
    expect(exportFileName(sampleDraft(FORM_03, { reviewYear: 2024 }))).toBe('Quyet-dinh-xep-loai-lai-2024-Nguyen-Van-Anh.docx');
  });

  it.each([
    ['Nguyễn Văn Ánh'.normalize('NFD'), 'Nguyen-Van-Anh'],
    ['ĐỖ ĐỨC ĐẠT', 'DO-DUC-DAT'],
    ['Ủy ban — 2025', 'Uy-ban-2025'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('asciiSlug(%s) = %s', (input, out) => {
    const s = asciiSlug(input);
    expect(s).toBe(out);
    expect(s).toMatch(/^[A-Za-z0-9-]*$/);
  });
});

describe('postKind: which header line a post goes on', () => {
  it.each([
    ['Bí thư Chi bộ', 'party'],
    ['Phó Bí thư Đảng ủy', 'party'],
    ['Chi ủy viên', 'party'],
    ['Bí thư Chi đoàn', 'union'],
    ['Chủ tịch Công đoàn cơ sở', 'union'],
    ['Chủ tịch Hội Cựu chiến binh', 'union'],
    ['Phó Chánh Văn phòng', 'government'],
    ['Trưởng phòng Tài chính', 'government'],
  ] as const)('%s -> %s', (title, kind) => expect(postKind(title)).toBe(kind));
});
