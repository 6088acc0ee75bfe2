import { GRADE_LABELS, gradeRank } from '../core/grade';
import type { RulebookId } from '../core/rulebook-id';
import { checkGrade } from '../grading/check';
import { overlayOptions } from '../grading/overlays';
import type { CheckCase } from '../schemas/case';
import type { Roster, RosterMember } from '../schemas/roster';
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

/** Members with facts whose proposed grade is above what their facts allow, one finding per highest-allowed grade. */
export function checkMembers(roster: Roster, rulebookId: RulebookId): RosterFinding[] {
  const options = overlayOptions(roster.overlayId, rulebookId);
  const byAllowed = new Map<string, { names: string[]; clause: string; certainty: RosterFinding['certainty'] }>();
  for (const m of roster.members) {
    if (!m.facts || m.excluded || !m.proposedGrade) continue;
    const r = checkGrade(memberCase(roster, m, rulebookId), options);
    if (r.outcome !== 'graded' || !r.highestAllowed || r.proposedAllowed !== false) continue;
    const blocking = r.conditions.find((c) => gradeRank(c.grade) > gradeRank(r.highestAllowed!) && c.status !== 'met') ?? r.conditions.find((c) => c.grade === 'KHTNV' && c.status === 'met');
    const key = r.highestAllowed;
    const entry = byAllowed.get(key) ?? { names: [], clause: blocking?.clause ?? '', certainty: blocking?.certainty ?? 'secondary' };
    entry.names.push(m.name);
    byAllowed.set(key, entry);
  }
  return [...byAllowed].map(([grade, e]) => ({
    id: 'member.above-allowed',
    severity: 'error' as const,
    clause: e.clause,
    certainty: e.certainty,
    text: `${e.names.length} thành viên đề xuất cao hơn mức mà dữ kiện cho phép (cao nhất: "${GRADE_LABELS[grade as keyof typeof GRADE_LABELS]}"); xem kiểm tra từng người.`,
    members: e.names,
  }));
}
