import { src, type RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import type { Threshold } from '../grading/types';
import { QD124_PARAMS, QD124_RULES } from '../rulebooks/qd124-2023/grading/parameters';
import { QD366_PARAMS, QD366_RULES } from '../rulebooks/qd366-2025/grading/parameters';

/** What the roster check reads from a rulebook. */
export interface RosterRules {
  quota: Threshold;
  /** up to 25% for an outstanding unit (2025 only). */
  outstanding?: Threshold;
  /** fewer than N graded, all HTTNV → one HTXSNV (HD 25 7.17); default on or off. */
  smallUnit: { threshold: Threshold; defaultOn: boolean };
  head: { defaultMode: 'rule' | 'warning'; rule: RuleRef };
  /** collective HTXSNV: no subordinate unit disciplined. */
  collectiveHtxsnv: RuleRef;
  /** the party organisation's grade rests on its members' grades. */
  spreadBasis: RuleRef;
  /** who is reviewed is graded; excluded members (exempt) are out of the counts. */
  allGraded: RuleRef;
  exempt: RuleRef;
}

const SMALL_2025: Threshold = {
  value: 5,
  rule: {
    id: 'qd366.small-unit',
    clause: 'HD 25 mục 7.17 (năm 2025: chưa tìm thấy trong HD 43)',
    source: src('hd25-2023', 'mục 7.17'),
    certainty: 'uncertain',
  },
};

export const ROSTER_RULES: Partial<Record<RulebookId, RosterRules>> = {
  'qd366-2025': {
    quota: QD366_PARAMS.quotaPercent,
    outstanding: QD366_PARAMS.quotaOutstandingPercent,
    smallUnit: { threshold: SMALL_2025, defaultOn: false },
    head: { defaultMode: 'warning', rule: QD366_RULES.headLink },
    collectiveHtxsnv: QD366_RULES.htxsnv,
    spreadBasis: {
      id: 'hd43.m3.party-org',
      clause: 'HD 43 Mục 3 (xếp loại tổ chức đảng)',
      source: src('hd43-2025', 'mục 3'),
      certainty: 'secondary',
    },
    allGraded: {
      id: 'qd366.d3.all-graded',
      clause: 'QĐ 366 Điều 3 (được kiểm điểm thì phải đánh giá, xếp loại)',
      source: src('qd366-2025', 'Điều 3'),
      certainty: 'secondary',
    },
    exempt: QD366_RULES.exempt,
  },
  'qd124-2023': {
    quota: QD124_PARAMS.quotaPercent,
    smallUnit: { threshold: QD124_PARAMS.smallUnitMembers, defaultOn: true },
    head: { defaultMode: 'rule', rule: QD124_RULES.head },
    collectiveHtxsnv: QD124_RULES.htxsnvCollective,
    spreadBasis: QD124_RULES.htxsnvCollective,
    allGraded: {
      id: 'hd25.7-2',
      clause: 'HD 25 mục 7.2',
      source: src('hd25-2023', 'mục 7.2'),
      certainty: 'secondary',
    },
    exempt: QD124_RULES.exempt,
  },
};
