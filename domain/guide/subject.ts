import type { RuleRef } from '../core/rule';
import { ref, src } from '../rulebooks/ref';
import type { Rulebook } from '../rulebooks/types';
import type { Collective, Individual } from '../schemas/profile';
import { addDays, addMonths, lessThanMonths } from './dates';
import { activePosts } from './role';
import type { GuideLine, GuideUnknown, SubjectAnswer } from './types';

export interface SubjectAssessment extends SubjectAnswer {
  unknowns: GuideUnknown[];
  /** Extra lines (e.g. notes near a threshold) that are not reasons for the status. */
  notes: GuideLine[];
  newlyAppointed: boolean;
  newCollective: boolean;
}

const line = (text: string, rule: RuleRef): GuideLine => ({ text, rule });
const NEAR_DAYS = 62;

/** Must this individual be reviewed? graded? (Điều 5 exemptions, HD 25 7.11–7.12 / HD 43 7.5.) */
export function assessIndividual(s: Individual, rb: Rulebook, at: string): SubjectAssessment {
  const sub = rb.subjects;
  const ex = sub.exemptions;
  const out: SubjectAssessment = {
    status: 'graded', mustReview: true, graded: true, reasons: [], unknowns: [], notes: [],
    newlyAppointed: false, newCollective: false,
  };
  const exempt = (item: { text: string; rule: RuleRef }) =>
    Object.assign(out, { status: 'exempt', mustReview: false, graded: false, reasons: [line(item.text, item.rule)] });

  if (s.partyStatus === 'mien-sinh-hoat') return exempt(ex.exemptFromWork);
  if (s.partyStatus === 'dinh-chi-sinh-hoat') {
    if (ex.suspended) return exempt(ex.suspended);
    out.notes.push(line('Năm này quy định chưa miễn kiểm điểm cho đảng viên bị đình chỉ sinh hoạt đảng.', sub.members.rule));
  }
  if (ex.newlyAdmitted) {
    const admitted = ex.newlyAdmitted;
    if (s.partyJoinDate) {
      const end = addMonths(s.partyJoinDate, admitted.months);
      if (ex.newlyAdmittedReferenceDate && end >= addDays(at, -NEAR_DAYS) && end <= addDays(at, NEAR_DAYS)) {
        out.notes.push(line(ex.newlyAdmittedReferenceDate.text, ex.newlyAdmittedReferenceDate.rule));
      }
      if (lessThanMonths(s.partyJoinDate, admitted.months, at)) return exempt(admitted);
    } else if (s.partyStatus === 'du-bi') {
      out.status = 'unknown';
      out.mustReview = null;
      out.graded = null;
      out.unknowns.push({ field: 'subject.partyJoinDate', question: 'Đồng chí được kết nạp vào Đảng ngày nào?', rule: admitted.rule });
    }
  }
  if (out.status === 'unknown') return out;

  out.reasons.push(line(sub.members.text, sub.members.rule));
  const posts = activePosts(s, at);
  if (posts.length > 0) out.reasons.push(line(sub.leaders.text, sub.leaders.rule));

  const appointed = sub.reviewedNotGraded.newlyAppointed;
  if (appointed && posts.length > 0) {
    const missing = posts.map((p, i) => ({ p, i })).filter(({ p }) => !p.startDate);
    const allNew = posts.every((p) => p.startDate && lessThanMonths(p.startDate, appointed.months, at));
    if (missing.length > 0) {
      for (const { p } of missing) {
        const i = s.leadershipPosts.indexOf(p);
        out.unknowns.push({ field: `subject.leadershipPosts[${i}].startDate`, question: `Đồng chí giữ chức vụ «${p.title}» từ ngày nào?`, rule: appointed.rule });
      }
      if (posts.every((p) => !p.startDate || lessThanMonths(p.startDate, appointed.months, at))) out.graded = null;
    } else if (allNew) {
      out.newlyAppointed = true;
      return Object.assign(out, { status: 'reviewed-not-graded', graded: false, reasons: [...out.reasons, line(appointed.text, appointed.rule)] });
    }
  }

  const { sickLeave, maternity } = sub.gradedOnTimeWorked;
  const onTime: GuideLine[] = [];
  if (sickLeave && (s.sickLeaveMonths ?? 0) >= sickLeave.months) onTime.push(line(sickLeave.text, sickLeave.rule));
  if (maternity && s.maternityLeave) onTime.push(line(maternity.text, maternity.rule));
  if (onTime.length > 0) {
    out.status = 'graded-on-time-worked';
    out.reasons.push(...onTime);
  } else if (sub.reviewedMeansGraded) {
    out.reasons.push(line(sub.reviewedMeansGraded.text, sub.reviewedMeansGraded.rule));
  }
  if (out.graded === null) out.status = 'unknown';
  return out;
}

const NO_FORMED_DATE_RULE = ref('guide.collective.formed', 'Ngày thành lập tập thể (để xét "chưa đủ 06 tháng")', src('hd25-2023', 'mục 7.12'), 'secondary');

export function assessCollective(c: Collective, rb: Rulebook, at: string): SubjectAssessment {
  const out: SubjectAssessment = {
    status: 'graded', mustReview: true, graded: true, unknowns: [], notes: [],
    reasons: [line(rb.subjects.collectives.text, rb.subjects.collectives.rule)],
    newlyAppointed: false, newCollective: false,
  };
  const fresh = rb.subjects.reviewedNotGraded.newCollective;
  if (fresh && c.formedDate && lessThanMonths(c.formedDate, fresh.months, at)) {
    out.newCollective = true;
    return Object.assign(out, { status: 'reviewed-not-graded', graded: false, reasons: [...out.reasons, line(fresh.text, fresh.rule)] });
  }
  if (fresh && !c.formedDate) {
    out.notes.push(line('Nếu tập thể mới thành lập, chia tách, sáp nhập trong năm, hãy nhập ngày thành lập để xét trường hợp chưa đủ 06 tháng.', NO_FORMED_DATE_RULE));
  }
  if (rb.subjects.reviewedMeansGraded) out.reasons.push(line(rb.subjects.reviewedMeansGraded.text, rb.subjects.reviewedMeansGraded.rule));
  return out;
}
