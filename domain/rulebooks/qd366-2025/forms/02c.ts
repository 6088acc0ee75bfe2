import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { GUIDANCE, item, ref, section, src } from '../../../forms/build';
import {
  INDIVIDUAL_HEADER_2025,
  SIGNATURE_CAVEAT_2025,
  assessmentSections2025,
  individualSignatures2025,
  reviewSections2025,
} from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 02C-HD KĐ.ĐG 2025: đảng viên không làm việc trong hệ thống chính trị (hưu trí, học sinh, sinh viên,
 * doanh nghiệp tư nhân…; HD 43 mục 2.1 b). B.I cites Phụ lục 5 (contradiction C3).
 */
const DOC = 'hd43-2025';
const r = (key: string, clause: string) => ref(`hd43.mau02c.${key}`, `HD 43 Mẫu 02C ${clause}`, src(DOC, `Mẫu 02C ${clause}`), 'secondary');

export const QD366_FORM_02C: FormModel = {
  id: formId('qd366-2025', '02C'),
  rulebookId: 'qd366-2025',
  code: '02C',
  codeLabel: 'Mẫu 02C-HD KĐ.ĐG 2025',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  subtitle: '(Đảng viên không làm việc trong hệ thống chính trị)',
  audience: 'Đảng viên không làm việc trong hệ thống chính trị: hưu trí, học sinh, sinh viên, doanh nghiệp tư nhân… (năm 2025 trở đi)',
  headerFields: INDIVIDUAL_HEADER_2025,
  parts: [
    {
      id: 'A',
      heading: 'A. NỘI DUNG KIỂM ĐIỂM',
      sections: [
        section('A.I', 'I', 'Ưu điểm, kết quả đạt được', 'Viết theo từng nội dung dưới đây, nêu việc làm cụ thể ở chi bộ, nơi cư trú.', r('a.i', 'mục A.I'), {
          items: [
            item(
              'A.I.1',
              'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".',
              GUIDANCE.quality,
              r('a.i.1', 'mục A.I.1'),
            ),
            item(
              'A.I.2',
              'Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.',
              'Nêu các nhiệm vụ chi bộ phân công và kết quả có số liệu (ví dụ: "dự 12/12 buổi sinh hoạt chi bộ, đóng đảng phí đầy đủ, vận động 5 hộ tham gia phong trào của khu dân cư").',
              r('a.i.2', 'mục A.I.2'),
              { composeFrom: ['tasks', 'achievements'], needsFigures: true },
            ),
            item(
              'A.I.3',
              'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.',
              GUIDANCE.commitment,
              r('a.i.3', 'mục A.I.3'),
            ),
          ],
        }),
        ...reviewSections2025('mau02c', 'Mẫu 02C', 'individual', 'secondary', DOC),
      ],
    },
    {
      id: 'B',
      heading: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      sections: assessmentSections2025(
        'mau02c',
        'Mẫu 02C',
        'Phụ lục 5',
        'đảng viên không làm việc trong hệ thống chính trị',
        'cá nhân',
        'secondary',
        DOC,
      ),
    },
  ],
  assessment: '2025-scores',
  signatureBlocks: individualSignatures2025(),
  rule: ref('hd43.mau02c', 'HD 43 mục 2.1 b; Mẫu 02C-HD KĐ.ĐG 2025', src('hd43-2025', 'mục 2.1 b'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    'Một số bài hướng dẫn ghi mục A.I.2 giống Mẫu 02B và dẫn "Phụ lục 4"; ở đây theo văn bản mẫu dẫn Phụ lục 5 (QĐ 366 Điều 10).',
    'Mã mẫu được trích là "Mẫu 2C-HD KĐ.ĐG 2025" hoặc "Mẫu 02C-HD KĐ.ĐG 2025".',
    SIGNATURE_CAVEAT_2025,
  ],
};
