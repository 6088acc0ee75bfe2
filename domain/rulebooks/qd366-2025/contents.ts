import { ref, src } from '../ref';
import type { ContentItem } from '../types';

const a = ref('qd366.d6.a', 'QĐ 366 Điều 6 (cấp ủy, tập thể lãnh đạo, quản lý)', src('qd366-2025', 'Điều 6'), 'secondary');
const b = ref('qd366.d6.b', 'QĐ 366 Điều 6 (cá nhân không giữ chức vụ lãnh đạo, quản lý)', src('qd366-2025', 'Điều 6'), 'secondary');
const c = ref('qd366.d6.c', 'QĐ 366 Điều 6 (cá nhân giữ chức vụ lãnh đạo, quản lý)', src('qd366-2025', 'Điều 6'), 'secondary');
const d = ref('qd366.d6.d', 'QĐ 366 Điều 6 (làm rõ trách nhiệm)', src('qd366-2025', 'Điều 6'), 'secondary');
const e = ref('qd366.d6.e', 'HD 43 Mẫu 2C mục A.I (đảng viên không làm việc trong hệ thống chính trị)', src('hd43-2025', 'Mẫu 2C mục A.I'), 'secondary');
/** Occupation emphasis: HD 25-era guidance as reproduced by Hà Tĩnh 2023; no 2025 text found. */
const occ = ref('qd366.occupation-emphasis', 'HD 25 (2023), theo Hướng dẫn Thành ủy Hà Tĩnh mục I.3.2.1; chưa thấy văn bản 2025 tương ứng', src('hd25-2023', '(2023), theo Hướng dẫn Thành ủy Hà Tĩnh mục I.3.2.1; chưa thấy văn bản 2025 tương ứng'), 'uncertain');

const IND = { '02A': 'A.I.1', '02B': 'A.I.1', '02C': 'A.I.1' } as const;

