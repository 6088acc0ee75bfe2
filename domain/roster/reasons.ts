import type { RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import { foldVietnamese } from '../core/text';
import { getRulebook } from '../rulebooks/index';
import type { MonthsRule, RuleItem, SubjectRules } from '../rulebooks/types';

/**
 * Why a member of a roster is not graded, from the rulebook's subjects (domain/rulebooks/<id>/subjects.ts):
 * `exemptions` (not reviewed at all) and `reviewedNotGraded` are the reasons offered; `gradedOnTimeWorked`
 * (sick leave, maternity leave) are refused, since those members are graded on the time they worked.
 * A reason typed freely (old files, a spreadsheet paste) is recognised accent-insensitively.
 */
export type ReasonKind = 'exempt' | 'not-graded' | 'graded-on-time-worked';

export interface ExclusionReason {
  /** the key in the rulebook's subjects, e.g. "exemptFromWork", "maternity". */
  id: string;
  kind: ReasonKind;
  /** short label shown in the list and stored as the member's reason. */
  label: string;
  /** the rule's own text. */
  text: string;
  rule: RuleRef;
}

type Spec = { label: (months: number | undefined) => string; match: RegExp; exclude?: RegExp };
const months = (m: number | undefined) => (m === undefined ? '' : ` chưa đủ ${m} tháng`);

/** Labels and accent-free patterns of the reasons a rulebook may name (the rule data has no short label). */
const SPECS: Record<string, Spec> = {
  exemptFromWork: { label: () => 'Được miễn công tác và sinh hoạt đảng', match: /\bmien\b/ },
  suspended: { label: () => 'Bị đình chỉ sinh hoạt đảng', match: /\bdinh chi\b/, exclude: /\bcap uy\b/ },
  newlyAdmitted: { label: (m) => `Mới kết nạp${months(m)}`, match: /\bket nap\b/ },
  newlyAppointed: { label: (m) => `Mới được bổ nhiệm chức vụ lãnh đạo, quản lý${months(m)}`, match: /\bbo nhiem\b/ },
  newCollective: { label: (m) => `Tập thể mới thành lập, chia tách, sáp nhập${months(m)}`, match: /\b(thanh lap|chia tach|sap nhap|hop nhat)\b/ },
  sickLeave: { label: () => 'Nghỉ ốm', match: /\b(om|om dau|benh|dieu tri)\b/ },
  maternity: { label: () => 'Nghỉ thai sản', match: /\b(thai san|nghi sinh|sinh con)\b/ },
};

function reasonsOf(group: Record<string, RuleItem | MonthsRule | undefined>, kind: ReasonKind): ExclusionReason[] {
  return Object.entries(group).flatMap(([id, item]) => {
    const spec = SPECS[id];
    if (!item || !spec) return [];
    return [{ id, kind, label: spec.label('months' in item ? item.months : undefined), text: item.text, rule: item.rule }];
  });
}

function subjectsOf(rulebookId: RulebookId): SubjectRules {
  return getRulebook(rulebookId).subjects;
}

/** The reasons a unit head may pick (not reviewed; reviewed but not graded), in the rulebook's order. */
export function exclusionReasons(rulebookId: RulebookId): ExclusionReason[] {
  const s = subjectsOf(rulebookId);
  return [...reasonsOf(s.exemptions, 'exempt'), ...reasonsOf(s.reviewedNotGraded, 'not-graded')];
}

/** Cases that are graded on the time worked, so never a reason not to grade. */
export function gradedOnTimeWorkedReasons(rulebookId: RulebookId): ExclusionReason[] {
  return reasonsOf(subjectsOf(rulebookId).gradedOnTimeWorked, 'graded-on-time-worked');
}

export type ReasonStatus =
  /** one of the rulebook's reasons. */
  | { status: 'listed'; reason: ExclusionReason }
  /** a case graded on the time worked: refused. */
  | { status: 'refused'; reason: ExclusionReason }
  /** not recognised: the unit head should pick from the list. */
  | { status: 'unlisted' };

/** Accent-free words: "Nghỉ thai sản (7 tháng)" → "nghi thai san 7 thang". */
const words = (s: string): string => foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();

const matches = (text: string, r: ExclusionReason): boolean => {
  const spec = SPECS[r.id];
  if (text === words(r.label) || text.includes(words(r.text))) return true;
  return !!spec && spec.match.test(text) && !(spec.exclude?.test(text) ?? false);
};

/**
 * What a reason says under a rulebook: a listed reason first (so "miễn sinh hoạt do ốm" stays an exemption),
 * then a case graded on the time worked ("Nghỉ thai sản 7 tháng"), else unlisted.
 */
const lists = new Map<RulebookId, { listed: ExclusionReason[]; refused: ExclusionReason[] }>();

export function classifyReason(reason: string, rulebookId: RulebookId): ReasonStatus {
  const text = words(reason);
  let l = lists.get(rulebookId);
  if (!l) lists.set(rulebookId, (l = { listed: exclusionReasons(rulebookId), refused: gradedOnTimeWorkedReasons(rulebookId) }));
  const listed = l.listed.find((r) => matches(text, r));
  if (listed) return { status: 'listed', reason: listed };
  const refused = l.refused.find((r) => matches(text, r));
  if (refused) return { status: 'refused', reason: refused };
  return { status: 'unlisted' };
}
