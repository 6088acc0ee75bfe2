import { src } from '../../core/rule';
import type { RosterRules } from '../types';
import { QD124_PARAMS, QD124_RULES } from './grading/parameters';

/** What the unit head's roster check reads for 2023–2024 (quota, HD 25 7.17 small unit, head ≤ collective). */
export const roster: RosterRules = {
  quota: QD124_PARAMS.quotaPercent,
  smallUnit: { threshold: QD124_PARAMS.smallUnitMembers, defaultOn: true },
  head: { defaultMode: 'rule', rule: QD124_RULES.head },
  collectiveHtxsnv: QD124_RULES.htxsnvCollective,
  spreadBasis: QD124_RULES.htxsnvCollective,
  allGraded: { id: 'hd25.7-2', clause: 'HD 25 mục 7.2', source: src('hd25-2023', 'mục 7.2'), certainty: 'secondary' },
  exempt: QD124_RULES.exempt,
};
