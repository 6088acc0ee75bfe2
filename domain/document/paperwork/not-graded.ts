import type { RulebookId } from '../../core/rulebook-id';
import { classifyReason } from '../../roster/reasons';
import { rosterRules } from '../../roster/rules';
import { getRulebook } from '../../rulebooks/index';
import type { Roster } from '../../schemas/roster';

/**
 * Members of a roster who are not reviewed, reviewed but not graded, or not yet graded, each with the reason
 * and the clause, classified by domain/roster/reasons.ts (the same reading as the roster check). A reason the
 * rules refuse (graded on the time worked) is listed only while the member still has no grade.
 */
export type NotGradedCase = 'exempt' | 'not-graded' | 'unlisted' | 'no-grade';

export const NOT_GRADED_CASE_LABELS: Record<NotGradedCase, string> = {
  exempt: 'Không phải kiểm điểm',
  'not-graded': 'Kiểm điểm nhưng không xếp loại',
  unlisted: 'Lý do chưa thuộc trường hợp quy định',
  'no-grade': 'Chưa có mức xếp loại',
};

export interface NotGradedRow {
  name: string;
  role: string;
  case: NotGradedCase;
  /** the reason as the roster gives it ("" when there is none). */
  reason: string;
  clause: string;
}

export function notGradedRows(roster: Roster, rulebookId: RulebookId): NotGradedRow[] {
  const rules = rosterRules(rulebookId);
  const subjects = getRulebook(rulebookId).subjects.members.rule.clause;
  const allGraded = rules?.allGraded.clause ?? subjects;
  const rows: NotGradedRow[] = [];
  for (const m of roster.members) {
    const base = { name: m.name, role: m.role ?? '' };
    if (m.excluded) {
      const c = classifyReason(m.excluded, rulebookId);
      if (c.status === 'listed') {
        rows.push({ ...base, case: c.reason.kind === 'exempt' ? 'exempt' : 'not-graded', reason: m.excluded, clause: c.reason.rule.clause });
        continue;
      }
      if (c.status === 'unlisted') {
        rows.push({ ...base, case: 'unlisted', reason: m.excluded, clause: subjects });
        continue;
      }
      if (!m.proposedGrade) rows.push({ ...base, case: 'no-grade', reason: `${m.excluded} (${c.reason.text})`, clause: c.reason.rule.clause });
      continue;
    }
    if (!m.proposedGrade) rows.push({ ...base, case: 'no-grade', reason: '', clause: allGraded });
  }
  return rows;
}

/** Members who must be reviewed: everyone but those exempt (their self-reviews belong in the dossier). */
export function reviewedCount(roster: Roster, rulebookId: RulebookId): number {
  return roster.members.length - notGradedRows(roster, rulebookId).filter((r) => r.case === 'exempt').length;
}
