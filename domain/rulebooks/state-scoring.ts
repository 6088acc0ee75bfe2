import type { RuleRef } from '../core/rule';
import type { StateRegime } from '../schemas/state-evaluation';
import { ref, src } from './ref';

/**
 * How the state scores a công chức (NĐ 335/2025, from 01/01/2026) and a viên chức (NĐ 233/2026, from 01/7/2026;
 * before that NĐ 90/2020, which has no 100-point scale): general criteria 30 points + task results 70 points, the
 * 70 computed from percentages (quantity, quality, progress; for managers also unit results, organising and
 * rallying ability), grade bands 90/70/50 and the triggers of "không hoàn thành nhiệm vụ". Extends
 * state-grading.ts (which decree applies to whom); the official texts were not available: NĐ 335 as quoted by the
 * press and two local implementations (secondary), NĐ 233 only through implementations (uncertain).
 * Look a rule up: `npm run -s cli -- rules "NĐ 335"`, `rules "NĐ 233"`.
 */
export interface StateScoringRules {
  regime: StateRegime;
  /** from (inclusive) and to (inclusive) dates of the periods the decree scores. */
  from: string;
  to?: string;
  /** null: the decree has no points scale (NĐ 90/2020). */
  scale: { general: number; results: number; bands: { HTXSNV: number; HTTNV: number; HTNV: number } } | null;
  formula?: { rule: RuleRef; text: string };
  bands?: { rule: RuleRef; text: string };
  triggers?: { rule: RuleRef; text: string; manager: RuleRef };
  timing?: { rule: RuleRef; text: string };
  /** what is not settled for this decree. */
  caveat?: { rule: RuleRef; text: string };
}

const SCALE = { general: 30, results: 70, bands: { HTXSNV: 90, HTTNV: 70, HTNV: 50 } } as const;

export const STATE_SCORING: readonly StateScoringRules[] = [
  {
    regime: 'nd335-2025',
    from: '2026-01-01',
    scale: SCALE,
    formula: {
      rule: ref('state.nd335.d16.cong-thuc', 'NĐ 335/2025/NĐ-CP Điều 16 (điểm kết quả thực hiện nhiệm vụ)', src('nd335-2025', 'Điều 16 khoản 1, 2'), 'secondary'),
      text: 'Điểm kết quả = (a + b + c) ÷ 3 × 70 với a, b, c là tỉ lệ số lượng, chất lượng, tiến độ; người lãnh đạo, quản lý: (a + b + c + d + đ + e) ÷ 6 × 70, thêm kết quả đơn vị, năng lực tổ chức, năng lực tập hợp.',
    },
    bands: {
      rule: ref('state.nd335.d20.k1-3', 'NĐ 335/2025/NĐ-CP Điều 20 khoản 1, 2, 3 (mức xếp loại theo điểm)', src('nd335-2025', 'Điều 20 khoản 1–3'), 'secondary'),
      text: 'Hoàn thành xuất sắc nhiệm vụ từ 90 điểm; hoàn thành tốt từ 70 đến dưới 90; hoàn thành nhiệm vụ từ 50 đến dưới 70.',
    },
    triggers: {
      rule: ref('state.nd335.d20.k4', 'NĐ 335/2025/NĐ-CP Điều 20 khoản 4 (không hoàn thành nhiệm vụ)', src('nd335-2025', 'Điều 20 khoản 4'), 'secondary'),
      text: 'Không hoàn thành nhiệm vụ khi: dưới 50 điểm; bị kết luận có biểu hiện suy thoái, vi phạm điều đảng viên không được làm, trách nhiệm nêu gương; bị kỷ luật từ khiển trách trở lên trong năm vì vi phạm trong công vụ.',
      manager: ref('state.nd335.d20.k4.d', 'NĐ 335/2025/NĐ-CP Điều 20 khoản 4 điểm d (lãnh đạo, quản lý)', src('nd335-2025', 'Điều 20 khoản 4 điểm d'), 'secondary'),
    },
    timing: {
      rule: ref('state.nd335.d21.truoc-15-12', 'NĐ 335/2025/NĐ-CP Điều 21 (xếp loại năm trước ngày 15/12)', src('nd335-2025', 'Điều 21'), 'secondary'),
      text: 'Xếp loại công chức năm trước ngày 15/12, trước khi đánh giá, xếp loại đảng viên.',
    },
  },
  {
    regime: 'nd90-2020',
    from: '2020-01-01',
    to: '2026-06-30',
    scale: null,
    caveat: {
      rule: ref('state.nd90.vien-chuc-den-30-6-2026', 'NĐ 90/2020/NĐ-CP (viên chức đến 30/6/2026)', src('nd90-2020'), 'secondary'),
      text: 'NĐ 90/2020 xếp loại theo tiêu chí, không theo thang 100 điểm: ứng dụng không tính mức từ điểm cho kỳ này.',
    },
  },
  {
    regime: 'nd233-2026',
    from: '2026-07-01',
    scale: SCALE,
    formula: {
      rule: ref('state.nd233.d11.tieu-chi', 'NĐ 233/2026/NĐ-CP Điều 11 khoản 1, 2 (tiêu chí kết quả)', src('nd233-2026', 'Điều 11 khoản 1, 2'), 'uncertain'),
      text: 'Kết quả thực hiện nhiệm vụ theo số lượng, chất lượng, tiến độ; người quản lý thêm kết quả đơn vị, năng lực tổ chức, năng lực tập hợp (như NĐ 335; chưa đối chiếu văn bản).',
    },
    bands: {
      rule: ref('state.nd233.d12.muc', 'NĐ 233/2026/NĐ-CP Điều 12 (mức xếp loại viên chức)', src('nd233-2026', 'Điều 12'), 'uncertain'),
      text: 'Bốn mức theo thang 30 + 70 điểm, ngưỡng 90/70/50 và các trường hợp không hoàn thành nhiệm vụ (theo các đơn vị áp dụng; chưa đối chiếu văn bản).',
    },
    triggers: {
      rule: ref('state.nd233.d12.khtnv', 'NĐ 233/2026/NĐ-CP Điều 12 (không hoàn thành nhiệm vụ)', src('nd233-2026', 'Điều 12'), 'uncertain'),
      text: 'Không hoàn thành nhiệm vụ khi dưới 50 điểm hoặc thuộc các trường hợp loại trừ (kỷ luật, suy thoái…) — nội dung chi tiết chưa đối chiếu.',
      manager: ref('state.nd233.d12.k7', 'NĐ 233/2026/NĐ-CP Điều 12 khoản 7 (người đứng đầu không cao hơn đơn vị)', src('nd233-2026', 'Điều 12 khoản 7'), 'uncertain'),
    },
    caveat: {
      rule: ref('state.nd233.nam-2026', 'NĐ 233/2026/NĐ-CP (hiệu lực 01/7/2026): năm 2026 chia hai nửa', src('nd233-2026'), 'uncertain'),
      text: 'Năm 2026: 01/01–30/6 theo NĐ 90/2020, từ 01/7 theo NĐ 233/2026; cách gộp hai nửa năm chưa tìm thấy văn bản — hỏi đơn vị quản lý.',
    },
  },
];

export const stateScoringFor = (regime: StateRegime): StateScoringRules => STATE_SCORING.find((s) => s.regime === regime)!;
