import { src, type RuleRef, type SourceRef } from '../../../core/rule';
import type { Threshold } from '../../../conditions/types';

/**
 * QĐ 366 Điều 11 thresholds (2025 →), each with its clause. Percentages are 0–100.
 * Read in secondary copies that quote QĐ 366 Điều 5 and 11 and HD 43 mục 7 clause by clause.
 */
const ref = (id: string, clause: string, source: SourceRef, certainty: RuleRef['certainty'] = 'secondary'): RuleRef => ({
  id: `qd366.${id}`,
  clause,
  source,
  certainty,
});

export const QD366_RULES = {
  htxsnv: ref('d11.htxsnv', 'QĐ 366 Điều 11 (Hoàn thành xuất sắc nhiệm vụ)', src('qd366-2025', 'Điều 11')),
  httnv: ref('d11.httnv', 'QĐ 366 Điều 11 (Hoàn thành tốt nhiệm vụ)', src('qd366-2025', 'Điều 11')),
  htnv: ref('d11.htnv', 'QĐ 366 Điều 11 (Hoàn thành nhiệm vụ)', src('qd366-2025', 'Điều 11')),
  khtnv: ref('d11.khtnv', 'QĐ 366 Điều 11 (Không hoàn thành nhiệm vụ)', src('qd366-2025', 'Điều 11')),
  /** The collective KHTNV list is one source, headed "tập thể lãnh đạo, quản lý" (§8.1 item 6: binds cấp ủy?). */
  khtnvCollective: ref('d11.khtnv.collective', 'QĐ 366 Điều 11 (Không hoàn thành nhiệm vụ — tập thể lãnh đạo, quản lý)', src('qd366-2025', 'Điều 11'), 'uncertain'),
  quota: ref('d11.quota', 'QĐ 366 Điều 11 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)', src('qd366-2025', 'Điều 11')),
  exempt: ref('d5.k2.exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1')),
  headLink: ref('d3.head-link', 'QĐ 366 Điều 3 (gắn kết quả người đứng đầu với đơn vị)', src('qd366-2025', 'Điều 3'), 'uncertain'),
  civilServantBasis: ref('d3.civil-servant-basis', 'QĐ 366 Điều 3 (kết quả xếp loại CBCCVC là cơ sở)', src('qd366-2025', 'Điều 3')),
  lateDiscipline: ref('d11.notes', 'QĐ 366 Điều 11 (Một số trường hợp cần lưu ý)', src('qd366-2025', 'Điều 11')),
} as const;

export interface Qd366Params {
  htxsnvMinScore: Threshold;
  httnvMinScore: Threshold;
  htnvMinScore: Threshold;
  exceededMinPercent: Threshold;
  lateMaxPercent: Threshold;
  notCompletedMaxPercent: Threshold;
  lowConfidenceMaxPercent: Threshold;
  areaCompletionMinPercent: Threshold;
  unitsKhtnvMaxPercent: Threshold;
  basicTargetsMissed: Threshold;
  quotaPercent: Threshold;
  quotaOutstandingPercent: Threshold;
}

const R = QD366_RULES;
export const QD366_PARAMS: Qd366Params = {
  htxsnvMinScore: { value: 90, rule: R.htxsnv },
  httnvMinScore: { value: 70, rule: R.httnv },
  htnvMinScore: { value: 50, rule: R.htnv },
  exceededMinPercent: { value: 30, rule: R.htxsnv },
  lateMaxPercent: { value: 20, rule: R.htnv },
  notCompletedMaxPercent: { value: 50, rule: R.khtnv },
  lowConfidenceMaxPercent: { value: 50, rule: R.khtnv },
  areaCompletionMinPercent: { value: 70, rule: R.khtnv },
  /** "không hoàn thành 5 chỉ tiêu KT-XH cơ bản": read literally as all five missed; uncertain. */
  basicTargetsMissed: {
    value: 5,
    rule: { ...R.khtnv, id: 'qd366.d11.khtnv.basic-targets', certainty: 'uncertain' },
  },
  unitsKhtnvMaxPercent: { value: 50, rule: R.khtnv },
  quotaPercent: { value: 20, rule: R.quota },
  quotaOutstandingPercent: { value: 25, rule: R.quota },
};
