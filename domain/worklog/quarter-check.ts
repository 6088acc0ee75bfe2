import { GRADES, gradeRank, type Grade } from '../core/grade';
import type { ConditionResult } from '../grading/types';
import { GRADED_QUARTERS, QUARTER_BANDS, QUARTER_RULES, type QuarterRule } from '../rulebooks/quarterly-review';
import type { QuarterEvaluation } from '../schemas/quarter-evaluation';
import type { Rollup } from './rollup';

/**
 * The quarter check (issue 16): which grades the quarter rules allow and why, clause by clause, like the annual
 * check (domain/grading). The bands (90/70/50) and the local "dưới 100 %" rule come from the quarterly-review
 * rules; local rules can be switched off when the unit's guidance says otherwise (`local: false`).
 */
export interface QuarterCheckOptions {
  /** the quarter's rollup from the log (gives the completion share when the evaluation does not). */
  rollup?: Rollup;
  /** apply the local rules seen in 2026 guidances (default true; a unit's overlay may turn them off). */
  local?: boolean;
}

export interface QuarterCheckResult {
  year: number;
  quarter: number;
  /** Quarter IV is not graded on its own: it is merged into the year-end review. */
  outcome: 'graded' | 'merged-into-year';
  score: { general: number; results: number; total: number };
  band: Grade;
  completionPercent?: number;
  highestAllowed: Grade | null;
  proposed: Grade | null;
  proposedAllowed: boolean | null;
  conditions: ConditionResult[];
  notes: string[];
}

const cond = (q: QuarterRule, grade: Grade, status: ConditionResult['status'], text: string, whatWouldChange?: string): ConditionResult => ({
  grade,
  clause: q.rule.clause,
  source: q.rule.source,
  certainty: q.rule.certainty,
  status,
  text,
  ...(whatWouldChange ? { whatWouldChange } : {}),
});

/** The band of a total: ≥ 90 HTXSNV, ≥ 70 HTTNV, ≥ 50 HTNV, else KHTNV. */
export function quarterBand(total: number): Grade {
  if (total >= QUARTER_BANDS.HTXSNV) return 'HTXSNV';
  if (total >= QUARTER_BANDS.HTTNV) return 'HTTNV';
  if (total >= QUARTER_BANDS.HTNV) return 'HTNV';
  return 'KHTNV';
}

/** Completion of the quarter's tasks, percent: given, else from the log (done late still counts as done). */
export function completionOf(q: Pick<QuarterEvaluation, 'completionPercent'>, rollup?: Rollup): number | undefined {
  if (q.completionPercent !== undefined) return q.completionPercent;
  if (!rollup || rollup.total === 0) return undefined;
  return ((rollup.total - rollup.notCompleted) * 100) / rollup.total;
}

export function checkQuarter(q: QuarterEvaluation, opts: QuarterCheckOptions = {}): QuarterCheckResult {
  const local = opts.local ?? true;
  const general = q.scores.general.score;
  const results = q.scores.results.score;
  const total = Math.round((general + results) * 100) / 100;
  const band = quarterBand(total);
  const completion = completionOf(q, opts.rollup);
  const conditions: ConditionResult[] = [];
  const notes: string[] = [];
  const graded = GRADED_QUARTERS.includes(q.quarter);
  if (!graded) notes.push(`${QUARTER_RULES.gradedQuarters.text} (${QUARTER_RULES.gradedQuarters.rule.clause})`);

  for (const g of ['HTXSNV', 'HTTNV', 'HTNV'] as const) {
    const min = QUARTER_BANDS[g];
    conditions.push(cond(QUARTER_RULES.bands, g, total >= min ? 'met' : 'unmet', `Tổng điểm từ ${min} trở lên (đạt ${total}).`,
      total >= min ? undefined : `Cần thêm ${Math.round((min - total) * 100) / 100} điểm.`));
  }
  if (local) {
    const text = 'Hoàn thành 100% nhiệm vụ được giao trong quý (hoặc phần chưa hoàn thành do nguyên nhân khách quan, bất khả kháng).';
    const status: ConditionResult['status'] = q.objectiveCause ? 'met' : completion === undefined ? 'unknown' : completion >= 100 ? 'met' : 'unmet';
    const shown = completion === undefined ? '' : ` Đạt ${Math.round(completion * 10) / 10}%.`;
    for (const g of ['HTXSNV', 'HTTNV', 'HTNV'] as const)
      conditions.push(cond(QUARTER_RULES.underFull, g, status, text + shown,
        status === 'unmet' ? 'Nếu phần chưa hoàn thành do nguyên nhân khách quan, bất khả kháng, đánh dấu «objectiveCause».' : undefined));
  }

  const statusFor = (g: Grade) => conditions.filter((c) => c.grade === g).map((c) => c.status);
  const allowed = (g: Grade) => g === 'KHTNV' || statusFor(g).every((s) => s === 'met');
  const highestAllowed = GRADES.find(allowed) ?? null;
  const proposed = q.proposedGrade ?? null;
  let proposedAllowed: boolean | null = null;
  if (proposed) {
    const unknown = statusFor(proposed).includes('unknown') && !statusFor(proposed).includes('unmet');
    proposedAllowed = unknown ? null : highestAllowed !== null && gradeRank(proposed) <= gradeRank(highestAllowed);
  }
  notes.push(`Kết quả quý là căn cứ đánh giá năm (${QUARTER_RULES.d15k1.rule.clause}); ứng dụng không tính trung bình các quý.`);
  return {
    year: q.year,
    quarter: q.quarter,
    outcome: graded ? 'graded' : 'merged-into-year',
    score: { general, results, total },
    band,
    ...(completion === undefined ? {} : { completionPercent: completion }),
    highestAllowed,
    proposed,
    proposedAllowed,
    conditions,
    notes,
  };
}
