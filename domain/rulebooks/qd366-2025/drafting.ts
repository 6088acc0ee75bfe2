import { src } from '../../core/rule';
import type { DraftingRules } from '../types';

/** What the 2025 drafting checks cite: results, shortcomings, causes and remedies, shown through products. */
export const drafting: DraftingRules = {
  /** Contents must show results, shortcomings, causes, remedies and their time (QĐ 366 Điều 6, preamble). */
  contents: { id: 'qd366.d6.preamble', clause: 'QĐ 366 Điều 6', source: src('qd366-2025', 'Điều 6'), certainty: 'secondary' },
  /** "làm rõ nguyên nhân khách quan, chủ quan, trách nhiệm … và đề ra biện pháp khắc phục". */
  causes: { id: 'hd43.m1.3.causes', clause: 'HD 43 Mục 1 (1.3)', source: src('hd43-2025', 'mục 1 (1.3)'), certainty: 'secondary' },
  /** Results declared "qua sản phẩm, tiến độ, chất lượng làm minh chứng". */
  figures: { id: 'hd43.7.12.evidence', clause: 'HD 43 mục 7.12', source: src('hd43-2025', 'mục 7.12'), certainty: 'secondary' },
  /** "theo hướng thực chất, tránh hình thức". */
  substance: { id: 'qd366.d15.thuc-chat', clause: 'QĐ 366 Điều 15', source: src('qd366-2025', 'Điều 15'), certainty: 'secondary' },
  /** "tiến hành vào dịp cuối năm và kết thúc trước ngày 31/12"; units with another calendar "trước ngày 15/01 năm sau". */
  season: {
    id: 'hd43.m4.1.season',
    clause: 'HD 43 mục 4.1 (kiểm điểm vào dịp cuối năm, xong trước 31/12; đơn vị đặc thù trước 15/01 năm sau)',
    source: src('hd43-2025', 'mục 4.1'),
    certainty: 'secondary',
  },
};
