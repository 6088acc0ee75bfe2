import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { GUIDANCE, item, ref, section, src } from '../../../forms/build';
import {
  ATTACHMENT_NOTE_2025,
  INDIVIDUAL_HEADER_2025,
  SIGNATURE_CAVEAT_2025,
  assessmentSections2025,
  individualSignatures2025,
  reviewSections2025,
} from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 02B-HD KĐ.ĐG 2025: cá nhân KHÔNG giữ chức vụ lãnh đạo, quản lý (HD 43 mục 2.1 b).
 * A.I items = QĐ 366 Điều 6 (b) bullets 1–3; skeleton of 2C; B.I cites Phụ lục 4.
 */
const DOC = 'hd43-2025';
const r = (key: string, clause: string) => ref(`hd43.mau02b.${key}`, `HD 43 Mẫu 02B ${clause}`, src(DOC, `Mẫu 02B ${clause}`), 'secondary');

export const QD366_FORM_02B: FormModel = {
  id: formId('qd366-2025', '02B'),
  rulebookId: 'qd366-2025',
  code: '02B',
  codeLabel: 'Mẫu 02B-HD KĐ.ĐG 2025',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  subtitle: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (năm 2025 trở đi)',
  headerFields: INDIVIDUAL_HEADER_2025,
  parts: [
    {
      id: 'A',
      heading: 'A. NỘI DUNG KIỂM ĐIỂM',
      sections: [
        section('A.I', 'I', 'Ưu điểm, kết quả đạt được', 'Viết theo từng nội dung dưới đây, có số liệu và sản phẩm cụ thể.', r('a.i', 'mục A.I; QĐ 366 Điều 6'), {
          items: [
            item(
              'A.I.1',
              'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".',
              GUIDANCE.quality,
              r('a.i.1', 'mục A.I.1; QĐ 366 Điều 6'),
            ),
            item(
              'A.I.2',
              'Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.',
              GUIDANCE.tasks,
              r('a.i.2', 'mục A.I.2; QĐ 366 Điều 6'),
              { composeFrom: ['tasks', 'achievements'], needsFigures: true },
            ),
            item(
              'A.I.3',
              'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.',
              GUIDANCE.commitment,
              r('a.i.3', 'mục A.I.3; QĐ 366 Điều 6'),
            ),
          ],
        }),
        ...reviewSections2025('mau02b', 'Mẫu 02B', 'individual', 'secondary', DOC),
      ],
    },
    {
      id: 'B',
      heading: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      sections: assessmentSections2025(
        'mau02b',
        'Mẫu 02B',
        'Phụ lục 4',
        'cá nhân không giữ chức vụ lãnh đạo, quản lý',
        'cá nhân',
        'secondary',
        DOC,
      ),
    },
  ],
  assessment: '2025-scores',
  attachmentNote: ATTACHMENT_NOTE_2025,
  signatureBlocks: individualSignatures2025(),
  rule: ref('hd43.mau02b', 'HD 43 mục 2.1 b; Mẫu 02B-HD KĐ.ĐG 2025', src('hd43-2025', 'mục 2.1 b'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    'Tiêu đề và cách đánh số mục của Mẫu 02B chưa thấy nguyên văn; theo bố cục của Mẫu 02C.',
    SIGNATURE_CAVEAT_2025,
  ],
};
