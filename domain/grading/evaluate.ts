import { GRADES, GRADE_LABELS, gradeRank, type Grade } from '../core/grade';
import type { RuleRef } from '../core/rule';
import type { CheckFacts } from '../schemas/case';
import { allOf, anyOf, gradeAtLeast } from '../conditions/facts';
import type { ConditionResult, GradingCondition, GradingContext, Tri } from './types';

/** Grades above KHTNV, highest first: each needs its own requirements and those of every grade below. */
const POSITIVE: readonly Grade[] = GRADES.filter((g) => g !== 'KHTNV');

export interface Evaluation {
  conditions: ConditionResult[];
  highestAllowed: Grade;
  highestPossible: Grade;
  /** no trigger holds, yet no grade's requirements can hold: the text leaves the case open. */
  gap: boolean;
  /** triggers not answered (their texts). */
  unknownTriggers: string[];
  /** triggers that hold but the competent level may weigh (self-detected, remedied). */
  mitigatedTriggers: string[];
}

export const applies = (c: GradingCondition, ctx: GradingContext, facts: CheckFacts): boolean =>
  (c.appliesTo.includes('all') || c.appliesTo.includes(ctx.subject)) && (c.when ? c.when(ctx, facts) : true);

const statusOf = (t: Tri): ConditionResult['status'] => (t === undefined ? 'unknown' : t ? 'met' : 'unmet');

/** Head ≤ own collective as requirements (2023 HD 25 7.15; 2025 only when the settings make it a rule). */
export function headConditions(rule: RuleRef): GradingCondition[] {
  return POSITIVE.map((grade) => ({
    rule,
    grade,
    kind: 'requirement' as const,
    appliesTo: ['leader'] as const,
    when: (ctx: GradingContext) => ctx.isHead,
    text: `Tập thể do mình đứng đầu được xếp loại từ "${GRADE_LABELS[grade]}" trở lên (mức của người đứng đầu không cao hơn mức của tập thể, trừ người mới chuyển đến)`,
    test: (f: CheckFacts) => (f.newlyArrivedHead ? true : gradeAtLeast(f.ownCollectiveGrade, grade)),
    whatWouldChange: 'Nhập mức xếp loại của tập thể do mình đứng đầu.',
  }));
}

const selfRemedied = (f: CheckFacts): boolean =>
  (f.discipline?.selfDetected === true && f.discipline?.remedied === true) || f.collective?.selfDetectedAndRemedied === true;

const MITIGATION_HINT =
  'Đã tự phát hiện, báo cáo và khắc phục xong hậu quả: cấp có thẩm quyền căn cứ hoàn cảnh, tính chất, mức độ vi phạm để xem xét, quyết định mức xếp loại.';

export function evaluate(all: readonly GradingCondition[], facts: CheckFacts, ctx: GradingContext): Evaluation {
  const list = all.filter((c) => applies(c, ctx, facts));
  const results: { c: GradingCondition; t: Tri }[] = list.map((c) => ({ c, t: c.test(facts, ctx) }));

  const reqOf = (g: Grade): Tri => allOf(...results.filter((r) => r.c.kind === 'requirement' && r.c.grade === g).map((r) => r.t));
  const triggers = results.filter((r) => r.c.kind === 'trigger');
  const trig = anyOf(...triggers.map((r) => r.t));

  // Nesting: walk up from HTNV, a grade holds only when every lower grade holds.
  const nested = new Map<Grade, Tri>();
  let below: Tri = true;
  for (const g of [...POSITIVE].reverse()) {
    below = allOf(below, reqOf(g));
    nested.set(g, below);
  }
  const highestAllowed = trig === true ? 'KHTNV' : (POSITIVE.find((g) => nested.get(g) === true) ?? 'KHTNV');
  const highestPossible = trig === true ? 'KHTNV' : (POSITIVE.find((g) => nested.get(g) !== false) ?? 'KHTNV');

  const remedied = selfRemedied(facts);
  const conditions: ConditionResult[] = results
    .slice()
    .sort((a, b) => gradeRank(b.c.grade) - gradeRank(a.c.grade))
    .map(({ c, t }) => {
      const status = statusOf(t);
      let hint: string | undefined;
      const show = c.kind === 'requirement' ? status !== 'met' : status !== 'unmet';
      if (show && c.whatWouldChange) hint = typeof c.whatWouldChange === 'string' ? c.whatWouldChange : c.whatWouldChange(facts, ctx);
      if (c.kind === 'trigger' && status === 'met' && c.mitigable && remedied) hint = MITIGATION_HINT;
      const r: ConditionResult = { grade: c.grade, clause: c.rule.clause, source: c.rule.source, status, text: c.text, certainty: c.rule.certainty };
      if (hint) r.whatWouldChange = hint;
      return r;
    });

  return {
    conditions,
    highestAllowed,
    highestPossible,
    gap: trig !== true && highestPossible === 'KHTNV',
    unknownTriggers: triggers.filter((r) => r.t === undefined).map((r) => r.c.text),
    mitigatedTriggers: remedied ? triggers.filter((r) => r.t === true && r.c.mitigable).map((r) => r.c.text) : [],
  };
}
