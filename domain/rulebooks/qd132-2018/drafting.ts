import { src, type RuleRef } from '../../core/rule';
import type { DraftingRules } from '../types';

/** QĐ 132 asks the review to name shortcomings, causes and remedies; its text was not researched (uncertain). */
const contents: RuleRef = { id: 'qd132.noi-dung', clause: 'QĐ 132-QĐ/TW (nội dung kiểm điểm)', source: src('qd132-2018'), certainty: 'uncertain' };

/** What the 2018–2022 drafting checks cite (no QĐ 124 clause for a 2020 draft). */
export const drafting: DraftingRules = {
  contents,
  causes: contents,
  figures: contents,
  /** Bình Định 2020: review in substance, against "nể nang, né tránh", formal writing. */
  substance: {
    id: 'local.ne-nang-ne-tranh.2020',
    clause: 'Công văn 04-CV/TU của Ban Thường vụ Tỉnh ủy Bình Định (2020): khắc phục nể nang, né tránh, hình thức',
    source: src('cv04-binh-dinh-2020', 'mục 2'),
    certainty: 'secondary',
  },
};
