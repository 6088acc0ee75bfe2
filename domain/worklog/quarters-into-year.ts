import { GRADES, type Grade } from '../core/grade';
import type { ConditionResult } from '../grading/types';
import { CONSECUTIVE_KHTNV_REPORTED, GRADED_QUARTERS, QUARTER_RULES } from '../rulebooks/quarterly-review';
import type { QuarterSet } from '../schemas/quarter-evaluation';

/**
 * The annual view of the quarters (issue 16): the grade of each quarter (decided, else proposed), what the rules
 * make of them for the year, clause by clause, and what is reported. Central rules only say the quarters are the
 * basis of the year (HD 43; QĐ 366 Điều 15 khoản 1): no text averages them, so the year grade is never computed
 * from them here. The local rules (one KHTNV quarter bars HTXSNV; two consecutive KHTNV quarters are reported)
 * apply unless `local: false`.
 */
export interface QuarterLine {
  quarter: 1 | 2 | 3 | 4;
  grade: Grade | null;
  /** where the grade comes from. */
  basis: 'decided' | 'proposed' | 'missing' | 'merged-into-year';
}

export interface QuartersIntoYearResult {
  year: number;
  quarters: QuarterLine[];
  /** the highest year grade the quarter rules leave open (the annual check applies its own conditions too). */
  highestAllowed: Grade;
  proposed: Grade | null;
  proposedAllowed: boolean | null;
  conditions: ConditionResult[];
  /** runs of consecutive KHTNV quarters long enough to be reported, e.g. [[1, 2]]. */
  reported: number[][];
  notes: string[];
}

export function quartersIntoYear(set: QuarterSet, opts: { local?: boolean } = {}): QuartersIntoYearResult {
  const local = opts.local ?? true;
  const quarters: QuarterLine[] = ([1, 2, 3, 4] as const).map((n) => {
    const q = set.quarters.find((x) => x.quarter === n);
    if (!GRADED_QUARTERS.includes(n)) return { quarter: n, grade: q?.decidedGrade ?? null, basis: q?.decidedGrade ? 'decided' : 'merged-into-year' };
    if (q?.decidedGrade) return { quarter: n, grade: q.decidedGrade, basis: 'decided' };
    if (q?.proposedGrade) return { quarter: n, grade: q.proposedGrade, basis: 'proposed' };
    return { quarter: n, grade: null, basis: 'missing' };
  });
  const graded = quarters.filter((q) => q.grade !== null);
  const missing = quarters.filter((q) => q.basis === 'missing').map((q) => q.quarter);
  const conditions: ConditionResult[] = [];
  const notes: string[] = [
    `${QUARTER_RULES.yearBasis.text} (${QUARTER_RULES.yearBasis.rule.clause}; ${QUARTER_RULES.d15k1.rule.clause}).`,
    'Không có văn bản nào quy định lấy trung bình mức xếp loại các quý: ứng dụng không tính trung bình.',
  ];
  if (missing.length > 0) notes.push(`Chưa có mức xếp loại quý ${missing.join(', ')}.`);
  if (quarters.some((q) => q.basis === 'proposed')) notes.push('Một số quý mới có mức tự đề xuất, chưa có mức do cấp có thẩm quyền quyết định.');

  const reported: number[][] = [];
  if (local) {
    const khtnv = graded.filter((q) => q.grade === 'KHTNV').map((q) => q.quarter);
    const r = QUARTER_RULES.oneKhtnvBarsHtxs.rule;
    const status: ConditionResult['status'] = khtnv.length > 0 ? 'unmet' : missing.length > 0 ? 'unknown' : 'met';
    conditions.push({
      grade: 'HTXSNV',
      clause: r.clause,
      source: r.source,
      certainty: r.certainty,
      status,
      text: khtnv.length > 0
        ? `Không có quý nào xếp loại «Không hoàn thành nhiệm vụ» (quý ${khtnv.join(', ')} xếp loại KHTNV).`
        : 'Không có quý nào xếp loại «Không hoàn thành nhiệm vụ».',
    });
    let run: number[] = [];
    for (const q of quarters) {
      if (q.grade === 'KHTNV') run.push(q.quarter);
      else { if (run.length >= CONSECUTIVE_KHTNV_REPORTED) reported.push(run); run = []; }
    }
    if (run.length >= CONSECUTIVE_KHTNV_REPORTED) reported.push(run);
    if (reported.length > 0)
      notes.push(`${QUARTER_RULES.twoKhtnvReported.text} Quý ${reported.map((x) => x.join(', ')).join('; ')} liên tiếp KHTNV (${QUARTER_RULES.twoKhtnvReported.rule.clause}; chưa chắc chắn).`);
  }
  const statusFor = (g: Grade) => conditions.filter((c) => c.grade === g).map((c) => c.status);
  const highestAllowed = GRADES.find((g) => statusFor(g).every((s) => s === 'met')) ?? 'KHTNV';
  const proposed = set.proposedYearGrade ?? null;
  let proposedAllowed: boolean | null = null;
  if (proposed) {
    const s = statusFor(proposed);
    proposedAllowed = s.includes('unmet') ? false : s.includes('unknown') ? null : true;
  }
  return { year: set.year, quarters, highestAllowed, proposed, proposedAllowed, conditions, reported, notes };
}
