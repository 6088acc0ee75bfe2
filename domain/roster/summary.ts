import { GRADES, GRADE_LABELS } from '../core/grade';
import { formatNumberVi } from '../core/text';
import type { GradeCounts } from '../schemas/case';
import type { RosterSummary } from './types';

/** Count and share per grade among the members graded, written like the provincial reports ("114/658"). */
export function summarize(counts: GradeCounts, total: number, excluded: number, notProposed: number): RosterSummary {
  const graded = GRADES.reduce((s, g) => s + counts[g], 0);
  const rows = GRADES.map((grade) => {
    const count = counts[grade];
    const percent = graded > 0 ? Math.round((count * 1000) / graded) / 10 : 0;
    return {
      grade,
      label: GRADE_LABELS[grade],
      count,
      percent,
      text: `${formatNumberVi(count, 0)}/${formatNumberVi(graded, 0)} (${formatNumberVi(percent, 1)}%)`,
    };
  });
  return { total, graded, excluded, notProposed, rows };
}