/** QĐ 366 Điều 6: contents by role. Form units follow the 2025 forms. */
export const contents: ContentItem[] = [
  // (a) collectives = Mẫu 01 A.I.1–4
  { id: 'qd366.d6.a.1', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'A.I.1' },
    text: 'Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.' },
  { id: 'qd366.d6.a.2', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'A.I.2' },
    text: 'Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội nhiệm kỳ, kế hoạch, chương trình công tác năm, được cấp có thẩm quyền giao, phê duyệt và các nhiệm vụ phát sinh, đột xuất được cấp có thẩm quyền giao.' },
  { id: 'qd366.d6.a.3', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'A.I.3' },
    text: 'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; xây dựng tổ chức bộ máy tinh gọn, hoạt động hiệu năng, hiệu lực, hiệu quả; tinh giản biên chế gắn với cải cách hành chính và chuyển đổi số; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; phòng, chống tham nhũng, lãng phí, tiêu cực, suy thoái, "tự diễn biến", "tự chuyển hoá"; kiểm soát quyền lực, phòng, chống chạy chức, chạy quyền, lợi ích nhóm; công khai, minh bạch trong công tác cán bộ; kiểm tra, giám sát, kỷ luật đảng; tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh.' },
  { id: 'qd366.d6.a.4', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'A.I.4' },
    text: 'Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện các chủ trương, đường lối, nghị quyết, văn bản chỉ đạo của Đảng, của cấp trên; thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.' },
  // (b) individuals in the political system; (c) leaders add three items
  { id: 'qd366.d6.b.1', group: 'common', audience: ['individual'], rule: b, formUnit: IND,
    text: 'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".' },
  { id: 'qd366.d6.b.2', group: 'common', audience: ['non-leader', 'leader'], rule: b, formUnit: { '02A': 'A.I.2', '02B': 'A.I.2' },
    text: 'Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.' },
  { id: 'qd366.d6.e.2', group: 'common', audience: ['outside-system'], rule: e, formUnit: { '02C': 'A.I.2' },
    text: 'Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.' },
  { id: 'qd366.d6.b.3', group: 'common', audience: ['individual'], rule: b, formUnit: { '02A': 'A.I.6', '02B': 'A.I.3', '02C': 'A.I.3' },
    text: 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.' },
  { id: 'qd366.d6.c.1', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02A': 'A.I.3' },
    text: 'Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.' },
  { id: 'qd366.d6.c.2', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02A': 'A.I.4' },
    text: 'Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm; trách nhiệm xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực; phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, hội nhập quốc tế, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm.' },
  { id: 'qd366.d6.c.3', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02A': 'A.I.5' },
    text: 'Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân.' },
  // occupation-specific emphasis (2023 guidance carried over, uncertain)
  { id: 'qd366.occ.ccvc', group: 'occupation', audience: ['non-leader', 'leader'], rule: occ, formUnit: { '02A': 'A.I.2', '02B': 'A.I.2' },
    occupations: ['can-bo', 'cong-chuc', 'vien-chuc', 'nguoi-lao-dong-he-thong-chinh-tri', 'luc-luong-vu-trang'],
    text: 'Nhấn mạnh (cán bộ, công chức, viên chức, người hưởng lương ngân sách): khối lượng, chất lượng, tiến độ, hiệu quả thực hiện nhiệm vụ được giao; tinh thần đổi mới, sáng tạo, tự chịu trách nhiệm; ý thức, thái độ phục vụ nhân dân.' },
  { id: 'qd366.occ.lao-dong', group: 'occupation', audience: ['individual'], rule: occ, formUnit: { '02A': 'A.I.2', '02B': 'A.I.2', '02C': 'A.I.2' },
    occupations: ['cong-nhan-nong-dan', 'hoc-sinh-sinh-vien', 'doanh-nghiep-tu-nhan', 'doanh-nghiep-nha-nuoc'],
    text: 'Nhấn mạnh (công nhân, nông dân, người lao động, học sinh, sinh viên): thực hiện phong trào thi đua học tập, lao động, sáng tạo; ý thức vượt khó, không trông chờ, ỷ lại.' },
  { id: 'qd366.occ.huu-tri', group: 'occupation', audience: ['individual'], rule: occ, formUnit: { '02A': 'A.I.2', '02B': 'A.I.2', '02C': 'A.I.2' },
    occupations: ['huu-tri'],
    text: 'Nhấn mạnh (đảng viên hưu trí): gương mẫu chấp hành pháp luật, quy định của địa phương; thực hiện các phong trào địa phương phát động; chấp hành chế độ sinh hoạt đảng, đóng đảng phí; nghĩa vụ công dân nơi cư trú; kỷ luật phát ngôn.' },
  // (b)/(a) last bullet: suggestions and carry-over; (d) triggers
  { id: 'qd366.d6.goi-y', group: 'suggestions', audience: ['everyone'], rule: b, ifAny: true,
    formUnit: { '01': 'A.IV', '02A': 'A.IV', '02B': 'A.IV', '02C': 'A.IV' },
    text: 'Những vấn đề được cấp trên gợi ý kiểm điểm (nếu có): giải trình từng vấn đề, nêu nguyên nhân, xác định trách nhiệm.' },
  { id: 'qd366.d6.khac-phuc', group: 'carry-over', audience: ['everyone'], rule: b, ifAny: true,
    formUnit: { '01': 'A.III', '02A': 'A.III', '02B': 'A.III', '02C': 'A.III' },
    text: 'Việc khắc phục những hạn chế, khuyết điểm được cấp có thẩm quyền kết luận và được chỉ ra ở kỳ kiểm điểm trước: đã khắc phục; đang khắc phục, mức độ; chưa khắc phục.' },
  { id: 'qd366.d6.d', group: 'trigger', audience: ['everyone'], rule: d, ifAny: true,
    formUnit: { '01': 'A.V', '02A': 'A.V', '02B': 'A.V', '02C': 'A.V' },
    text: 'Làm rõ trách nhiệm khi có: dấu hiệu vi phạm; để xảy ra những vấn đề bức xúc, phức tạp, dư luận quan tâm; đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi phạm nguyên tắc, quy định của Đảng; biểu hiện "lợi ích nhóm", tham nhũng, lãng phí, tiêu cực, suy thoái, "tự diễn biến", "tự chuyển hoá"; tập thể, cá nhân thuộc quyền quản lý bị kỷ luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.' },
];
