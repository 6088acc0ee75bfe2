import type { RuleRef } from '../core/rule';
import { ref, src } from './ref';

/**
 * The season's dates (issue 16) as data: quarter ends, the quarter report of cadres managed centrally, the công
 * chức annual grade (NĐ 335 Điều 21), the party review (HD 43 mục 4) and the dossiers sent upward. A date is a
 * day and month in the review year (`nextYear`: in the year after). `who` limits an item to leaders or to công
 * chức; absent = everyone. A unit's own deadlines come from its overlay and are passed in by the caller.
 * Look a rule up: `npm run -s cli -- rules "mục 4"`.
 */
export type SeasonAudience = 'leader' | 'cong-chuc' | 'reporting-body';

export interface SeasonDate {
  id: string;
  rule: RuleRef;
  /** what is due, Vietnamese. */
  label: string;
  month: number;
  day: number;
  nextYear?: boolean;
  who?: SeasonAudience;
}

const QUARTER_END_RULE = ref('season.kl198.het-quy', 'KL 198-KL/TW (đánh giá cán bộ định kỳ hằng quý): kết thúc quý', src('kl198-2025'), 'secondary');
const QUARTER_REPORT_RULE = ref('season.kl198.bao-cao-quy', 'KL 198-KL/TW: báo cáo kết quả đánh giá trước ngày 15 tháng cuối mỗi quý', src('kl198-2025'), 'secondary');

const quarterEnd = (q: 1 | 2 | 3 | 4, month: number, day: number): SeasonDate => ({
  id: `season.het-quy-${q}`,
  rule: QUARTER_END_RULE,
  label: `Hết quý ${['I', 'II', 'III', 'IV'][q - 1]}: tự đánh giá kết quả quý${q === 4 ? ' (Quý IV gộp vào kiểm điểm cuối năm)' : ''}`,
  month,
  day,
  who: 'leader',
});
const quarterReport = (q: 1 | 2 | 3, month: number): SeasonDate => ({
  id: `season.bao-cao-quy-${q}`,
  rule: QUARTER_REPORT_RULE,
  label: `Báo cáo kết quả đánh giá quý ${['I', 'II', 'III'][q - 1]} của cán bộ diện Bộ Chính trị, Ban Bí thư quản lý`,
  month,
  day: 15,
  who: 'reporting-body',
});

export const SEASON_DATES: readonly SeasonDate[] = [
  quarterReport(1, 3),
  quarterEnd(1, 3, 31),
  quarterReport(2, 6),
  quarterEnd(2, 6, 30),
  quarterReport(3, 9),
  quarterEnd(3, 9, 30),
  {
    id: 'season.nd335.xep-loai-cong-chuc',
    rule: ref('season.nd335.d21', 'NĐ 335/2025/NĐ-CP Điều 21 (xếp loại công chức trước ngày 15/12)', src('nd335-2025', 'Điều 21'), 'secondary'),
    label: 'Hạn xếp loại chất lượng công chức của năm (trước khi xếp loại đảng viên)',
    month: 12,
    day: 15,
    who: 'cong-chuc',
  },
  quarterEnd(4, 12, 31),
  {
    id: 'season.hd43.xong-kiem-diem',
    rule: ref('season.hd43.m4.truoc-31-12', 'HD 43-HD/BTCTW mục 4 (hoàn thành kiểm điểm trước ngày 31/12)', src('hd43-2025', 'mục 4'), 'secondary'),
    label: 'Hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng năm',
    month: 12,
    day: 31,
  },
  {
    id: 'season.hd43.gui-ho-so',
    rule: ref('season.hd43.m4.truoc-01-02', 'HD 43-HD/BTCTW mục 4 (gửi hồ sơ, báo cáo lên cấp trên trước ngày 01/02 năm sau)', src('hd43-2025', 'mục 4'), 'secondary'),
    label: 'Gửi báo cáo, hồ sơ kết quả kiểm điểm, xếp loại lên cấp trên',
    month: 2,
    day: 1,
    nextYear: true,
  },
];
