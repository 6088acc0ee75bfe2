import { src } from '../../core/rule';
import type { RosterRules } from '../types';
import { QD366_PARAMS, QD366_RULES } from './grading/parameters';

/** What the unit head's roster check reads for 2025 → (quota, small unit, head vs collective, party organisation). */
export const roster: RosterRules = {
  quota: QD366_PARAMS.quotaPercent,
  outstanding: QD366_PARAMS.quotaOutstandingPercent,
  smallUnit: {
    threshold: {
      value: 5,
      rule: { id: 'qd366.small-unit', clause: 'HD 25 mục 7.17 (năm 2025: chưa tìm thấy trong HD 43)', source: src('hd25-2023', 'mục 7.17'), certainty: 'uncertain' },
    },
    defaultOn: false,
  },
  head: { defaultMode: 'warning', rule: QD366_RULES.headLink },
  collectiveHtxsnv: QD366_RULES.htxsnv,
  spreadBasis: { id: 'hd43.m3.party-org', clause: 'HD 43 Mục 3 (xếp loại tổ chức đảng)', source: src('hd43-2025', 'mục 3'), certainty: 'secondary' },
  allGraded: {
    id: 'qd366.d3.all-graded',
    clause: 'QĐ 366 Điều 3 (được kiểm điểm thì phải đánh giá, xếp loại)',
    source: src('qd366-2025', 'Điều 3'),
    certainty: 'secondary',
  },
  exempt: QD366_RULES.exempt,
};
