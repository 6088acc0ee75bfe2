import { describe, expect, it } from 'vitest';
import { MIN_PROPOSAL_SCORE, pairScore, proposeFromDraft, proposeMapping, type FieldDescriptor } from '../../../domain/fill/match';
import { labelSimilarity } from '../../../domain/fill/similarity';
import { buildFillSources } from '../../../domain/fill/sources';
import { getFormModel } from '../../../domain/rulebooks';

const form02C = getFormModel('qd366-2025', '02C')!;
const form02A2023 = getFormModel('qd124-2023', '02A')!;
const sources = buildFillSources(form02C, {});
const sources2023 = buildFillSources(form02A2023, {});
const best = (label: string, list = sources, context?: string) =>
  proposeMapping([{ fieldId: 'x', label, context }], list)[0]!.sourceId;

describe('proposeMapping: one Vietnamese label at a time (2025 form 02C)', () => {
  it.each([
    ['Hạn chế, khuyết điểm', 'A.II.1'],
    ['Han che, khuyet diem', 'A.II.1'],
    ['HẠN CHẾ', 'A.II.1'],
    ['Nguyên nhân của hạn chế', 'A.II.2'],
    ['Nguyen nhan', 'A.II.2'],
    ['Phương hướng, biện pháp khắc phục', 'A.VI'],
    ['phuong huong khac phuc', 'A.VI'],
    ['Giải trình những vấn đề được gợi ý kiểm điểm', 'A.IV'],
    ['Giai trinh van de goi y', 'A.IV'],
    ['Kết quả khắc phục hạn chế các kỳ trước', 'A.III'],
    ['Ưu điểm', 'section:A.I'],
    ['Uu diem, ket qua dat duoc', 'section:A.I'],
    ['Phẩm chất chính trị, đạo đức, lối sống', 'A.I.1'],
    ['Việc thực hiện cam kết tu dưỡng, rèn luyện', 'A.I.3'],
    ['Trách nhiệm của cá nhân đối với hạn chế của tập thể', 'A.V'],
  ])('%s -> %s', (label, expected) => {
    expect(best(label)).toBe(expected);
  });

  it.each([
    // numbering decides between look-alike labels, roman or arabic
    ['I.2. Nội dung', 'A.I.2'],
    ['1.2 Nội dung', 'A.I.2'],
    ['II.2 Nội dung', 'A.II.2'],
    ['Mục III', 'A.III'],
    ['VI.', 'A.VI'],
  ])('numbering: %s -> %s', (label, expected) => {
    expect(best(label)).toBe(expected);
  });

  it.each([['Họ và tên'], ['Ngày sinh'], ['Số điện thoại'], ['Email']])('nothing proposed for %s', (label) => {
    expect(best(label)).toBeUndefined();
  });

  it('2023 form numbering without parts', () => {
    expect(best('II.1 Hạn chế', sources2023)).toBe('II.1');
    expect(best('I.3. Cam kết tu dưỡng', sources2023)).toBe('I.3');
  });

  it('the threshold: a weak shared word is not enough, a real label is', () => {
    const weak = pairScore({ fieldId: 'x', label: 'Kết quả xổ số' }, sources.find((s) => s.id === 'A.III')!);
    const strong = pairScore({ fieldId: 'x', label: 'Kết quả khắc phục' }, sources.find((s) => s.id === 'A.III')!);
    expect(weak.score).toBeLessThan(MIN_PROPOSAL_SCORE);
    expect(strong.score).toBeGreaterThanOrEqual(MIN_PROPOSAL_SCORE);
  });

  it('a wrong number counts against the words', () => {
    const src = sources.find((s) => s.id === 'A.II.1')!;
    expect(pairScore({ fieldId: 'x', label: 'III. Hạn chế' }, src).score).toBeLessThan(pairScore({ fieldId: 'x', label: 'Hạn chế' }, src).score);
  });
});

