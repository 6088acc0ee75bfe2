import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { item, ref, section, signature, src } from '../../../forms/build';
import { BODY_CAVEAT_2023, gradeSection2023, r2023, reviewSections2023 } from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 01-HD KĐ.ĐG 2023: báo cáo kiểm điểm của tập thể. Exact text not found: section I
 * mirrors QĐ 124 Điều 6 for collectives (Hà Tĩnh 2023 I.3.1), then the II–VI structure of the personal forms.
 */
const r = r2023('mau01', 'Mẫu 01');

export const QD124_FORM_01: FormModel = {
  id: formId('qd124-2023', '01'),
  rulebookId: 'qd124-2023',
  code: '01',
  codeLabel: 'Mẫu 01-HD KĐ.ĐG 2023',
  title: 'BÁO CÁO KIỂM ĐIỂM CỦA TẬP THỂ',
  audience: 'Tập thể: cấp ủy, chi bộ, tập thể lãnh đạo, quản lý (năm 2023–2024)',
  headerFields: ['collectiveName'],
  parts: [
    {
      id: '',
      heading: '',
      sections: [
        section('I', 'I', 'Ưu điểm, kết quả đạt được', 'Viết theo từng nội dung, có chỉ tiêu, số liệu và sản phẩm cụ thể; sau mỗi nội dung tự đánh giá mức độ.', r('i', 'mục I; QĐ 124 Điều 6'), {
          items: [
            item('I.1', 'Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.', 'Nêu việc thực hiện quy chế làm việc, số cuộc họp, sinh hoạt định kỳ.', r('i.1', 'mục I.1'), { levelBoxes: true }),
            item(
              'I.2',
              'Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội, kế hoạch, chương trình công tác năm được cấp có thẩm quyền giao, phê duyệt.',
              'Nêu số chỉ tiêu đạt, vượt, chưa đạt so với nghị quyết, kế hoạch năm, kèm sản phẩm cụ thể.',
              r('i.2', 'mục I.2'),
              { levelBoxes: true, composeFrom: ['tasks', 'achievements'], needsFigures: true },
            ),
            item(
              'I.3',
              'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá" trong nội bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm tra, giám sát, kỷ luật đảng và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.',
              'Nêu số liệu: kết nạp đảng viên, cuộc kiểm tra, giám sát, vụ việc xử lý, đơn thư đã giải quyết.',
              r('i.3', 'mục I.3'),
              { levelBoxes: true, needsFigures: true },
            ),
            item(
              'I.4',
              'Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.',
              'Nêu các nhiệm vụ chính trị trọng tâm đã lãnh đạo thực hiện và kết quả.',
              r('i.4', 'mục I.4'),
              { levelBoxes: true },
            ),
          ],
        }),
        ...reviewSections2023('mau01', 'Mẫu 01', 'collective'),
        gradeSection2023('mau01', 'Mẫu 01', 'collective'),
      ],
    },
  ],
  assessment: '2023-levels',
  // The export signs for the collective by its kind (domain/document/signer.ts): T/M CHI ỦY, T/M CHI BỘ, T/M ĐẢNG ỦY…
  signatureBlocks: [signature('author', 'T/M CHI ỦY (CHI BỘ)', '', true)],
  rule: ref('hd25.mau01', 'HD 25; Mẫu 01-HD KĐ.ĐG 2023', src('hd25-2023', 'Mẫu 01'), 'uncertain'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    BODY_CAVEAT_2023,
    'Chưa tìm được nguyên văn Mẫu 01 năm 2023: mục I theo QĐ 124 Điều 6 (nội dung kiểm điểm của tập thể), các mục II–VII theo bố cục của bản kiểm điểm cá nhân.',
    'Khối chữ ký chưa tìm được nguyên văn: tệp Word trình bày theo thể thức văn bản của Đảng ("T/M CHI ỦY" hoặc "T/M CHI BỘ", "BÍ THƯ", họ tên người ký, nơi nhận).',
  ],
};
