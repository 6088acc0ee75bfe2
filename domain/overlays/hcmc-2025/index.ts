import { ref, src } from '../../rulebooks/ref';
import type { Overlay } from '../../schemas/overlay';

const r = (id: string) => ref(`hcmc-2025.${id}`, 'Kế hoạch 13-KH/TU, Hướng dẫn 01-HD/BTCTU (TP. Hồ Chí Minh, 2025)', src('kh13-hd01-hcm-2025'), 'secondary');
const trigger = (id: string, what: string) => ({
  id: `trach-nhiem.${id}`,
  text: `Làm rõ trách nhiệm khi để xảy ra vấn đề bức xúc, dư luận quan tâm về ${what}.`,
  rule: r(`trach-nhiem.${id}`),
});

/** TP. Hồ Chí Minh 2025 (catalogue 'kh13-hd01-hcm-2025'): local "làm rõ trách nhiệm" triggers and emphasis on products and subjective causes. */
export const hcmc2025: Overlay = {
  v: 1,
  id: 'hcmc-2025',
  name: 'Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng năm 2025 — TP. Hồ Chí Minh',
  issuer: 'Thành ủy, Ban Tổ chức Thành ủy TP. Hồ Chí Minh (Kế hoạch 13-KH/TU, Hướng dẫn 01-HD/BTCTU)',
  appliesTo: { rulebookIds: ['qd366-2025'], reviewYears: [2025] },
  rule: r('ke-hoach'),
  contents: [
    { id: 'san-pham', audience: ['individual'], formUnit: { '02A': 'A.I.2', '02B': 'A.I.2', '02C': 'A.I.2' }, rule: r('san-pham'),
      text: 'Đánh giá dựa trên hiệu quả công việc, kết quả thực hiện nhiệm vụ, sản phẩm cụ thể gắn với vị trí việc làm, chức trách, nhiệm vụ; chú trọng tiêu chí định lượng.' },
    { id: 'don-vi-truc-thuoc', audience: ['leader', 'collective'], formUnit: { '01': 'A.I.2', '02A': 'A.I.3' }, rule: r('don-vi-truc-thuoc'),
      text: 'Mức độ hoàn thành, kết quả sản phẩm công tác của các địa phương, tổ chức, cơ quan, đơn vị trực thuộc và của cá nhân trong phạm vi phụ trách.' },
    { id: 'nguyen-nhan-chu-quan', audience: ['everyone'], formUnit: { '01': 'A.II.2', '02A': 'A.II.2', '02B': 'A.II.2', '02C': 'A.II.2' }, rule: r('nguyen-nhan-chu-quan'),
      text: 'Với mỗi khuyết điểm, hạn chế: phân tích tính chất, mức độ tác động, làm rõ nguyên nhân khách quan, đặc biệt là nguyên nhân chủ quan, trách nhiệm của tổ chức, cá nhân và biện pháp khắc phục.' },
  ],
  triggers: [
    trigger('ngap-ung', 'tình trạng ngập úng'),
    trigger('ket-xe', 'tình trạng kẹt xe'),
    trigger('o-nhiem', 'ô nhiễm môi trường'),
    trigger('an-ninh-trat-tu', 'an ninh trật tự'),
    trigger('an-sinh-xa-hoi', 'công tác an sinh xã hội'),
  ],
  deadlines: [],
  grading: [],
  settings: { quotaReading: 'literal', headVsCollective: 'warning', rules: {} },
  notes: ['Nguồn là bài báo tường thuật hội nghị triển khai (20/11/2025), không phải toàn văn kế hoạch.'],
};
