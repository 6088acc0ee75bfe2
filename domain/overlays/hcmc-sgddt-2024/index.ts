import { ref, src } from '../../rulebooks/ref';
import type { Overlay } from '../../schemas/overlay';

const r = (id: string, what = 'mục 1') =>
  ref(`hcmc-sgddt-2024.${id}`, `Công văn 1058-CV/ĐU của Ban Thường vụ Đảng ủy Sở GD&ĐT TP. Hồ Chí Minh (2024), ${what}`, src('cv1058-sgddt-hcm-2024', what), 'secondary');
const LEADS = { '01': 'I.4', '02B': 'I.3' } as const;

/** HCMC Department of Education party committee, 2024 review (catalogue 'cv1058-sgddt-hcm-2024'): four deep-review themes, deadlines. */
export const hcmcSgddt2024: Overlay = {
  v: 1,
  id: 'hcmc-sgddt-2024',
  name: 'Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 — Đảng bộ Sở Giáo dục và Đào tạo TP. Hồ Chí Minh',
  issuer: 'Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo TP. Hồ Chí Minh (Công văn 1058-CV/ĐU)',
  appliesTo: { rulebookIds: ['qd124-2023'], reviewYears: [2024] },
  rule: r('cong-van', 'toàn văn'),
  contents: [
    { id: 'sau.chu-de-nam', audience: ['collective', 'leader'], formUnit: LEADS, rule: r('sau.chu-de-nam', 'mục 1 (1)'),
      text: 'Kiểm điểm sâu: kết quả thực hiện chủ đề năm 2024 của Thành phố "Tăng cường xây dựng chỉnh đốn Đảng và hệ thống chính trị trong sạch vững mạnh; quyết tâm thực hiện hiệu quả chuyển đổi số và Nghị quyết số 98/2023/QH15".' },
    { id: 'sau.chien-luoc-giao-duc', audience: ['collective', 'leader'], formUnit: LEADS, rule: r('sau.chien-luoc-giao-duc', 'mục 1 (2)'),
      text: 'Kiểm điểm sâu: lãnh đạo, chỉ đạo định hướng phát triển cơ quan, đơn vị gắn với chiến lược phát triển giáo dục Thành phố đến năm 2030, tầm nhìn đến năm 2045.' },
    { id: 'sau.dai-hoi', audience: ['collective', 'leader'], formUnit: LEADS, rule: r('sau.dai-hoi', 'mục 1 (3)'),
      text: 'Kiểm điểm sâu: quán triệt, triển khai chuẩn bị đại hội đảng bộ, chi bộ các cấp nhiệm kỳ 2025 - 2030 (Kế hoạch 377-KH/TU, Công văn 807-CV/ĐU, Kế hoạch 89-KH/ĐU).' },
    { id: 'sau.ton-dong', audience: ['collective', 'leader'], formUnit: LEADS, rule: r('sau.ton-dong', 'mục 1 (4)'),
      text: 'Kiểm điểm sâu: việc xử lý, giải quyết các tồn đọng tại cơ quan, đơn vị; khắc phục tình trạng nể nang, né tránh; xây dựng kế hoạch khắc phục ngay sau kiểm điểm.' },
    { id: 'ca-nhan.trong-tam', audience: ['individual'], formUnit: { '02A': 'I.1', '02B': 'I.1' }, rule: r('ca-nhan.trong-tam'),
      text: 'Cá nhân chú trọng: phẩm chất chính trị, đạo đức, lối sống; đoàn kết, phối hợp trong nội bộ; ý thức tổ chức, kỷ luật, tác phong, lề lối làm việc, trách nhiệm nêu gương và kết quả nhiệm vụ được giao trong năm. Lấy hiệu quả công việc làm thước đo.' },
  ],
  triggers: [],
  deadlines: [
    { id: 'han.bao-cao-don-vi', date: '2024-12-20', recurring: false, what: 'Hoàn thành và báo cáo kết quả kiểm điểm, xếp loại về Ban Thường vụ Đảng ủy Sở (qua Ban Tổ chức Đảng ủy)', who: 'Tổ chức đảng, đảng viên, tập thể, cá nhân các đơn vị trực thuộc Đảng ủy Sở', rule: r('han.bao-cao-don-vi', 'mục 3') },
    { id: 'han.bao-cao-thanh-uy', date: '2024-12-15', recurring: false, what: 'Hoàn thành và báo cáo kết quả về Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy)', who: 'Ban Thường vụ Đảng ủy Sở; cá nhân thuộc diện Ban Thường vụ Thành ủy đánh giá', rule: r('han.bao-cao-thanh-uy', 'mục 3') },
  ],
  grading: [],
  settings: {
    quotaReading: 'literal',
    headVsCollective: 'rule',
    rules: { headVsCollective: r('nguoi-dung-dau', 'mục 1 (rà soát sai sót năm 2023; HD 25 mục 7.15)') },
  },
  notes: ['Rà soát sai sót năm 2023: xếp loại không đúng tiêu chuẩn, tỷ lệ "Hoàn thành xuất sắc nhiệm vụ", người đứng đầu xếp cao hơn tập thể.'],
};
