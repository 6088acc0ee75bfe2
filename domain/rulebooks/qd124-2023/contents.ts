import { ref, src } from '../ref';
import type { ContentItem } from '../types';

const a = ref('qd124.d6.k1', 'QĐ 124 Điều 6 khoản 1 (cấp ủy, tập thể lãnh đạo, quản lý)', src('qd124-2023', 'Điều 6 khoản 1'), 'secondary');
const b = ref('qd124.d6.k2.1', 'QĐ 124 Điều 6 khoản 2 điểm 2.1 (cá nhân không giữ chức vụ)', src('qd124-2023', 'Điều 6 khoản 2 điểm 2.1'), 'secondary');
const c = ref('qd124.d6.k2.2', 'QĐ 124 Điều 6 khoản 2 điểm 2.2 (cá nhân giữ chức vụ)', src('qd124-2023', 'Điều 6 khoản 2 điểm 2.2'), 'secondary');
const d = ref('qd124.d6.k3', 'QĐ 124 Điều 6 (làm rõ trách nhiệm)', src('qd124-2023', 'Điều 6'), 'secondary');
const occ = ref('qd124.hd25.occupation-emphasis', 'HD 25 (theo Hướng dẫn Thành ủy Hà Tĩnh mục I.3.2.1; chưa rõ là quy định trung ương hay địa phương)', src('hd25-2023'), 'uncertain');

const ALL_IND = { '02A': 'I.1', '02B': 'I.1' } as const;

/** QĐ 124 Điều 6 as reproduced in Hà Tĩnh 2023 I.3. 2023 forms have no parts: units "I.1", "III" … */
export const contents: ContentItem[] = [
  { id: 'qd124.d6.a.1', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'I.1' },
    text: 'Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.' },
  { id: 'qd124.d6.a.2', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'I.2' },
    text: 'Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội, kế hoạch, chương trình công tác năm được cấp có thẩm quyền giao, phê duyệt.' },
  { id: 'qd124.d6.a.3', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'I.3' },
    text: 'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; phòng, chống tham nhũng, tiêu cực, lãng phí, suy thoái, "tự diễn biến", "tự chuyển hoá"; kiểm tra, giám sát, kỷ luật đảng và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh.' },
  { id: 'qd124.d6.a.4', group: 'collective', audience: ['collective'], rule: a, formUnit: { '01': 'I.4' },
    text: 'Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.' },
  { id: 'qd124.d6.b.1', group: 'common', audience: ['individual'], rule: b, formUnit: ALL_IND,
    text: 'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".' },
  { id: 'qd124.d6.b.2', group: 'common', audience: ['individual'], rule: b, formUnit: { '02A': 'I.2', '02B': 'I.2' },
    text: 'Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm; việc tham gia các hoạt động do các tổ chức chính trị - xã hội phát động.' },
  { id: 'qd124.d6.b.3', group: 'common', audience: ['individual'], rule: b, formUnit: { '02A': 'I.3', '02B': 'I.6' },
    text: 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.' },
  { id: 'qd124.d6.c.1', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02B': 'I.3' },
    text: 'Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.' },
  { id: 'qd124.d6.c.2', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02B': 'I.4' },
    text: 'Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.' },
  { id: 'qd124.d6.c.3', group: 'leader', audience: ['leader'], rule: c, formUnit: { '02B': 'I.5' },
    text: 'Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên.' },
  { id: 'qd124.occ.ccvc', group: 'occupation', audience: ['individual'], rule: occ, formUnit: { '02A': 'I.2', '02B': 'I.2' },
    occupations: ['can-bo', 'cong-chuc', 'vien-chuc', 'nguoi-lao-dong-he-thong-chinh-tri', 'luc-luong-vu-trang'],
    text: 'Nhấn mạnh (công chức, viên chức và người hưởng lương ngân sách): khối lượng, chất lượng, tiến độ, hiệu quả thực hiện nhiệm vụ được giao; tinh thần đổi mới, sáng tạo, tự chịu trách nhiệm; ý thức, thái độ phục vụ nhân dân.' },
  { id: 'qd124.occ.lao-dong', group: 'occupation', audience: ['individual'], rule: occ, formUnit: { '02A': 'I.2', '02B': 'I.2' },
    occupations: ['cong-nhan-nong-dan', 'hoc-sinh-sinh-vien', 'doanh-nghiep-tu-nhan', 'doanh-nghiep-nha-nuoc'],
    text: 'Nhấn mạnh (công nhân, nông dân, người lao động, học sinh, sinh viên): thực hiện phong trào thi đua học tập, lao động, sáng tạo; ý thức vượt khó, không trông chờ, ỷ lại.' },
  { id: 'qd124.occ.huu-tri', group: 'occupation', audience: ['individual'], rule: occ, formUnit: { '02A': 'I.2', '02B': 'I.2' },
    occupations: ['huu-tri'],
    text: 'Nhấn mạnh (đảng viên hưu trí không tham gia công tác tại địa phương): gương mẫu chấp hành pháp luật, quy định của địa phương; phong trào địa phương phát động; chế độ sinh hoạt đảng và đóng đảng phí; nghĩa vụ công dân nơi cư trú; kỷ luật phát ngôn.' },
  { id: 'qd124.d6.goi-y', group: 'suggestions', audience: ['everyone'], rule: b, ifAny: true,
    formUnit: { '01': 'IV', '02A': 'IV', '02B': 'IV' },
    text: 'Những vấn đề được cấp trên gợi ý kiểm điểm (nếu có): giải trình từng vấn đề, nêu nguyên nhân, xác định trách nhiệm.' },
  { id: 'qd124.d6.khac-phuc', group: 'carry-over', audience: ['everyone'], rule: b, ifAny: true,
    formUnit: { '01': 'III', '02A': 'III', '02B': 'III' },
    text: 'Việc khắc phục những hạn chế, khuyết điểm được cấp có thẩm quyền kết luận và được chỉ ra ở kỳ kiểm điểm trước.' },
  { id: 'qd124.d6.d', group: 'trigger', audience: ['everyone'], rule: d, ifAny: true,
    formUnit: { '01': 'V', '02A': 'V', '02B': 'V' },
    text: 'Làm rõ trách nhiệm khi có: dấu hiệu vi phạm; để xảy ra những vấn đề bức xúc, phức tạp, dư luận quan tâm; đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi phạm nguyên tắc, quy định của Đảng; biểu hiện "lợi ích nhóm", tham nhũng, tiêu cực, lãng phí, suy thoái, "tự diễn biến", "tự chuyển hoá"; tập thể, cá nhân thuộc quyền quản lý bị kỷ luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.' },
];
