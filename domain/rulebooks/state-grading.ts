import type { RuleRef } from '../core/rule';
import type { Occupation } from '../schemas/profile';
import { ref, src } from './ref';

/**
 * The state's own grading of a member who is a cán bộ, công chức or viên chức: it comes first, and its result is
 * the basis of the party grade (QĐ 366 Điều 3 khoản 4; HD 25 mục 7.3). Which decree applies depends on the review
 * year and on the occupation: NĐ 90/2020 until 2025; from 2026 NĐ 335/2025 for công chức only (catalogue
 * 'nd335-2025'), for viên chức NĐ 90/2020 until 30/6/2026 and NĐ 233/2026 from 01/7/2026. How each decree scores
 * (30 + 70 points, bands, triggers) is in state-scoring.ts. Look a rule up by its clause: `npm run -s cli -- rules "NĐ 335"`.
 */
export interface StateGradingRule {
  id: string;
  /** first and last review year the rule covers (inclusive; `toYear` absent = still in force). */
  fromYear: number;
  toYear?: number;
  occupations: readonly Occupation[];
  rule: RuleRef;
  text: string;
  /** what this decree says of a member who moved unit during the year (shown with the party rule on moving). */
  movedUnit?: { rule: RuleRef; text: string };
}


export const STATE_GRADING_RULES: readonly StateGradingRule[] = [
  {
    id: 'state.nd90-2020',
    fromYear: 2020,
    toYear: 2025,
    occupations: ['can-bo', 'cong-chuc', 'vien-chuc'],
    rule: ref('state.nd90-2020', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)', src('nd90-2020'), 'secondary'),
    text: 'Xếp loại cán bộ, công chức, viên chức theo NĐ 90/2020 (sửa đổi bởi NĐ 48/2023) trước ngày 15/12, trước khi xếp loại đảng viên.',
  },
  {
    id: 'state.nd335-2025.cong-chuc',
    fromYear: 2026,
    occupations: ['cong-chuc'],
    rule: ref('state.nd335-2025.cong-chuc', 'NĐ 335/2025/NĐ-CP Điều 21, Điều 23 khoản 3 (hiệu lực 01/01/2026)', src('nd335-2025', 'Điều 21, Điều 23 khoản 3'), 'secondary'),
    text: 'Từ năm 2026, công chức được xếp loại theo NĐ 335/2025 (chấm điểm theo tháng hoặc quý; xếp loại năm trước ngày 15/12, trước khi xếp loại đảng viên); kết quả đó dùng để xếp loại chất lượng đảng viên.',
    movedUnit: {
      rule: ref('state.nd335-2025.d21.chuyen-don-vi', 'NĐ 335/2025/NĐ-CP Điều 21 (công chức chuyển công tác)', src('nd335-2025', 'Điều 21'), 'secondary'),
      text: 'Công chức chuyển công tác trong năm: nơi mới đánh giá, xếp loại, dùng điểm các tháng, quý do nơi cũ gửi để tính điểm trung bình (NĐ 335/2025 Điều 21).',
    },
  },
  {
    id: 'state.vien-chuc-2026',
    fromYear: 2026,
    occupations: ['vien-chuc'],
    rule: ref('state.vien-chuc-2026', 'Luật Viên chức (sửa đổi), hiệu lực 01/7/2026; NĐ 335/2025 không áp dụng cho viên chức', src('luat-vien-chuc-2025'), 'uncertain'),
    text: 'Viên chức không thuộc NĐ 335/2025: đến 30/6/2026 theo NĐ 90/2020, từ 01/7/2026 theo NĐ 233/2026 (chưa đối chiếu văn bản); cách gộp hai nửa năm 2026 chưa rõ: hỏi đơn vị quản lý.',
  },
  {
    id: 'state.can-bo-2026',
    fromYear: 2026,
    occupations: ['can-bo'],
    rule: ref('state.can-bo-2026', 'NĐ 335/2025/NĐ-CP Điều 1 (phạm vi: công chức); cán bộ bầu cử, phê chuẩn: chưa tìm thấy', src('nd335-2025', 'Điều 1'), 'uncertain'),
    text: 'NĐ 335/2025 quy định đánh giá công chức; chưa tìm thấy văn bản áp dụng cho cán bộ (bầu cử, phê chuẩn) năm 2026: hỏi cơ quan quản lý.',
  },
];

/** The state grading rule for a review year and occupation, if the member is a cán bộ, công chức or viên chức. */
export function stateGradingFor(reviewYear: number, occupation: Occupation | undefined): StateGradingRule | undefined {
  if (!occupation) return undefined;
  return STATE_GRADING_RULES.find(
    (r) => r.occupations.includes(occupation) && reviewYear >= r.fromYear && (r.toYear === undefined || reviewYear <= r.toYear),
  );
}
