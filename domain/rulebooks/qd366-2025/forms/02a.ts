import type { FormModel, FormSection } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { GUIDANCE, item, ref, section, src } from '../../../forms/build';
import {
  ATTACHMENT_NOTE_2025,
  SIGNATURE_CAVEAT_2025,
  assessmentSections2025,
  individualSignatures2025,
  reviewSections2025,
} from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 02A-HD KĐ.ĐG 2025: cá nhân GIỮ chức vụ lãnh đạo, quản lý (HD 43 mục 2.1 b).
 * The form's text was not found. Expected: the 2B skeleton plus the
 * QĐ 366 Điều 6 (c) leader items (their wording is V2, their place on the form is not), B.I citing Phụ lục 3.
 */
const DOC = 'hd43-2025';

/** B.I for a cadre managed centrally cites Phụ lục 2 (QĐ 366 Điều 10 2.1); the export picks it from the profile. */
function withCentralIntro(sections: FormSection[], central: FormSection[]): FormSection[] {
  return sections.map((s) => {
    const intro = central.find((c) => c.id === s.id)?.intro;
    return s.kind === 'scores' && intro ? { ...s, introCentral: intro } : s;
  });
}
const r = (key: string, clause: string) => ref(`hd43.mau02a.${key}`, `HD 43 Mẫu 02A ${clause}`, src(DOC, `Mẫu 02A ${clause}`), 'uncertain');

export const QD366_FORM_02A: FormModel = {
  id: formId('qd366-2025', '02A'),
  rulebookId: 'qd366-2025',
  code: '02A',
  codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2025',
  title: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
  subtitle: '(Cá nhân giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân giữ chức vụ lãnh đạo, quản lý (năm 2025 trở đi)',
  headerFields: ['fullName', 'birthDate', 'partyPost', 'governmentPost', 'unionPost', 'workplace', 'partyCell'],
  parts: [
    {
      id: 'A',
      heading: 'A. NỘI DUNG KIỂM ĐIỂM',
      sections: [
        section('A.I', 'I', 'Ưu điểm, kết quả đạt được', 'Viết theo từng nội dung dưới đây, có số liệu và sản phẩm cụ thể của bản thân và của lĩnh vực, đơn vị phụ trách.', r('a.i', 'mục A.I; QĐ 366 Điều 6'), {
          items: [
            item(
              'A.I.1',
              'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".',
              GUIDANCE.quality,
              r('a.i.1', 'mục A.I.1; QĐ 366 Điều 6 (b)'),
            ),
            item(
              'A.I.2',
              'Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.',
              GUIDANCE.tasks,
              r('a.i.2', 'mục A.I.2; QĐ 366 Điều 6 (b)'),
              { composeFrom: ['tasks', 'achievements'], needsFigures: true },
            ),
            item(
              'A.I.3',
              'Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.',
              'Nêu tỉ lệ hoàn thành chỉ tiêu của lĩnh vực, đơn vị phụ trách và kết quả xếp loại các đơn vị trực thuộc (ví dụ: "5/5 đơn vị hoàn thành nhiệm vụ, 3 đơn vị hoàn thành tốt").',
              r('a.i.3', 'mục A.I (nội dung lãnh đạo); QĐ 366 Điều 6 (c)'),
              { needsFigures: true, leaderOnly: true },
            ),
            item(
              'A.I.4',
              'Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.',
              'Nêu việc khó, mới đã trực tiếp chỉ đạo xử lý và kết quả cụ thể (ví dụ: "chỉ đạo số hoá 100% hồ sơ một cửa trong 6 tháng").',
              r('a.i.4', 'mục A.I (nội dung lãnh đạo); QĐ 366 Điều 6 (c)'),
              { leaderOnly: true },
            ),
            item(
              'A.I.5',
              'Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.',
              'Nêu việc nêu gương cụ thể, việc kê khai tài sản, kết quả lấy phiếu tín nhiệm (nếu có) và việc tiếp xúc, nắm tâm tư của Nhân dân.',
              r('a.i.5', 'mục A.I (nội dung lãnh đạo); QĐ 366 Điều 6 (c)'),
              { leaderOnly: true },
            ),
            item(
              'A.I.6',
              'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.',
              GUIDANCE.commitment,
              r('a.i.6', 'mục A.I; QĐ 366 Điều 6 (b)'),
            ),
          ],
        }),
        ...reviewSections2025('mau02a', 'Mẫu 02A', 'individual', 'uncertain', DOC),
      ],
    },
    {
      id: 'B',
      heading: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      sections: withCentralIntro(
        assessmentSections2025('mau02a', 'Mẫu 02A', 'Phụ lục 3', 'cá nhân giữ chức vụ lãnh đạo, quản lý', 'cá nhân', 'uncertain', DOC),
        assessmentSections2025(
          'mau02a',
          'Mẫu 02A',
          'Phụ lục 2',
          'cá nhân giữ chức vụ lãnh đạo, quản lý thuộc diện Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư quản lý',
          'cá nhân',
          'uncertain',
          DOC,
        ),
      ),
    },
  ],
  assessment: '2025-scores',
  attachmentNote: ATTACHMENT_NOTE_2025,
  signatureBlocks: individualSignatures2025(),
  rule: ref('hd43.mau02a', 'HD 43 mục 2.1 b; Mẫu 02A-HD KĐ.ĐG 2025', src('hd43-2025', 'mục 2.1 b'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    'Chưa tìm được nguyên văn Mẫu 02A năm 2025: bố cục dựng theo Mẫu 02B, thêm các nội dung của cán bộ lãnh đạo, quản lý tại QĐ 366 Điều 6; thứ tự các mục A.I.3–A.I.6 chưa đối chiếu.',
    'Mục B.I dẫn Phụ lục 3 (cán bộ lãnh đạo, quản lý); với cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý (đánh dấu ở chức vụ trong hồ sơ), tệp Word dẫn Phụ lục 2. Lời văn mục B.I chưa đối chiếu.',
    'Các dòng "Chức vụ Đảng / chính quyền / đoàn thể" ở phần đầu lấy theo mẫu năm 2023, chưa đối chiếu mẫu năm 2025.',
    SIGNATURE_CAVEAT_2025,
  ],
};
