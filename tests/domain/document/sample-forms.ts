import type { FormItem, FormModel, FormSection, SignatureBlock } from '../../../domain/core/form-model';
import type { RuleRef } from '../../../domain/core/rule';
import { DraftSchema, type Draft } from '../../../domain/schemas/draft';

/** Small form models in the shape of domain/core/form-model.ts, for structure tests independent of the real ones. */
const rule: RuleRef = { id: 'test.rule', clause: 'HD 43 Mẫu 02B', source: { doc: 'hd43-2025', at: 'Mẫu 02B' }, certainty: 'secondary' };

const item = (id: string, label: string, extra: Partial<FormItem> = {}): FormItem => ({
  id,
  label,
  guidance: '',
  rule,
  required: true,
  ...extra,
});

const section = (id: string, number: string, heading: string, extra: Partial<FormSection> = {}): FormSection => ({
  id,
  number,
  heading,
  guidance: '',
  rule,
  kind: 'text',
  required: true,
  items: [],
  ...extra,
});

const blocks: SignatureBlock[] = [
  { id: 'author', lines: [], title: 'Người tự kiểm điểm', note: '(Ký, ghi rõ họ tên)', byAuthor: true },
  {
    id: 'chi-uy',
    lines: ['Nhận xét, đánh giá của chi ủy', '- Nhận xét, đánh giá của chi ủy: …', '- Chi bộ đề xuất xếp loại mức chất lượng: …'],
    title: 'T/M CHI ỦY (CHI BỘ)',
    note: '(Ký, ghi rõ họ tên)',
    byAuthor: false,
  },
];

export const FORM_2025: FormModel = {
  id: 'qd366-2025:02B',
  rulebookId: 'qd366-2025',
  code: '02B',
  codeLabel: 'Mẫu 02B-HD KĐ.ĐG 2025',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  subtitle: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (2025)',
  headerFields: ['fullName', 'birthDate', 'workplace', 'partyCell'],
  parts: [
    {
      id: 'A',
      heading: 'NỘI DUNG KIỂM ĐIỂM',
      sections: [
        section('A.I', 'I', 'Ưu điểm, kết quả đạt được', {
          items: [item('A.I.1', 'Về phẩm chất chính trị, đạo đức, lối sống'), item('A.I.2', 'Việc thực hiện nhiệm vụ')],
        }),
        section('A.II', 'II', 'Hạn chế, khuyết điểm và nguyên nhân', {
          items: [item('A.II.1', 'Hạn chế, khuyết điểm.'), item('A.II.2', 'Nguyên nhân của hạn chế, khuyết điểm.')],
        }),
        section('A.IV', 'IV', 'Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', { required: false }),
      ],
    },
    {
      id: 'B',
      heading: 'NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      sections: [
        section('B.I', 'I', 'Đánh giá theo các nhóm tiêu chí', { kind: 'scores' }),
        section('B.II', 'II', 'Đề xuất xếp loại mức chất lượng', { kind: 'grade' }),
      ],
    },
  ],
  assessment: '2025-scores',
  attachmentNote: '(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ)',
  signatureBlocks: blocks,
  rule,
  caveats: [],
};

export const FORM_2023: FormModel = {
  id: 'qd124-2023:02A',
  rulebookId: 'qd124-2023',
  code: '02A',
  codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2023',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  subtitle: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (2023)',
  headerFields: ['fullName', 'birthDate', 'partyPost', 'governmentPost', 'unionPost', 'workplace', 'partyCell'],
  parts: [
    {
      id: '',
      heading: '',
      sections: [
        section('I', 'I', 'Ưu điểm, kết quả đạt được', {
          items: [
            item('I.1', 'Về phẩm chất chính trị', { levelBoxes: true }),
            item('I.2', 'Việc thực hiện nhiệm vụ', { levelBoxes: true }),
            item('I.3', 'Kết quả lãnh đạo, chỉ đạo', { levelBoxes: true, leaderOnly: true }),
          ],
        }),
        section('VI', 'VI', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm'),
        section('VII', 'VII', 'Tự nhận mức xếp loại chất lượng', {
          kind: 'grade',
          items: [item('VII.1', 'Xếp loại cán bộ, công chức, viên chức:'), item('VII.2', 'Xếp loại đảng viên:')],
        }),
      ],
    },
  ],
  assessment: '2023-levels',
  signatureBlocks: blocks,
  rule,
  caveats: [],
};

export const FORM_03: FormModel = {
  ...FORM_2025,
  id: 'qd366-2025:03',
  code: '03',
  codeLabel: 'Mẫu 03-HD KĐ.ĐG',
  title: 'Quyết định đánh giá, xếp loại lại tổ chức đảng, đảng viên năm',
  subtitle: undefined,
  headerFields: ['fullName', 'partyCell'],
  parts: [{ id: '', heading: '', sections: [section('I', '', 'Căn cứ và lý do xếp loại lại')] }],
  assessment: 'none',
  attachmentNote: undefined,
  signatureBlocks: [],
};

export function sampleDraft(form: FormModel, over: Record<string, unknown> = {}): Draft {
  return DraftSchema.parse({
    v: 1,
    id: 'd1',
    reviewYear: form.rulebookId === 'qd124-2023' ? 2023 : 2025,
    rulebookId: form.rulebookId,
    formCode: form.code,
    createdAt: 0,
    updatedAt: 0,
    place: 'Hà Tĩnh',
    signedDate: '2025-12-05',
    profile: {
      reviewYear: 2025,
      partyUnit: 'Chi bộ Văn phòng',
      upperPartyUnit: 'Đảng bộ phường Thành Sen',
      subject: { kind: 'individual', fullName: 'Nguyễn Văn Ánh', birthDate: '1985-03-09', workplace: 'Văn phòng Đảng ủy' },
    },
    ...over,
  });
}
