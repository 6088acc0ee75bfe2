import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { item, ref, section, signature, src } from '../../../forms/build';
import { ATTACHMENT_NOTE_2025, assessmentSections2025, reviewSections2025 } from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 01-HD KĐ.ĐG 2025: báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (HD 43 mục 2.1 a).
 * Body: from secondary copies of the form (items 2–4 from one article; item 3 follows the form's wording, variant C6).
 */
const DOC = 'hd43-2025';
const r = (key: string, clause: string) => ref(`hd43.mau01.${key}`, `HD 43 Mẫu 01 ${clause}`, src(DOC, `Mẫu 01 ${clause}`), 'secondary');

export const QD366_FORM_01: FormModel = {
  id: formId('qd366-2025', '01'),
  rulebookId: 'qd366-2025',
  code: '01',
  codeLabel: 'Mẫu 01-HD KĐ.ĐG 2025',
  title: 'BÁO CÁO KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CỦA TẬP THỂ',
  audience: 'Tập thể: cấp ủy, chi bộ, tập thể lãnh đạo, quản lý (năm 2025 trở đi)',
  headerFields: ['collectiveName'],
  preamble:
    'Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, đơn vị); tập thể...... kiểm điểm, tự đánh giá, xếp loại chất lượng với các nội dung chủ yếu sau:',
  parts: [
    {
      id: 'A',
      heading: 'A. NỘI DUNG KIỂM ĐIỂM',
      sections: [
        section('A.I', 'I', 'Ưu điểm, kết quả đạt được', 'Viết theo từng nội dung dưới đây, có chỉ tiêu, số liệu và sản phẩm cụ thể của tập thể.', r('a.i', 'mục A.I; QĐ 366 Điều 6 (a)'), {
          items: [
            item(
              'A.I.1',
              'Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.',
              'Nêu việc ban hành, thực hiện quy chế làm việc, số cuộc họp, sinh hoạt định kỳ và việc quyết định theo đa số.',
              r('a.i.1', 'mục A.I.1'),
            ),
            item(
              'A.I.2',
              'Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội nhiệm kỳ, kế hoạch, chương trình công tác năm, được cấp có thẩm quyền giao, phê duyệt và các nhiệm vụ phát sinh, đột xuất được cấp có thẩm quyền giao.',
              'Nêu số chỉ tiêu đạt, vượt, chưa đạt so với nghị quyết, kế hoạch năm, kèm sản phẩm (ví dụ: "đạt 15/16 chỉ tiêu, vượt 5 chỉ tiêu; 1 chỉ tiêu chưa đạt").',
              r('a.i.2', 'mục A.I.2'),
              { composeFrom: ['tasks', 'achievements'], needsFigures: true },
            ),
            item(
              'A.I.3',
              'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; xây dựng tổ chức bộ máy tinh gọn, hoạt động hiệu năng, hiệu lực, hiệu quả; tinh giản biên chế gắn với cải cách hành chính và chuyển đổi số; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá" trong nội bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm soát quyền lực, phòng, chống chạy chức, chạy quyền, lợi ích nhóm; xây dựng và thực hiện cơ chế công khai, minh bạch trong công tác cán bộ; công tác kiểm tra, giám sát, kỷ luật đảng và công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.',
              'Nêu số liệu: kết nạp đảng viên, cuộc kiểm tra, giám sát, vụ việc xử lý, đơn thư đã giải quyết, kết quả sắp xếp bộ máy, chuyển đổi số.',
              r('a.i.3', 'mục A.I.3'),
              { needsFigures: true },
            ),
            item(
              'A.I.4',
              'Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện các chủ trương, đường lối, nghị quyết, văn bản chỉ đạo của Đảng, của cấp trên; thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.',
              'Nêu các nghị quyết, văn bản của cấp trên đã triển khai, thời gian và kết quả cụ thể.',
              r('a.i.4', 'mục A.I.4'),
            ),
          ],
        }),
        ...reviewSections2025('mau01', 'Mẫu 01', 'collective', 'secondary', DOC),
      ],
    },
    {
      id: 'B',
      heading: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      sections: assessmentSections2025('mau01', 'Mẫu 01', 'Phụ lục 1', 'tập thể', 'các tập thể', 'secondary', DOC, 'Quy định số 366-QĐ/TW'),
    },
  ],
  assessment: '2025-scores',
  attachmentNote: ATTACHMENT_NOTE_2025,
  // The export signs for the collective by its kind (domain/document/signer.ts): T/M CHI ỦY, T/M CHI BỘ, T/M ĐẢNG ỦY…
  signatureBlocks: [signature('author', 'T/M CHI ỦY (CHI BỘ)', '', true)],
  rule: ref('hd43.mau01', 'HD 43 mục 2.1 a; Mẫu 01-HD KĐ.ĐG 2025', src('hd43-2025', 'mục 2.1 a'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    'Phần đầu (tên đảng bộ, số, ngày) và khối chữ ký của Mẫu 01 năm 2025 chưa tìm được nguyên văn: tệp Word trình bày theo thể thức văn bản của Đảng (số và ký hiệu, nơi nhận, "T/M CHI ỦY" hoặc "T/M CHI BỘ", "BÍ THƯ", họ tên người ký).',
    'Các mục A.I.2–A.I.4 chỉ thấy trong một nguồn; mục A.I.3 theo lời văn của mẫu ("tham nhũng, tiêu cực, lãng phí"), khác đôi chút với QĐ 366 Điều 6.',
    'Dự thảo báo cáo phải gửi trước cho các thành viên dự hội nghị ít nhất 03 ngày làm việc (HD 43 mục 2.1 a).',
  ],
};
