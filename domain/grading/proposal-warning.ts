import { GRADE_LABELS, gradeRank, type Grade } from '../core/grade';
import type { Certainty, RuleSource } from '../core/rule';
import { nfc } from '../core/text';
import type { Draft } from '../schemas/draft';
import { emptyGradeFacts } from '../schemas/grade-facts';
import { checkGrade } from './check';
import { buildCheckCase } from './from-draft';
import { gradingRulebook } from './rulebooks';
import type { CheckResult, ConditionResult } from './types';

/**
 * What the edges (Word export, "Sao chép", "Điền cả trang") say before they write a proposed grade the check does
 * not allow. The person may still go on: the warning says why, with the clause.
 */
export interface ProposalWarning {
  /** 'not-graded': the rules say this person or collective is not graded (or exempt); 'above': the grade is above
   * what the facts can reach; 'unconfirmed': within reach, but conditions are still unanswered. */
  kind: 'not-graded' | 'above' | 'unconfirmed';
  text: string;
  clause?: string;
  source?: RuleSource;
  certainty?: Certainty;
}

const name = (g: Grade) => `«${GRADE_LABELS[g]}»`;

/** The condition that keeps the proposal out: unmet above the ceiling, else a KHTNV trigger that holds, else unknown. */
function blocking(r: CheckResult, proposed: Grade, reachable: boolean): ConditionResult | undefined {
  const above = (c: ConditionResult) => gradeRank(c.grade) <= gradeRank(proposed) && gradeRank(c.grade) > gradeRank(r.highestAllowed ?? 'KHTNV');
  if (reachable) return r.conditions.find((c) => above(c) && c.status === 'unknown');
  return r.conditions.find((c) => above(c) && c.status === 'unmet') ?? r.conditions.find((c) => c.grade === 'KHTNV' && c.status === 'met');
}

/** The warning for a check result, or undefined when there is no proposal or the check allows it. */
export function proposalWarning(r: CheckResult): ProposalWarning | undefined {
  const proposed = r.proposed;
  if (!proposed) return undefined;
  if (r.outcome === 'exempt' || r.outcome === 'not-graded') {
    const why = r.outcome === 'exempt' ? 'không thuộc đối tượng kiểm điểm, xếp loại' : 'kiểm điểm nhưng không đánh giá, xếp loại';
    return {
      kind: 'not-graded',
      text: nfc(`Theo quy định, trường hợp này ${why}${r.outcomeRule ? ` (${r.outcomeRule})` : ''}, nhưng bản kiểm điểm đề xuất mức ${name(proposed)}.`),
      ...(r.outcomeRule ? { clause: r.outcomeRule } : {}),
    };
  }
  if (r.proposedAllowed !== false || !r.highestAllowed) return undefined;
  const ceiling = r.highestPossible ?? r.highestAllowed;
  const reachable = gradeRank(proposed) <= gradeRank(ceiling);
  const c = blocking(r, proposed, reachable);
  const because = c ? ` Căn cứ: ${c.clause} — ${c.text}` : '';
  const text = reachable
    ? `Mức đề xuất ${name(proposed)} chưa đủ căn cứ: còn điều kiện chưa trả lời trong «Kiểm tra xếp loại»; theo dữ kiện đã có, cao nhất là ${name(r.highestAllowed)}.${because}`
    : `Mức đề xuất ${name(proposed)} cao hơn mức mà dữ kiện cho phép: cao nhất có thể đạt là ${name(ceiling)}.${because}`;
  return { kind: reachable ? 'unconfirmed' : 'above', text: nfc(text), ...(c ? { clause: c.clause, source: c.source, certainty: c.certainty } : {}) };
}

/**
 * The warning the edges show for a draft as it stands: its facts and the grade-check answers it holds, checked at
 * the one reference date (`today` counts only inside the review season). Only a clear "no" (not graded by the
 * rules, or above what the facts can reach); undefined otherwise, or when the draft cannot be checked (QĐ 132).
 */
export function draftProposalWarning(draft: Draft, today?: string): ProposalWarning | undefined {
  if (!draft.assessment.proposedGrade) return undefined;
  const built = buildCheckCase(draft, emptyGradeFacts());
  if (!built.value || !gradingRulebook(draft.rulebookId)) return undefined;
  const w = proposalWarning(checkGrade(built.value, today ? { today } : {}));
  // Within reach but unanswered is said beside the grade in the editor; the edges stop only on a clear "no".
  return w?.kind === 'unconfirmed' ? undefined : w;
}
