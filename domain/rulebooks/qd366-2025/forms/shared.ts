import type { Certainty } from '../../../core/rule';
import type { SourceId } from '../../../core/source-ids';
import type { FormSection, HeaderField, SignatureBlock } from '../../../core/form-model';
import { GRADE_LINE_LABELS, GUIDANCE, item, ref, section, signature, src } from '../../../forms/build';

/**
 * Parts of the 2025 forms (HD 43 Mẫu 01, 2A, 2B, 2C) that are the same on every form:
 * A.II–A.VI and B.I–B.II. Wording from the forms annexed to HD 43 as quoted by secondary copies (2C is the
 * best-sourced skeleton).
 */
export const ATTACHMENT_NOTE_2025 =
  '(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng)';

/**
 * Form codes: printed as the codes are cited, "Mẫu 02A-HD KĐ.ĐG 2025", "Mẫu 02B-…", "Mẫu 02C-…" (the 2A and 2B
 * codes are cited only with the leading 0; 2C is cited both ways; the guidance's running text says "Mẫu 2A/2B/2C").
 */

/** Header labels of 2B and 2C: Họ và tên · Ngày sinh · Đơn vị công tác · Chi bộ. */
export const INDIVIDUAL_HEADER_2025: HeaderField[] = ['fullName', 'birthDate', 'workplace', 'partyCell'];

type Who = 'individual' | 'collective';

/** A.II … A.VI. `tag` is the form tag used in rule ids, e.g. "mau02b". */
export function reviewSections2025(tag: string, form: string, who: Who, certainty: Certainty, doc: SourceId): FormSection[] {
  const r = (key: string, clause: string) => ref(`hd43.${tag}.${key}`, `HD 43 ${form} ${clause}`, src(doc, `${form} ${clause}`), certainty);
  const responsibility = who === 'individual' ? 'trách nhiệm của cá nhân' : 'trách nhiệm của tập thể, cá nhân có liên quan';
  const suggestionsOwner = who === 'individual' ? 'của cá nhân' : 'của tập thể, cá nhân';
  // Mẫu 01 prints A.II's two lines with dashes (both quotes); 2C numbers them "1."/"2.".
  const dash = who === 'collective' ? { mark: '-' } : {};
  const sections: FormSection[] = [
    section('A.II', 'II', 'Hạn chế, khuyết điểm và nguyên nhân', 'Nêu hạn chế, khuyết điểm trước, sau đó là nguyên nhân.', r('a.ii', 'mục A.II'), {
      items: [
        item('A.II.1', 'Hạn chế, khuyết điểm.', GUIDANCE.shortcomings, r('a.ii.1', 'mục A.II.1'), {
          composeFrom: ['shortcomings'],
          ...dash,
        }),
        item('A.II.2', 'Nguyên nhân của hạn chế, khuyết điểm.', GUIDANCE.causes, r('a.ii.2', 'mục A.II.2'), {
          composeFrom: ['causes'],
          ...dash,
        }),
      ],
    }),
    section(
      'A.III',
      'III',
      'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
      GUIDANCE.carryOver,
      r('a.iii', 'mục A.III'),
      {
        intro: `Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); ${responsibility}.`,
        composeFrom: ['carryOver'],
      },
    ),
    section('A.IV', 'IV', 'Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', GUIDANCE.suggestions, r('a.iv', 'mục A.IV'), {
      intro: `Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm ${suggestionsOwner} đối với từng vấn đề được gợi ý kiểm điểm.`,
      required: false,
      composeFrom: ['suggestions'],
    }),
    who === 'individual'
      ? section(
          'A.V',
          'V',
          'Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
          GUIDANCE.collectiveShare,
          r('a.v', 'mục A.V'),
          { required: false, composeFrom: ['collectiveShortcomings'] },
        )
      : section(
          'A.V',
          'V',
          'Trách nhiệm của tập thể, cá nhân',
          'Làm rõ trách nhiệm của tập thể và từng cá nhân đối với hạn chế trong thực hiện nhiệm vụ và các vấn đề nêu trong mục này (nếu có dấu hiệu vi phạm, đơn thư, mất đoàn kết…).',
          r('a.v', 'mục A.V; QĐ 366 Điều 6'),
          {
            intro:
              'Về hạn chế, khuyết điểm trong thực hiện nhiệm vụ hoặc khi có dấu hiệu vi phạm; để xảy ra những vấn đề bức xúc, phức tạp, dư luận quan tâm; có đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi phạm nguyên tắc, quy định của Đảng; biểu hiện "lợi ích nhóm", tham nhũng, lãng phí, tiêu cực, suy thoái, "tự diễn biến", "tự chuyển hoá"; để tập thể, cá nhân thuộc quyền quản lý bị kỷ luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.',
          },
        ),
    section('A.VI', 'VI', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', GUIDANCE.remedies, r('a.vi', 'mục A.VI'), {
      composeFrom: ['remedies'],
    }),
  ];
  return sections;
}

/**
 * B.I (scores) and B.II (proposed grade). `annex` e.g. "Phụ lục 4"; `subject` the annex's subject phrase;
 * `regulation` as the form writes it (Mẫu 01: "Quy định số 366-QĐ/TW"; 2B, 2C: "Quy định 366-QĐ/TW").
 */
export function assessmentSections2025(
  tag: string,
  form: string,
  annex: string,
  subject: string,
  actor: string,
  certainty: Certainty,
  doc: SourceId,
  regulation = 'Quy định 366-QĐ/TW',
): FormSection[] {
  const r = (key: string, clause: string) => ref(`hd43.${tag}.${key}`, `HD 43 ${form} ${clause}`, src(doc, `${form} ${clause}`), certainty);
  return [
    section('B.I', 'I', 'Đánh giá theo các nhóm tiêu chí', GUIDANCE.scores, r('b.i', `mục B.I; QĐ 366 Điều 10, ${annex}`), {
      kind: 'scores',
      intro: `Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với ${subject} được quy định tại ${annex}, ${regulation}, ${actor} tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:`,
      items: [
        item('B.I.1', 'Nhóm tiêu chí chung: …/30', 'Tối đa 30 điểm.', r('b.i.1', 'mục B.I.1')),
        item('B.I.2', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70', 'Tối đa 70 điểm.', r('b.i.2', 'mục B.I.2')),
      ],
    }),
    section('B.II', 'II', 'Đề xuất xếp loại mức chất lượng', GUIDANCE.grade, r('b.ii', 'mục B.II; QĐ 366 Điều 11'), {
      kind: 'grade',
      items: GRADE_LINE_LABELS.map((label, i) => item(`B.II.${i + 1}`, label, GUIDANCE.grade, r(`b.ii.${i + 1}`, 'mục B.II'))),
    }),
  ];
}

/** 2025 signature blocks: not recoverable from any source; the 2023 layout is reused. */
export function individualSignatures2025(): SignatureBlock[] {
  return [
    signature('author', 'NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)', true),
    signature('chi-uy', 'T/M CHI ỦY (CHI BỘ)', '(Ký, ghi rõ họ tên)', false, [
      '- Nhận xét, đánh giá của chi ủy: …',
      '- Chi bộ đề xuất xếp loại mức chất lượng: …',
    ]),
    signature('dang-uy', 'T/M ĐẢNG ỦY (CHI ỦY)', '(Ký, ghi rõ họ tên)', false, [
      '- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng: …',
    ]),
  ];
}

export const SIGNATURE_CAVEAT_2025 =
  'Khối chữ ký và phần nhận xét của chi ủy, đảng ủy trên mẫu năm 2025 chưa tìm được nguyên văn; đang dùng bố cục của mẫu năm 2023.';
