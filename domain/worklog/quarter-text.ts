import { GRADE_LABELS } from '../core/grade';
import { formatNumberVi, nfc } from '../core/text';
import { GENERAL_MAX_POINTS, RESULTS_MAX_POINTS, type QuarterEvaluation } from '../schemas/quarter-evaluation';
import type { WorklogPerson } from '../schemas/worklog';
import { quarterLabel, type QuarterId } from './quarter';
import type { Rollup } from './rollup';
import { rollupSentence } from './rollup-text';

/**
 * «Sao chép» of a quarter self-evaluation: the same parts as Mẫu 05 (domain/document/worklog/mau05.ts) as plain
 * text, for pasting into an online system or a message — the quarter, the person's name, the counts from the log, the
 * prose, the points and the proposed grade.
 */
export const quarterIdOf = (q: Pick<QuarterEvaluation, 'year' | 'quarter'>): QuarterId => ({ year: q.year, quarter: q.quarter as QuarterId['quarter'] });

export const pointsText = (n: number, max: number): string => `${formatNumberVi(n)}/${max}`;

export function quarterEvaluationText(q: QuarterEvaluation, opts: { rollup?: Rollup; person?: WorklogPerson } = {}): string {
  const general = q.scores.general.score;
  const results = q.scores.results.score;
  const lines = [`Bản tự đánh giá, xếp loại của cá nhân — ${quarterLabel(quarterIdOf(q))}`];
  if (opts.person?.name) lines.push(`Họ và tên: ${opts.person.name}`);
  lines.push('I. Tự đánh giá kết quả thực hiện nhiệm vụ');
  if (opts.rollup && opts.rollup.total > 0) lines.push(rollupSentence(opts.rollup));
  if (q.prose?.trim()) lines.push(q.prose.trim());
  lines.push(
    'II. Tự đề xuất xếp loại mức chất lượng',
    `- Nhóm tiêu chí chung: ${pointsText(general, GENERAL_MAX_POINTS)}`,
    ...(q.scores.general.criteria ?? []).map((c) => `+ ${c.label}: ${pointsText(c.score, c.max)}`),
    `- Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ: ${pointsText(results, RESULTS_MAX_POINTS)}`,
    ...(q.scores.results.criteria ?? []).map((c) => `+ ${c.label}: ${pointsText(c.score, c.max)}`),
    `Tổng điểm: ${pointsText(Math.round((general + results) * 100) / 100, GENERAL_MAX_POINTS + RESULTS_MAX_POINTS)}`,
    `Tự đề xuất xếp loại: ${q.proposedGrade ? GRADE_LABELS[q.proposedGrade] : 'chưa đề xuất'}`,
  );
  if (q.decidedGrade) lines.push(`Mức do cấp có thẩm quyền xếp loại: ${GRADE_LABELS[q.decidedGrade]}`);
  return nfc(lines.join('\n'));
}
