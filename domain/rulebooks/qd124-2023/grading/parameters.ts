import type { RuleRef } from '../../../core/rule';
import type { Threshold } from '../../../grading/types';

/**
 * QĐ 124 Điều 12 + HD 25 thresholds (2023–2024), each with its clause. Percentages are 0–100.
 * Sources: shared/domain/regulations.md §3.1–3.2, the Hà Tĩnh seed (II.5 reproduces Điều 12, II.7 reproduces HD 25
 * mục 7), seed 002 for the exempt cases. The leaders' 70% clauses are [U] central-or-local (regulations.md §3.3).
 */
const REG = 'shared/domain/regulations.md';
const SEED = 'shared/seeds/001_bec40e6e803ec1a3.txt';
const ref = (id: string, clause: string, source: string, certainty: RuleRef['certainty'] = 'secondary'): RuleRef => ({
  id: `qd124.${id}`,
  clause,
  source,
  certainty,
});

export const QD124_RULES = {
  htxsnvPerson: ref('d12.htxsnv.person', 'QĐ 124 Điều 12 (Hoàn thành xuất sắc nhiệm vụ — cá nhân)', `${SEED} II.5.2.1; ${REG} §3.1`),
  httnvPerson: ref('d12.httnv.person', 'QĐ 124 Điều 12 (Hoàn thành tốt nhiệm vụ — cá nhân)', `${SEED} II.5.2.2; ${REG} §3.1`),
  htnvPerson: ref('d12.htnv.person', 'QĐ 124 Điều 12 (Hoàn thành nhiệm vụ — cá nhân)', `${SEED} II.5.2.3; ${REG} §3.1`),
  khtnvPerson: ref('d12.khtnv.person', 'QĐ 124 Điều 12 (Không hoàn thành nhiệm vụ — cá nhân)', `${SEED} II.5.2.4; ${REG} §3.1`),
  leaderUnits: ref('d12.leader-units', 'QĐ 124 Điều 12 (cán bộ lãnh đạo, quản lý — đơn vị thuộc quyền)', `${SEED} II.5.2; ${REG} §3.1, §3.3 [U]`, 'uncertain'),
  htxsnvCollective: ref('d12.htxsnv.collective', 'QĐ 124 Điều 12 (Hoàn thành xuất sắc nhiệm vụ — tập thể)', `${SEED} II.5.1.1; ${REG} §3.1`),
  httnvCollective: ref('d12.httnv.collective', 'QĐ 124 Điều 12 (Hoàn thành tốt nhiệm vụ — tập thể)', `${SEED} II.5.1.2; ${REG} §3.1`),
  htnvCollective: ref('d12.htnv.collective', 'QĐ 124 Điều 12 (Hoàn thành nhiệm vụ — tập thể)', `${SEED} II.5.1.3; ${REG} §3.1`),
  khtnvCollective: ref('d12.khtnv.collective', 'QĐ 124 Điều 12 (Không hoàn thành nhiệm vụ — tập thể)', `${SEED} II.5.1.4; ${REG} §3.1, §3.3`),
  quota: ref('d12.quota', 'QĐ 124 Điều 12 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)', `${SEED} II.5.2.1; ${REG} §3.1, §5 mục 5`),
  smallUnit: ref('hd25.7-17', 'HD 25 mục 7.17', `${SEED} II.7.17; ${REG} §3.2`),
  exempt: ref('d5.exempt', 'QĐ 124 Điều 5 (đối tượng miễn kiểm điểm)', `shared/seeds/002_28411ac97a99aa8a.txt; ${REG} §5 mục 2`),
  exemptNewMember: ref('d5.new-member', 'QĐ 124 Điều 5 (kết nạp chưa đủ 6 tháng)', `shared/seeds/002_28411ac97a99aa8a.txt; ${REG} §5 mục 2`, 'uncertain'),
  newPost: ref('hd25.7-12.new-post', 'HD 25 mục 7.11, 7.12', `${SEED} II.7.11–7.12; ${REG} §3.2`),
  timeWorked: ref('hd25.7-12.time-worked', 'HD 25 mục 7.12', `${SEED} II.7.12; ${REG} §3.2`),
  head: ref('hd25.7-15', 'HD 25 mục 7.15', `${SEED} II.7.15; ${REG} §3.2`),
  civilServantOrder: ref('hd25.7-3', 'HD 25 mục 7.3', `${SEED} II.7.3; ${REG} §3.2`),
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
  newMemberMonths: Threshold;
  sickLeaveMonths: Threshold;
  newPostMonths: Threshold;
}

const R = QD124_RULES;
export const QD124_PARAMS: Qd124Params = {
  exceededMinPercent: { value: 50, rule: R.htxsnvPerson },
  lateMaxPercent: { value: 20, rule: R.htnvPerson },
  notCompletedMaxPercent: { value: 50, rule: R.khtnvPerson },
  lowConfidenceMaxPercent: { value: 50, rule: R.khtnvPerson },
  /** Leader KHTNV: area under 70% (regulations.md §3.1 marks it [seed]). */
  areaCompletionMinPercent: { value: 70, rule: { ...R.khtnvPerson, id: 'qd124.d12.khtnv.area', certainty: 'uncertain' } },
  /** HTXSNV leader: ≥ 70% of units HTTNV+ (and 100% HTNV+); HTTNV/HTNV leader: ≥ 70% of units HTNV+. */
  leaderUnitsHttnvMinPercent: { value: 70, rule: R.leaderUnits },
  leaderUnitsHtnvMinPercent: { value: 70, rule: R.leaderUnits },
  collectiveTargetsMinPercent: { value: 50, rule: R.khtnvCollective },
  quotaPercent: { value: 20, rule: R.quota },
  smallUnitMembers: { value: 5, rule: R.smallUnit },
  newMemberMonths: { value: 6, rule: R.exemptNewMember },
  sickLeaveMonths: { value: 3, rule: R.timeWorked },
  newPostMonths: { value: 6, rule: R.newPost },
};
