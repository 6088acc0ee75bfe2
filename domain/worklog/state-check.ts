import { GRADES, gradeRank, type Grade } from '../core/grade';
import type { ConditionResult } from '../grading/types';
import { stateScoringFor } from '../rulebooks/state-scoring';
import type { StateEvaluation } from '../schemas/state-evaluation';

/**
 * The state evaluation of a period (issue 16): the 70 points from the result percentages (NĐ 335 Điều 16:
 * (a + b + c) ÷ 3 × 70, managers (a + b + c + d + đ + e) ÷ 6 × 70; NĐ 233 read the same way, uncertain), the total,
 * the band (90/70/50) and the triggers of "không hoàn thành nhiệm vụ" (Điều 20 khoản 4). NĐ 90/2020 has no points
 * scale: the result then says so and gives no grade.
 */
export interface StateCheckResult {
  regime: StateEvaluation['regime'];
  outcome: 'scored' | 'no-scale';
  score: { general: number; results: number; total: number } | null;
  band: Grade | null;
  grade: Grade | null;
  proposed: Grade | null;
  proposedAllowed: boolean | null;
  conditions: ConditionResult[];
  notes: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The 70 points from the percentages (each 0–100). */
export function resultPoints(s: StateEvaluation, max = 70): number {
  const r = s.results;
  const parts = s.manager
    ? [r.quantity, r.quality, r.progress, r.unitResults ?? 0, r.organising ?? 0, r.rallying ?? 0]
    : [r.quantity, r.quality, r.progress];
  return round2((parts.reduce((a, b) => a + b, 0) / parts.length / 100) * max);
}

export function checkState(s: StateEvaluation): StateCheckResult {
  const rules = stateScoringFor(s.regime);
  const notes: string[] = [];
  if (rules.caveat) notes.push(`${rules.caveat.text} (${rules.caveat.rule.clause}).`);
  if (!rules.scale || !rules.bands || !rules.triggers) {
    return { regime: s.regime, outcome: 'no-scale', score: null, band: null, grade: null, proposed: s.proposedGrade ?? null, proposedAllowed: null, conditions: [], notes };
  }
  const results = resultPoints(s, rules.scale.results);
  const total = round2(s.general + results);
  const bands = rules.scale.bands;
  const band: Grade = total >= bands.HTXSNV ? 'HTXSNV' : total >= bands.HTTNV ? 'HTTNV' : total >= bands.HTNV ? 'HTNV' : 'KHTNV';
  const conditions: ConditionResult[] = [];
  const b = rules.bands.rule;
  for (const g of ['HTXSNV', 'HTTNV', 'HTNV'] as const)
    conditions.push({ grade: g, clause: b.clause, source: b.source, certainty: b.certainty, status: total >= bands[g] ? 'met' : 'unmet', text: `Tổng điểm từ ${bands[g]} trở lên (đạt ${total}).` });
  const t = rules.triggers;
  const triggered: string[] = [];
  if (s.triggers.degradation) triggered.push('bị kết luận có biểu hiện suy thoái hoặc vi phạm điều đảng viên không được làm, trách nhiệm nêu gương');
  if (s.triggers.disciplined) triggered.push('bị kỷ luật từ khiển trách trở lên trong năm vì vi phạm trong công vụ');
  const managerTriggered = s.manager && s.triggers.unitCorruption;
  for (const g of ['HTXSNV', 'HTTNV', 'HTNV'] as const) {
    conditions.push({ grade: g, clause: t.rule.clause, source: t.rule.source, certainty: t.rule.certainty, status: triggered.length > 0 ? 'unmet' : 'met',
      text: triggered.length > 0 ? `Thuộc trường hợp không hoàn thành nhiệm vụ: ${triggered.join('; ')}.` : 'Không thuộc trường hợp không hoàn thành nhiệm vụ (suy thoái, kỷ luật).' });
    if (s.manager)
      conditions.push({ grade: g, clause: t.manager.clause, source: t.manager.source, certainty: t.manager.certainty, status: managerTriggered ? 'unmet' : 'met',
        text: managerTriggered ? 'Đơn vị do mình quản lý trực tiếp liên quan tham ô, tham nhũng, lãng phí và bị xử lý.' : 'Đơn vị do mình quản lý trực tiếp không liên quan tham ô, tham nhũng, lãng phí bị xử lý.' });
  }
  const allowed = (g: Grade) => g === 'KHTNV' || conditions.filter((c) => c.grade === g).every((c) => c.status === 'met');
  const grade = GRADES.find(allowed) ?? 'KHTNV';
  const proposed = s.proposedGrade ?? null;
  notes.push(`${rules.formula?.text ?? ''} (${rules.formula?.rule.clause ?? ''}).`);
  if (rules.timing) notes.push(`${rules.timing.text} (${rules.timing.rule.clause}).`);
  return {
    regime: s.regime,
    outcome: 'scored',
    score: { general: s.general, results, total },
    band,
    grade,
    proposed,
    proposedAllowed: proposed ? gradeRank(proposed) <= gradeRank(grade) : null,
    conditions,
    notes,
  };
}
