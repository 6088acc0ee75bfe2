import type { RuleRef } from '../core/rule';
import { ref, src } from './ref';
import { special } from './qd366-2025/special';

/**
 * The quarterly evaluation of leaders and managers (issue 16), as data. Central: KL 198-KL/TW decides it, HD 43
 * sets it (quarters I–III graded, quarter IV merged into the year-end review; Q1–Q3 grades and the Q4 task results
 * are the basis of the year), QĐ 366 Điều 15 khoản 1 makes quarter results a basis of the year. No text found
 * averages quarter grades, so nothing here does. Local rules seen in several 2026 guidances (probably from HD 02-HD/BTCTW,
 * whose text was not found) are marked `uncertain`; a unit's overlay confirms or changes them.
 * Look a rule up by its clause: `npm run -s cli -- rules "Điều 15"`, `rules "Mẫu 05"`.
 */
export interface QuarterRule {
  id: string;
  rule: RuleRef;
  /** what the rule says, in our words (shown beside the check). */
  text: string;
  /** central (KL 198, HD 43, QĐ 366) or a local rule probably from HD 02 that an overlay may confirm or change. */
  scope: 'central' | 'local';
}

const r = (id: string, clause: string, source: ReturnType<typeof src>, certainty: RuleRef['certainty'], scope: QuarterRule['scope'], text: string): QuarterRule => ({
  id,
  rule: ref(id, clause, source, certainty),
  text,
  scope,
});

export const QUARTER_RULES = {
  /** KL 198: leaders and managers are evaluated every quarter (and every year, and when needed). */
  quarterly: r('quarter.kl198.hang-quy', 'KL 198-KL/TW (đánh giá cán bộ định kỳ hằng quý)', src('kl198-2025'), 'secondary', 'central',
    'Cán bộ lãnh đạo, quản lý được đánh giá định kỳ hằng quý, hằng năm và đột xuất khi có yêu cầu; đối tượng khác do cấp có thẩm quyền quyết định.'),
  /** HD 43: grade Q1–Q3; Q4 is not graded on its own but merged into the year-end review. */
  gradedQuarters: r('quarter.hd43.q1-q3', 'HD 43-HD/BTCTW (đánh giá hằng quý): xếp loại Quý I, II, III; Quý IV gộp vào cuối năm', src('hd43-2025', 'phần đánh giá định kỳ hằng quý'), 'secondary', 'central',
    'Đánh giá, đề xuất mức xếp loại Quý I, Quý II, Quý III; Quý IV không xếp loại riêng mà gộp vào kiểm điểm, đánh giá, xếp loại cuối năm.'),
  /** HD 43: the Q1–Q3 grades and the Q4 task results are the basis of the year grade (within the quota). */
  yearBasis: r('quarter.hd43.can-cu-nam', 'HD 43-HD/BTCTW (đánh giá hằng quý): kết quả Quý I–III và nhiệm vụ Quý IV là căn cứ xếp loại năm', src('hd43-2025', 'phần đánh giá định kỳ hằng quý'), 'secondary', 'central',
    'Kết quả xếp loại Quý I, II, III và kết quả thực hiện nhiệm vụ Quý IV là căn cứ để đánh giá, đề xuất mức xếp loại cả năm, bảo đảm tỉ lệ theo quy định.'),
  /** QĐ 366 Điều 15 khoản 1: quarter results are a basis of the annual evaluation. */
  d15k1: {
    id: 'qd366.d15.k1',
    // the same record the rulebook's special cases carry (domain/rulebooks/qd366-2025/special.ts), not a copy.
    rule: special.find((s) => s.id === 'qd366.d15.k1')!.rule,
    text: 'Kết quả đánh giá hằng quý được dùng làm căn cứ đánh giá hằng năm và phục vụ công tác cán bộ khi cần thiết.',
    scope: 'central',
  },
  /** HD 43 Mẫu 05: the form of the quarter (and year) self-evaluation; its printed text was not found. */
  mau05: r('quarter.hd43.mau05', 'HD 43-HD/BTCTW Mẫu 05-HD KĐ.ĐG (Bản tự đánh giá, xếp loại của cá nhân Quý, Năm)', src('hd43-2025', 'Mẫu 05'), 'uncertain', 'central',
    'Mẫu 05 là bản tự đánh giá, xếp loại của cá nhân theo quý, năm; bố cục trong ứng dụng dựng lại theo các mẫu quý của địa phương năm 2026, chưa đối chiếu mẫu gốc.'),
  /** Quarter bands: the same 90/70/50 points as the year, as the local quarterly forms use them. */
  bands: r('quarter.hd02.muc-diem', 'HD 02-HD/BTCTW (theo hướng dẫn địa phương): mức xếp loại quý theo điểm 90/70/50', src('hd02-2026', 'mức xếp loại hằng quý'), 'uncertain', 'local',
    'Xếp loại quý theo tổng điểm: từ 90 điểm HTXSNV, từ 70 điểm HTTNV, từ 50 điểm HTNV, dưới 50 điểm KHTNV (như thang điểm năm).'),
  /** Local: under 100 % of the quarter's tasks → KHTNV for the quarter, unless the cause is objective. Quarter only. */
  underFull: r('quarter.hd02.duoi-100', 'HD 02-HD/BTCTW (theo hướng dẫn địa phương): hoàn thành dưới 100% nhiệm vụ trong quý thì KHTNV quý', src('hd02-2026', 'xếp loại hằng quý'), 'uncertain', 'local',
    'Hoàn thành dưới 100% nhiệm vụ được giao trong quý (do nguyên nhân chủ quan) thì xếp loại quý «Không hoàn thành nhiệm vụ»; không áp dụng cho cả năm nếu không có văn bản của đơn vị.'),
  /** Local: one KHTNV quarter bars HTXSNV for the year. */
  oneKhtnvBarsHtxs: r('quarter.hd02.mot-quy-khtnv', 'HD 02-HD/BTCTW (theo hướng dẫn địa phương): có 01 quý KHTNV thì cả năm không xếp loại HTXSNV', src('hd02-2026', 'sử dụng kết quả quý'), 'uncertain', 'local',
    'Có 01 quý xếp loại «Không hoàn thành nhiệm vụ» thì không được xếp loại «Hoàn thành xuất sắc nhiệm vụ» cả năm.'),
  /** Local: two consecutive KHTNV quarters → reported for replacement or transfer. */
  twoKhtnvReported: r('quarter.hd02.hai-quy-khtnv', 'HD 02-HD/BTCTW (theo hướng dẫn địa phương): 02 quý liên tiếp KHTNV thì báo cáo xem xét thay thế, điều chuyển', src('hd02-2026', 'sử dụng kết quả quý'), 'uncertain', 'local',
    'Cán bộ xếp loại «Không hoàn thành nhiệm vụ» từ 02 quý liên tiếp trở lên được báo cáo cấp có thẩm quyền xem xét thay thế, điều chuyển.'),
} as const satisfies Record<string, QuarterRule>;

/** Points of the quarter bands (same as the year's 90/70/50): data for the quarter check, never literals elsewhere. */
export const QUARTER_BANDS = { HTXSNV: 90, HTTNV: 70, HTNV: 50 } as const;
/** Quarters graded on their own (quarter IV merged into the year). */
export const GRADED_QUARTERS: readonly number[] = [1, 2, 3];
/** Consecutive KHTNV quarters that are reported. */
export const CONSECUTIVE_KHTNV_REPORTED = 2;

export const listQuarterRules = (): QuarterRule[] => Object.values(QUARTER_RULES);
