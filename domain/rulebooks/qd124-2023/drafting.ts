import { src, type RuleRef } from '../../core/rule';
import type { DraftingRules } from '../types';

/** 2023: "tập trung làm rõ … khuyết điểm, hạn chế, yếu kém, nguyên nhân, giải pháp và thời gian khắc phục". */
const contents: RuleRef = { id: 'qd124.d6.preamble', clause: 'QĐ 124 Điều 6', source: src('qd124-2023', 'Điều 6'), certainty: 'secondary' };

/** What the 2023–2024 drafting checks cite. */
export const drafting: DraftingRules = {
  contents,
  causes: contents,
  /** Task results "lượng hóa bằng sản phẩm" (QĐ 124 Điều 10). */
  figures: { id: 'qd124.d10.products', clause: 'QĐ 124 Điều 10', source: src('qd124-2023', 'Điều 10'), certainty: 'secondary' },
  /** Local guidance against "nể nang, né tránh" and formal writing (TP. Hồ Chí Minh, Sở GD&ĐT, 2024). */
  substance: {
    id: 'local.ne-nang-ne-tranh.2024',
    clause: 'Công văn 1058-CV/ĐU của Ban Thường vụ Đảng ủy Sở GD&ĐT TP. Hồ Chí Minh (2024): khắc phục nể nang, né tránh, hình thức',
    source: src('cv1058-sgddt-hcm-2024', 'mục 1 (4)'),
    certainty: 'secondary',
  },
};
