import { src, type RuleRef, type SourceRef } from '../../../core/rule';
import type { Threshold } from '../../../conditions/types';

/**
 * QĐ 124 Điều 12 + HD 25 thresholds (2023–2024), each with its clause. Percentages are 0–100.
 * Read in the Hà Tĩnh city guidance of 2023, which reproduces Điều 12 (its II.5) and HD 25 mục 7 (its II.7).
 * Whether the leaders' 70% clauses are central or local is not known (marked uncertain).
 */
const ref = (id: string, clause: string, source: SourceRef, certainty: RuleRef['certainty'] = 'secondary'): RuleRef => ({
  id: `qd124.${id}`,
  clause,
  source,
  certainty,
});

export const QD124_RULES = {
  htxsnvPerson: ref('d12.htxsnv.person', 'QĐ 124 Điều 12 (Hoàn thành xuất sắc nhiệm vụ — cá nhân)', src('qd124-2023', 'Điều 12')),
  httnvPerson: ref('d12.httnv.person', 'QĐ 124 Điều 12 (Hoàn thành tốt nhiệm vụ — cá nhân)', src('qd124-2023', 'Điều 12')),
  htnvPerson: ref('d12.htnv.person', 'QĐ 124 Điều 12 (Hoàn thành nhiệm vụ — cá nhân)', src('qd124-2023', 'Điều 12')),
  khtnvPerson: ref('d12.khtnv.person', 'QĐ 124 Điều 12 (Không hoàn thành nhiệm vụ — cá nhân)', src('qd124-2023', 'Điều 12')),
  leaderUnits: ref('d12.leader-units', 'QĐ 124 Điều 12 (cán bộ lãnh đạo, quản lý — đơn vị thuộc quyền)', src('qd124-2023', 'Điều 12'), 'uncertain'),
  htxsnvCollective: ref('d12.htxsnv.collective', 'QĐ 124 Điều 12 (Hoàn thành xuất sắc nhiệm vụ — tập thể)', src('qd124-2023', 'Điều 12')),
  httnvCollective: ref('d12.httnv.collective', 'QĐ 124 Điều 12 (Hoàn thành tốt nhiệm vụ — tập thể)', src('qd124-2023', 'Điều 12')),
  htnvCollective: ref('d12.htnv.collective', 'QĐ 124 Điều 12 (Hoàn thành nhiệm vụ — tập thể)', src('qd124-2023', 'Điều 12')),
  khtnvCollective: ref('d12.khtnv.collective', 'QĐ 124 Điều 12 (Không hoàn thành nhiệm vụ — tập thể)', src('qd124-2023', 'Điều 12')),
  quota: ref('d12.quota', 'QĐ 124 Điều 12 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)', src('qd124-2023', 'Điều 12')),
  smallUnit: ref('hd25.7-17', 'HD 25 mục 7.17', src('hd25-2023', 'mục 7.17')),
  exempt: ref('d5.exempt', 'QĐ 124 Điều 5 (đối tượng miễn kiểm điểm)', src('qd124-2023', 'Điều 5')),
  head: ref('hd25.7-15', 'HD 25 mục 7.15', src('hd25-2023', 'mục 7.15')),
  civilServantOrder: ref('hd25.7-3', 'HD 25 mục 7.3', src('hd25-2023', 'mục 7.3')),
} as const;

export interface Qd124Params {
  exceededMinPercent: Threshold;
  lateMaxPercent: Threshold;
  notCompletedMaxPercent: Threshold;
  lowConfidenceMaxPercent: Threshold;
  areaCompletionMinPercent: Threshold;
  leaderUnitsHttnvMinPercent: Threshold;
  leaderUnitsHtnvMinPercent: Threshold;
  collectiveTargetsMinPercent: Threshold;
  quotaPercent: Threshold;
  smallUnitMembers: Threshold;
}

const R = QD124_RULES;
export const QD124_PARAMS: Qd124Params = {
  exceededMinPercent: { value: 50, rule: R.htxsnvPerson },
  lateMaxPercent: { value: 20, rule: R.htnvPerson },
  notCompletedMaxPercent: { value: 50, rule: R.khtnvPerson },
  lowConfidenceMaxPercent: { value: 50, rule: R.khtnvPerson },
  /** Leader KHTNV: area under 70% (read in the Hà Tĩnh guidance only; not confirmed in a central text). */
  areaCompletionMinPercent: { value: 70, rule: { ...R.khtnvPerson, id: 'qd124.d12.khtnv.area', certainty: 'uncertain' } },
  /** HTXSNV leader: ≥ 70% of units HTTNV+ (and 100% HTNV+); HTTNV/HTNV leader: ≥ 70% of units HTNV+. */
  leaderUnitsHttnvMinPercent: { value: 70, rule: R.leaderUnits },
  leaderUnitsHtnvMinPercent: { value: 70, rule: R.leaderUnits },
  collectiveTargetsMinPercent: { value: 50, rule: R.khtnvCollective },
  quotaPercent: { value: 20, rule: R.quota },
  smallUnitMembers: { value: 5, rule: R.smallUnit },
};
