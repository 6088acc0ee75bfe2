import { GRADE_LABELS, gradeRank, type Grade } from '../core/grade';
import type { RuleRef } from '../core/rule';
import { RULEBOOK_LABELS, rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { formatNumberVi, nfc } from '../core/text';
import { countAtOrAbove } from '../conditions/facts';
import { overlayGrading } from '../grading/overlays';
import type { GradeCounts } from '../schemas/case';
import { clip } from '../schemas/errors';
import type { Roster, RosterMember } from '../schemas/roster';
import { getRulebook } from '../rulebooks/index';
import { checkMembers } from './members';
import { quotaFor } from './quota';
import { classifyReason, exclusionReasons, type ExclusionReason } from './reasons';
import { ROSTER_RULES } from './rules';
import { summarize } from './summary';
import type { QuotaGroup, RosterFinding, RosterResult } from './types';

const WHOLE_UNIT = 'Toàn đơn vị';
const zero = (): GradeCounts => ({ HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 });
const pct = (n: number, d: number) => formatNumberVi(d > 0 ? (n * 100) / d : 0, 1) + '%';
const finding = (id: string, severity: RosterFinding['severity'], rule: RuleRef, text: string, members?: string[]): RosterFinding => {
  const f: RosterFinding = { id, severity, clause: rule.clause, source: rule.source, certainty: rule.certainty, text: nfc(text) };
  if (members && members.length > 0) f.members = members;
  return f;
};
/** The reasons as given, each through clip, at most three: «Nghỉ thai sản 7 tháng», «…». */
const quoted = (reasons: Set<string>): string => {
  const list = [...reasons];
  return list.slice(0, 3).map((r) => `«${clip(r)}»`).join(', ') + (list.length > 3 ? ` và ${list.length - 3} lý do khác` : '');
};
/** Who must be reviewed, with the exemptions (Điều 5 khoản 2 of the rulebook). */
const subjectsRule = (id: RulebookId): RuleRef => getRulebook(id).subjects.members.rule;
const READING_LABEL = { literal: 'số được xếp loại HTTNV', pool: 'số đạt HTTNV trở lên' } as const;

/**
 * The unit head's roster check: HTXSNV quota per group (both readings of the denominator), head ≤ own collective,
 * the collective's grade against its members' / subordinate units' spread, excluded members out of the counts,
 * and a summary table. One pass over the members; 5,000 members take well under a millisecond without facts.
 */
export function checkRoster(roster: Roster): RosterResult {
  const id = roster.rulebookId ?? rulebookIdForYear(roster.reviewYear);
  const rules = id ? ROSTER_RULES[id] : undefined;
  const unitGrade = roster.unit.grade ?? null;
  const unit = { name: roster.unit.name, kind: roster.unit.kind, grade: unitGrade };
  const counts = zero();
  if (!id || !rules) {
    return {
      rulebook: id ?? 'qd132-2018', unit, quota: [],
      summary: summarize(counts, roster.members.length, 0, 0),
      findings: [{ id: 'rulebook.unsupported', severity: 'error', clause: id ? RULEBOOK_LABELS[id] : '', certainty: 'verified', text: nfc(`Năm kiểm điểm ${roster.reviewYear} chưa được hỗ trợ trong kiểm tra danh sách.`) }],
    };
  }

  const s = roster.settings;
  const findings: RosterFinding[] = [];
  const groups = new Map<string, GradeCounts>();
  const excluded: string[] = [];
  const notProposed: string[] = [];
  const refused = new Map<string, { reason: ExclusionReason; names: string[]; reasons: Set<string> }>();
  const unlisted: { names: string[]; reasons: Set<string> } = { names: [], reasons: new Set() };
  /** members left out of the counts: a reason given and not refused by the rulebook. */
  const leftOut = new Set<RosterMember>();
  for (const m of roster.members) {
    if (m.excluded) {
      const c = classifyReason(m.excluded, id);
      if (c.status === 'refused') {
        // Graded on the time worked: counted like any member (a grade is needed).
        const e = refused.get(c.reason.id) ?? { reason: c.reason, names: [], reasons: new Set<string>() };
        e.names.push(m.name);
        e.reasons.add(m.excluded);
        refused.set(c.reason.id, e);
      } else {
        if (c.status === 'unlisted') { unlisted.names.push(m.name); unlisted.reasons.add(m.excluded); }
        excluded.push(m.name);
        leftOut.add(m);
        continue;
      }
    }
    const g = m.proposedGrade;
    if (!g) { notProposed.push(m.name); continue; }
    counts[g]++;
    const key = m.group || WHOLE_UNIT;
    let c = groups.get(key);
    if (!c) groups.set(key, (c = zero()));
    c[g]++;
  }
  const summary = summarize(counts, roster.members.length, excluded.length, notProposed.length);

  if (excluded.length > 0)
    findings.push(finding('members.excluded', 'info', rules.exempt, `${excluded.length} thành viên không đánh giá, xếp loại (miễn, chưa đủ thời gian…): không tính vào số lượng và tỉ lệ.`, excluded));
  for (const e of refused.values())
    findings.push(finding('members.reason-graded', 'error', e.reason.rule,
      `Lý do không xếp loại ${quoted(e.reasons)} không được chấp nhận: ${e.reason.text} ${e.names.length === 1 ? 'Thành viên này' : `${e.names.length} thành viên này`} vẫn phải được đánh giá, xếp loại (cần mức đề xuất) và được tính vào số lượng, tỉ lệ.`, e.names));
  if (unlisted.names.length > 0)
    findings.push(finding('members.reason-unlisted', 'warning', subjectsRule(id),
      `Lý do không xếp loại ${quoted(unlisted.reasons)} không thuộc trường hợp nào quy định cho phép không xếp loại: hãy chọn lý do trong danh sách (${exclusionReasons(id).map((r) => r.label).join('; ')}); nếu không thuộc trường hợp nào thì thành viên phải được xếp loại. Tạm thời chưa tính vào số lượng và tỉ lệ.`, unlisted.names));
  if (notProposed.length > 0)
    findings.push(finding('members.not-proposed', 'warning', rules.allGraded, `${notProposed.length} thành viên chưa có mức xếp loại đề xuất: chưa tính vào tỉ lệ.`, notProposed));

  // Quota, per group of similar posts.
  const outstanding = s.outstandingUnit && rules.outstanding;
  if (s.outstandingUnit && !rules.outstanding)
    findings.push(finding('quota.outstanding-n/a', 'info', rules.quota.rule, 'Năm kiểm điểm này không có mức 25% cho đơn vị có thành tích nổi trội: áp dụng mức chung.'));
  const percent = outstanding ? outstanding.value : rules.quota.value;
  const small = s.smallUnitRule ?? rules.smallUnit.defaultOn;
  const quota: QuotaGroup[] = [];
  for (const [group, c] of groups) {
    const q = quotaFor({ group, counts: c, percent, reading: s.quotaReading, smallUnitBelow: small ? rules.smallUnit.threshold.value : undefined });
    quota.push(q);
    const inForce = q.reading === 'literal' ? q.literal : q.pool;
    const other = q.reading === 'literal' ? q.pool : q.literal;
    const otherKey = q.reading === 'literal' ? 'pool' : 'literal';
    const detail = `${q.htxsnv} "Hoàn thành xuất sắc nhiệm vụ"; tối đa ${inForce.max} theo cách tính ${percent}% ${READING_LABEL[q.reading]} (${inForce.denominator}) — đang áp dụng; ${other.max} theo cách tính ${READING_LABEL[otherKey]} (${other.denominator}). Làm tròn xuống (văn bản không nêu cách làm tròn).`;
    if (q.smallUnitApplied)
      findings.push(finding('quota.small-unit', 'info', rules.smallUnit.threshold.rule, `Nhóm «${group}»: dưới ${rules.smallUnit.threshold.value} người được xếp loại và tất cả "Hoàn thành tốt nhiệm vụ": được chọn 01 "Hoàn thành xuất sắc nhiệm vụ" nếu đủ điều kiện.`));
    if (!inForce.within) findings.push(finding('quota.exceeded', 'error', (outstanding || rules.quota).rule, `Nhóm «${group}» vượt tỉ lệ: ${detail}`));
    else if (!other.within) findings.push(finding('quota.other-reading', 'warning', rules.quota.rule, `Nhóm «${group}» trong tỉ lệ theo cách tính đang áp dụng nhưng vượt theo cách tính kia: ${detail}`));
    else if (q.htxsnv > 0) findings.push(finding('quota.within', 'info', rules.quota.rule, `Nhóm «${group}» trong tỉ lệ: ${detail}`));
  }

  // Head ≤ own collective.
  const headMode = s.headNotAboveCollective ?? rules.head.defaultMode;
  if (unitGrade) {
    const above = roster.members.filter((m) => m.isHead && !leftOut.has(m) && m.proposedGrade && gradeRank(m.proposedGrade) > gradeRank(unitGrade) && !m.facts?.newlyArrivedHead);
    if (above.length > 0)
      findings.push(finding('head.above-collective', headMode === 'rule' ? 'error' : 'warning', rules.head.rule,
        `Người đứng đầu đề xuất mức cao hơn mức của tập thể ("${GRADE_LABELS[unitGrade]}")${headMode === 'rule' ? '' : '; năm nay chưa tìm thấy quy định bắt buộc (cảnh báo)'}.`, above.map((m) => m.name)));
  }

  if (unitGrade) findings.push(...spreadFindings(roster, unitGrade, counts, rules.spreadBasis, rules.collectiveHtxsnv, id));
  findings.push(...checkMembers(roster, id));
  return { rulebook: id, unit, summary, quota, findings };
}

function spreadFindings(roster: Roster, unitGrade: Grade, members: GradeCounts, basis: RuleRef, htxsnvRule: RuleRef, id: string): RosterFinding[] {
  const out: RosterFinding[] = [];
  const units = zero();
  let disciplined = 0;
  for (const u of roster.subordinateUnits) {
    if (u.grade) units[u.grade]++;
    if (u.disciplined) disciplined++;
  }
  const isPartyUnit = roster.unit.kind === 'dang-bo';
  const spread = isPartyUnit && roster.subordinateUnits.length > 0 ? units : members;
  const who = spread === units ? 'tổ chức trực thuộc' : 'thành viên';
  const n = spread.HTXSNV + spread.HTTNV + spread.HTNV + spread.KHTNV;
  if (n > 0)
    out.push(finding('spread.basis', 'info', basis, `Mức của tập thể ("${GRADE_LABELS[unitGrade]}") căn cứ kết quả xếp loại của ${who}: ${pct(countAtOrAbove(spread, 'HTTNV'), n)} "Hoàn thành tốt nhiệm vụ" trở lên, ${spread.KHTNV} "Không hoàn thành nhiệm vụ".`));
  if (unitGrade === 'HTXSNV' && disciplined > 0)
    out.push(finding('collective.htxsnv-discipline', 'error', htxsnvRule, `Tập thể đề xuất "Hoàn thành xuất sắc nhiệm vụ" nhưng có ${disciplined} đơn vị trực thuộc bị kỷ luật.`));

  const overlay = overlayGrading(roster.overlayId);
  if (!overlay || overlay.rulebookId !== id) return out;
  for (const rule of overlay.spread) {
    if (rule.grade !== unitGrade || n === 0) continue;
    const allOk = countAtOrAbove(spread, rule.allAtLeast) === n;
    const share = countAtOrAbove(spread, rule.atOrAbove);
    if (!allOk || share * 100 < rule.minPercent.value * n)
      out.push(finding('spread.overlay', 'error', rule.minPercent.rule, `Tập thể đề xuất "${GRADE_LABELS[rule.grade]}" cần 100% ${who} "Hoàn thành nhiệm vụ" trở lên và từ ${rule.minPercent.value}% "Hoàn thành tốt nhiệm vụ" trở lên; hiện có ${pct(share, n)} và ${n - countAtOrAbove(spread, rule.allAtLeast)} "Không hoàn thành nhiệm vụ".`));
  }
  const cap = overlay.unitsDisciplinedMaxPercent;
  const total = roster.subordinateUnits.length;
  if (cap && total > 0 && disciplined * 100 > cap.value * total && unitGrade !== 'KHTNV')
    out.push(finding('collective.units-disciplined', 'error', cap.rule, `Có ${disciplined}/${total} đơn vị trực thuộc bị kỷ luật (trên ${cap.value}%): tập thể thuộc trường hợp "Không hoàn thành nhiệm vụ".`));
  return out;
}
