import type { FormSection, SignatureBlock } from '../../../core/form-model';
import type { RuleRef } from '../../../core/rule';
import { GUIDANCE, item, ref, section, signature, src } from '../../../forms/build';

/**
 * Parts shared by the 2023 forms (HD 25 Mẫu 01, 02A, 02B): sections II–VII and the signature blocks.
 * Best available reconstruction (from secondary copies and translations of HD 25's forms), not checked against the
 * official PDF:
 * every rule here is 'uncertain'.
 */
export const BODY_CAVEAT_2023 =
  'Nội dung mẫu năm 2023 được dựng lại từ nguồn thứ cấp (bản dịch, trích dẫn), chưa đối chiếu văn bản gốc.';

export const LEVEL_BOXES_LINE = 'Tự đánh giá mức độ thực hiện: □ Xuất sắc □ Tốt □ Trung bình □ Kém';

export const r2023 = (tag: string, form: string) => (key: string, clause: string): RuleRef =>
  ref(`hd25.${tag}.${key}`, `HD 25 ${form} ${clause}`, src('hd25-2023', `${form} ${clause}`), 'uncertain');

type Who = 'individual' | 'collective';

/** Sections II–VI. */
export function reviewSections2023(tag: string, form: string, who: Who): FormSection[] {
  const r = r2023(tag, form);
  return [
    section('II', 'II', 'Hạn chế, khuyết điểm và nguyên nhân', 'Nêu hạn chế, khuyết điểm trước, sau đó là nguyên nhân.', r('ii', 'mục II'), {
      items: [
        item('II.1', 'Hạn chế, khuyết điểm.', GUIDANCE.shortcomings, r('ii.1', 'mục II.1'), { composeFrom: ['shortcomings'] }),
        item('II.2', 'Nguyên nhân của hạn chế, khuyết điểm.', GUIDANCE.causes, r('ii.2', 'mục II.2'), { composeFrom: ['causes'] }),
      ],
    }),
    section(
      'III',
      'III',
      'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
      GUIDANCE.carryOver,
      r('iii', 'mục III'),
      { composeFrom: ['carryOver'] },
    ),
    section('IV', 'IV', 'Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', GUIDANCE.suggestions, r('iv', 'mục IV'), {
      required: false,
      composeFrom: ['suggestions'],
    }),
    who === 'individual'
      ? section(
          'V',
          'V',
          'Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
          GUIDANCE.collectiveShare,
          r('v', 'mục V'),
          { required: false, composeFrom: ['collectiveShortcomings'] },
        )
      : section(
          'V',
          'V',
          'Trách nhiệm của tập thể, cá nhân',
          'Làm rõ trách nhiệm của tập thể và của từng cá nhân đối với các hạn chế, khuyết điểm đã nêu.',
          r('v', 'mục V'),
        ),
    section('VI', 'VI', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', GUIDANCE.remedies, r('vi', 'mục VI'), {
      composeFrom: ['remedies'],
    }),
  ];
}

/** Section VII: individuals have two grade lines (CBCCVC and đảng viên); collectives one. */
export function gradeSection2023(tag: string, form: string, who: Who): FormSection {
  const r = r2023(tag, form);
  const items =
    who === 'individual'
      ? [
          item('VII.1', '1. Xếp loại cán bộ, công chức, viên chức:', 'Chỉ ghi nếu là cán bộ, công chức, viên chức; chọn một trong 4 mức.', r('vii.1', 'mục VII.1'), {
            required: false,
          }),
          item('VII.2', '2. Xếp loại đảng viên:', GUIDANCE.grade, r('vii.2', 'mục VII.2')),
        ]
      : [item('VII.1', 'Xếp loại tập thể:', GUIDANCE.grade, r('vii.1', 'mục VII'))];
  return section('VII', 'VII', 'Tự nhận mức xếp loại chất lượng', GUIDANCE.grade, r('vii', 'mục VII; QĐ 124 Điều 12'), {
    kind: 'grade',
    intro: '□ Hoàn thành xuất sắc nhiệm vụ □ Hoàn thành tốt nhiệm vụ □ Hoàn thành nhiệm vụ □ Không hoàn thành nhiệm vụ',
    items,
  });
}

/** HD 21/HD 25 style blocks ([S]/[U]). */
export function individualSignatures2023(): SignatureBlock[] {
  return [
    signature('author', 'NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)', true),
    signature('thu-truong', 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', '(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)', false, [
      'Đánh giá, xếp loại chất lượng công chức, viên chức',
      '- Nhận xét, đánh giá của người quản lý, sử dụng công chức, viên chức: …',
      '- Mức xếp loại chất lượng công chức, viên chức: …',
    ]),
    signature('chi-uy', 'T/M CHI ỦY (CHI BỘ)', '(Xác lập thời điểm, ký, ghi rõ họ tên)', false, [
      'Đánh giá, xếp loại chất lượng đảng viên',
      '- Nhận xét, đánh giá của chi ủy: …',
      '- Chi bộ đề xuất xếp loại mức chất lượng: …',
    ]),
    signature('dang-uy', 'T/M ĐẢNG ỦY (CHI ỦY)', '(Xác lập thời điểm, ký, ghi rõ họ tên)', false, [
      '- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng: …',
    ]),
  ];
}

export const SIGNATURE_CAVEAT_2023 =
  'Khối chữ ký và phần đánh giá của thủ trưởng, chi ủy, đảng ủy theo bố cục quen thuộc của mẫu HD 21/HD 25, chưa đối chiếu bản gốc.';
