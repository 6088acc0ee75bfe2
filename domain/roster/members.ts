import { GRADE_LABELS, gradeRank, type Grade } from '../core/grade';
import type { RulebookId } from '../core/rulebook-id';
import { checkGrade } from '../grading/check';
import { overlayOptions } from '../grading/overlays';
import type { ConditionResult } from '../grading/types';
import type { CheckCase } from '../schemas/case';
import type { Roster, RosterMember } from '../schemas/roster';
import { classifyReason } from './reasons';
import type { RosterFinding } from './types';

/** A check case for one member who carries facts (kind: given, else leader for the head, non-leader otherwise). */
export function memberCase(roster: Roster, m: RosterMember, rulebookId: RulebookId): CheckCase {
  const posts = m.isHead || m.kind === 'leader' ? [{ title: m.role || 'Người đứng đầu', isHead: m.isHead, concurrent: false, centrallyManaged: false }] : [];
  const facts = m.facts ?? {};
  return {
    v: 1,
    profile: {
      v: 1,
      reviewYear: roster.reviewYear,
      rulebookId,
      subject: { kind: 'individual', fullName: m.name, partyStatus: 'chinh-thuc', leadershipPosts: posts },
    },
    facts: m.isHead && roster.unit.grade && facts.ownCollectiveGrade === undefined ? { ...facts, ownCollectiveGrade: roster.unit.grade } : facts,
    proposedGrade: m.proposedGrade,
    subjectKind: m.kind ?? (m.isHead ? 'leader' : 'non-leader'),
    settings: {
      quotaReading: roster.settings.quotaReading,
      outstandingUnit: roster.settings.outstandingUnit,
      ...(roster.settings.headNotAboveCollective ? { headNotAboveCollective: roster.settings.headNotAboveCollective } : {}),
    },
  };
}

type Group = { names: string[]; clause: string; source?: RosterFinding['source']; certainty: RosterFinding['certainty'] };

/**
 * Members with facts whose proposed grade is above what their facts allow. Above the highest grade their facts
 * could still reach: an error, one finding per such grade. Above what is confirmed but within reach (some facts
 * unknown, e.g. from a member's own file): a warning naming them, since the answers may still allow it.
 */
export function checkMembers(roster: Roster, rulebookId: RulebookId): RosterFinding[] {
  const options = overlayOptions(roster.overlayId, rulebookId);
  const byPossible = new Map<Grade, Group>();
  const unconfirmed: Group = { names: [], clause: '', certainty: 'secondary' };
  for (const m of roster.members) {
    // A reason the rules refuse (e.g. maternity: graded on time worked) does not take the member out of the check.
    if (!m.facts || (m.excluded && classifyReason(m.excluded, rulebookId).status !== 'refused') || !m.proposedGrade) continue;
    const r = checkGrade(memberCase(roster, m, rulebookId), options);
    // 'unknown': a roster gives no post start dates; the proposal is still checked against the conditions.
    if ((r.outcome !== 'graded' && r.outcome !== 'unknown') || !r.highestAllowed || r.proposedAllowed !== false) continue;
    const ceiling = r.highestPossible ?? r.highestAllowed;
    const reachable = gradeRank(m.proposedGrade) <= gradeRank(ceiling);
    const above = (c: ConditionResult) => gradeRank(c.grade) > gradeRank(reachable ? r.highestAllowed! : ceiling);
    const blocking = reachable
      ? r.conditions.find((c) => above(c) && c.status === 'unknown')
      : (r.conditions.find((c) => above(c) && c.status === 'unmet') ?? r.conditions.find((c) => c.grade === 'KHTNV' && c.status === 'met'));
    const group = reachable ? unconfirmed : (byPossible.get(ceiling) ?? { names: [], clause: '', certainty: 'secondary' });
    if (group.names.length === 0 && blocking) Object.assign(group, { clause: blocking.clause, source: blocking.source, certainty: blocking.certainty });
    group.names.push(m.name);
    if (!reachable) byPossible.set(ceiling, group);
  }
  const out: RosterFinding[] = [...byPossible].map(([grade, e]) => ({
    id: 'member.above-allowed',
    severity: 'error' as const,
    clause: e.clause,
    ...(e.source ? { source: e.source } : {}),
    certainty: e.certainty,
    text: `${e.names.length} thành viên đề xuất cao hơn mức mà dữ kiện cho phép (cao nhất: "${GRADE_LABELS[grade]}"); xem kiểm tra từng người.`,
    members: e.names,
  }));
  if (unconfirmed.names.length > 0)
    out.push({
      id: 'member.unconfirmed',
      severity: 'warning',
      clause: unconfirmed.clause,
      ...(unconfirmed.source ? { source: unconfirmed.source } : {}),
      certainty: unconfirmed.certainty,
      text: `${unconfirmed.names.length} thành viên đề xuất mức mà dữ kiện hiện có chưa xác nhận được (còn điều kiện chưa biết): cần bổ sung dữ kiện, ví dụ thành viên trả lời các câu hỏi ở «Kiểm tra xếp loại» rồi gửi lại tệp sao lưu.`,
      members: unconfirmed.names,
    });
  return out;
}