describe('proposeMapping: a whole page', () => {
  const fields: FieldDescriptor[] = [
    { fieldId: 'name', label: 'Họ và tên' },
    { fieldId: 'q1', label: 'Ưu điểm' },
    { fieldId: 'q2', label: 'Hạn chế' },
    { fieldId: 'q3', label: 'Hạn chế, khuyết điểm' },
    { fieldId: 'q4', label: 'Nguyên nhân' },
    { fieldId: 'q5', label: 'Phương hướng khắc phục' },
  ];
  it('each source at most once, best pairs first, fields keep their order', () => {
    const pairs = proposeMapping(fields, sources);
    expect(pairs.map((p) => [p.fieldId, p.sourceId])).toEqual([
      ['name', undefined],
      ['q1', 'section:A.I'],
      ['q2', 'section:A.II'],
      ['q3', 'A.II.1'],
      ['q4', 'A.II.2'],
      ['q5', 'A.VI'],
    ]);
    expect(new Set(pairs.map((p) => p.sourceId).filter(Boolean)).size).toBe(5);
  });
  it('basis says why', () => {
    const [numbered, worded] = proposeMapping([{ fieldId: 'a', label: 'II.2 Nội dung' }, { fieldId: 'b', label: 'Phương hướng' }], sources);
    expect(numbered!.basis).toBe('numbering');
    expect(worded!.basis).toBe('label');
  });
});

describe('labelSimilarity', () => {
  it.each([
    ['Hạn chế', 'Han che', 1],
    ['Ưu điểm', 'ưu điểm.', 1],
    ['', 'Ưu điểm', 0],
    ['và của các', 'Ưu điểm', 0],
  ])('%s ~ %s = %s', (a, b, v) => {
    expect(labelSimilarity(a, b)).toBeCloseTo(v, 5);
  });
});

describe('the names online evaluation systems use (NĐ 335 phiếu, party forms)', () => {
  const withText = buildFillSources(
    form02C,
    { 'A.I.1': { text: 'a' }, 'A.I.2': { text: 'b' }, 'A.II.1': { text: 'c' }, 'A.II.2': { text: 'd' }, 'A.VI': { text: 'e' } },
    'HTTNV',
    { fullName: 'Nguyễn Văn A', position: 'Trưởng phòng', workplace: 'Phòng Tổ chức', selfScore: 86 },
  );
  const one = (label: string, kind?: FieldDescriptor['kind']) => proposeFromDraft([{ fieldId: 'x', label, kind }], withText)[0]!.sourceId;
  it.each([
    ['Họ và tên', undefined, 'profile:fullName'],
    ['Chức vụ', undefined, 'profile:position'],
    ['Đơn vị công tác', undefined, 'profile:workplace'],
    ['Ưu điểm', undefined, 'section:A.I'],
    ['Hạn chế, khuyết điểm', undefined, 'A.II.1'],
    ['Nguyên nhân', undefined, 'A.II.2'],
    ['Biện pháp khắc phục', undefined, 'A.VI'],
    ['Hạn chế, khuyết điểm và nguyên nhân', undefined, 'section:A.II'],
    ['Điểm tự chấm', 'number', 'score:total'],
    ['Tự xếp loại', 'select', 'grade:proposed'],
    ['Tự đánh giá', 'radio', 'grade:proposed'],
    ['Mức xếp loại đề xuất', 'select', 'grade:proposed'],
  ] as const)('%s (%s) -> %s', (label, kind, expected) => {
    expect(one(label, kind)).toBe(expected);
  });

  it.each([
    ['a number field takes only a score', 'Hạn chế, khuyết điểm', 'number'],
    ['a select takes only the grade', 'Ưu điểm', 'select'],
  ] as const)('%s', (_why, label, kind) => {
    expect(one(label, kind)).toBeUndefined();
  });

  it('a section or unit with no text is never proposed', () => {
    const empty = buildFillSources(form02C, { 'A.II.1': { text: 'c' } });
    expect(proposeFromDraft([{ fieldId: 'x', label: 'Nguyên nhân của hạn chế' }], empty)[0]!.sourceId).not.toBe('A.II.2');
    expect(proposeFromDraft([{ fieldId: 'x', label: 'Phương hướng, biện pháp khắc phục' }], empty)[0]!.sourceId).toBeUndefined();
    expect(proposeFromDraft([{ fieldId: 'x', label: 'Hạn chế, khuyết điểm và nguyên nhân' }], empty)[0]!.sourceId).toBe('section:A.II');
    expect(proposeFromDraft([{ fieldId: 'x', label: 'Họ và tên' }], empty)[0]!.sourceId).toBeUndefined();
  });
});
