import { ref, src } from '../../rulebooks/ref';
import type { Overlay } from '../../schemas/overlay';
import { HA_TINH_2023_GRADING } from './grading';

const S = 'hd-thanh-uy-ha-tinh-2023';
/** Items the seed lists beside QĐ 124 Điều 6: HD 25 or Hà Tĩnh's own, not known. */
const extra = (id: string, sec: string) =>
  ref(`ha-tinh-2023.${id}`, `Hướng dẫn Ban Thường vụ Thành ủy Hà Tĩnh (2023) mục ${sec} (chưa rõ là HD 25 hay địa phương)`, src(S, `mục ${sec}`), 'uncertain');
const deadline = (id: string, sec: string) => ref(`ha-tinh-2023.${id}`, `Hướng dẫn Ban Thường vụ Thành ủy Hà Tĩnh (2023) mục ${sec}`, src(S, `mục ${sec}`), 'secondary');

/** Hà Tĩnh city guidance for QĐ 124 / HD 25 (catalogue 'hd-thanh-uy-ha-tinh-2023'). Grading thresholds: ./grading (domain/grading reads them). */
export const haTinh2023: Overlay = {
  v: 1,
  id: 'ha-tinh-2023',
  name: 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm — thành phố Hà Tĩnh',
  issuer: 'Ban Thường vụ Thành ủy Hà Tĩnh (trên cơ sở Hướng dẫn 01-HD/TU ngày 21/11/2023 của Ban Thường vụ Tỉnh ủy)',
  appliesTo: { rulebookIds: ['qd124-2023'], reviewYears: [2023, 2024] },
  rule: ref('ha-tinh-2023', 'Hướng dẫn Ban Thường vụ Thành ủy Hà Tĩnh (2023)', src(S, 'phần I'), 'secondary'),
  contents: [
    { id: 'tap-the.quan-triet', audience: ['collective'], formUnit: { '01': 'I.4' }, rule: extra('tap-the.quan-triet', 'I.3.1'),
      text: 'Việc quán triệt, tổ chức thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết, chỉ thị, kết luận của cấp trên; kết quả lãnh đạo, chỉ đạo công tác thi đua, khen thưởng.' },
    { id: 'tap-the.cai-cach', audience: ['collective'], formUnit: { '01': 'I.3' }, rule: extra('tap-the.cai-cach', 'I.3.1'),
      text: 'Kết quả cải cách hành chính, sắp xếp đơn vị hành chính, đổi mới, sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao chất lượng đội ngũ cán bộ.' },
    { id: 'tap-the.thanh-tra', audience: ['collective'], formUnit: { '01': 'III' }, rule: extra('tap-the.thanh-tra', 'I.3.1'),
      text: 'Các hạn chế, khuyết điểm được kết luận thanh tra, kiểm tra, giám sát, kiểm toán chỉ ra trong kỳ kiểm điểm.' },
    { id: 'lanh-dao.trach-nhiem-tap-the', audience: ['leader'], formUnit: { '02B': 'I.3' }, rule: extra('lanh-dao.trach-nhiem-tap-the', 'I.3.2.2'),
      text: 'Xác định trách nhiệm của cá nhân trong tham gia cùng tập thể lãnh đạo thực hiện nhiệm vụ chính trị và công tác tổ chức, cán bộ; quan hệ, phối hợp với cấp ủy và tập thể lãnh đạo; thái độ công tâm, khách quan.' },
    { id: 'lanh-dao.sap-xep', audience: ['leader'], formUnit: { '02B': 'I.3' }, rule: extra('lanh-dao.sap-xep', 'I.3.2.2'),
      text: 'Vai trò của người đứng đầu trong sáp nhập, sắp xếp địa giới hành chính, sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao chất lượng đội ngũ cán bộ.' },
    { id: 'lanh-dao.ke-khai', audience: ['leader'], formUnit: { '02B': 'I.5' }, rule: extra('lanh-dao.ke-khai', 'I.3.2.2'),
      text: 'Ý thức đấu tranh phòng, chống quan liêu, tham nhũng, lãng phí, cơ hội, vụ lợi; kê khai tài sản, thu nhập theo quy định; chăm lo đời sống cán bộ, đảng viên, người lao động.' },
  ],
  triggers: [],
  deadlines: [
    { id: 'han.co-so', date: '2023-12-05', recurring: true, what: 'Hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng ở cấp cơ sở', who: 'Cấp ủy, tổ chức đảng, cơ quan, đơn vị cấp cơ sở', rule: deadline('han.co-so', 'III.1.3') },
    { id: 'han.ho-so', date: '2023-12-10', recurring: true, what: 'Gửi hồ sơ kiểm điểm, đánh giá tập thể, cá nhân thuộc diện Ban Thường vụ Thành ủy quản lý (qua Ban Tổ chức Thành ủy)', who: 'Tập thể, cá nhân thuộc diện Ban Thường vụ Thành ủy quản lý', rule: deadline('han.ho-so', 'III.1.4') },
    { id: 'han.thanh-pho', date: '2023-12-15', recurring: true, what: 'Hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng cấp thành phố', who: 'Các tập thể, cá nhân cấp thành phố', rule: deadline('han.thanh-pho', 'III.1.3') },
  ],
  grading: [HA_TINH_2023_GRADING],
  settings: {
    quotaReading: 'literal',
    headVsCollective: 'rule',
    rules: { headVsCollective: ref('ha-tinh-2023.hd25.7.15', 'HD 25 mục 7.15', src('hd25-2023', 'mục 7.15'), 'secondary') },
  },
  notes: ['Thời hạn theo mô hình chính quyền cấp huyện trước 01/7/2025; từ năm 2025 áp dụng QĐ 366, HD 43.'],
};
