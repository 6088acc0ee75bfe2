import type { Grade } from '../core/grade';
import type { RuleRef } from '../core/rule';
import { QD366_RULES } from '../rulebooks/qd366-2025/grading/parameters';
import type { StateEvaluation } from '../schemas/state-evaluation';
import { checkState, type StateCheckResult } from './state-check';

/**
 * The state evaluation that is the basis of the party grade (QĐ 366 Điều 3; NĐ 335 Điều 23.3): of the year's
 * kept state evaluations, the one of the whole year, else the latest that ends in the year. Its grade is the one
 * proposed on the phiếu, else the band the points reach; `self` says it is the person's own evaluation, not yet
 * the agency's decision.
 */
export interface StateBasis {
  evaluation: StateEvaluation;
  check: StateCheckResult;
  grade: Grade | null;
  wholeYear: boolean;
  self: true;
  rule: RuleRef;
}

export function stateBasisOfYear(evaluations: readonly StateEvaluation[], year: number): StateBasis | undefined {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = evaluations.filter((s) => s.period.to >= from && s.period.to <= to);
  const whole = inYear.find((s) => s.period.from === from && s.period.to === to);
  const evaluation = whole ?? [...inYear].sort((a, b) => (a.period.to < b.period.to ? 1 : -1))[0];
  if (!evaluation) return undefined;
  const check = checkState(evaluation);
  return { evaluation, check, grade: evaluation.proposedGrade ?? check.grade, wholeYear: !!whole, self: true, rule: QD366_RULES.civilServantBasis };
}
