import { addDays, addMonths, lessThanMonths } from '../core/dates';
import { src, type RuleRef } from '../core/rule';
import { formatDateVi } from '../core/text';
import type { Rulebook } from '../rulebooks/types';
import { CIVIL_SERVANT_OCCUPATIONS, OUTSIDE_POLITICAL_SYSTEM, type Collective, type Individual, type Profile } from '../schemas/profile';
import { pickForm } from './form';
import { leadingSince, postsHeldAt } from './posts';
import { referenceDateFor, type ReferenceDate } from './reference-date';
import type { RuleLine, SubjectAssessment, SubjectRole } from './types';

const line = (text: string, rule: RuleRef): RuleLine => ({ text, rule });
/** How close to a "N months" threshold the reference date must be for the guide to warn (about two months). */
const NEAR_DAYS = 62;
const NO_FORMED_DATE_RULE: RuleRef = {
  id: 'subject.collective.formed',
  clause: 'Ngày thành lập tập thể (để xét "chưa đủ 06 tháng")',
  source: src('hd25-2023', 'mục 7.12'),
  certainty: 'secondary',
};

/** The role at the reference date: posts held then make a leader; else the occupation decides. */
export function subjectRole(profile: Profile, at: string): SubjectRole {
  const s = profile.subject;
  if (s.kind === 'collective') return 'collective';
  if (postsHeldAt(s, at).length > 0) return 'leader';
  if (!s.occupation) return 'individual-unknown';
  return OUTSIDE_POLITICAL_SYSTEM.includes(s.occupation) ? 'outside-system' : 'non-leader';
}

type Draft = Omit<SubjectAssessment, 'rulebookId' | 'reviewYear' | 'reference' | 'role' | 'form' | 'posts' | 'isHead' | 'civilServant'>;

const start = (): Draft => ({
  status: 'graded', mustReview: true, graded: true, newlyAppointed: false, newCollective: false, reasons: [], notes: [], missing: [],
});

function exempt(out: Draft, item: { text: string; rule: RuleRef }): Draft {
  return Object.assign(out, { status: 'exempt', mustReview: false, graded: false, reasons: [line(item.text, item.rule)] });
}

/** Must this individual be reviewed? graded? (Điều 5 exemptions; < 6 months in post; HD 43 7.5 time worked.) */
function assessIndividual(s: Individual, rb: Rulebook, at: string): Draft {
  const sub = rb.subjects;
  const ex = sub.exemptions;
  const out = start();

  if (s.partyStatus === 'mien-sinh-hoat') return exempt(out, ex.exemptFromWork);
  if (s.partyStatus === 'dinh-chi-sinh-hoat') {
    if (ex.suspended) return exempt(out, ex.suspended);
    out.notes.push(line('Năm này quy định chưa miễn kiểm điểm cho đảng viên bị đình chỉ sinh hoạt đảng.', sub.members.rule));
  }
  const admitted = ex.newlyAdmitted;
  if (admitted && s.partyJoinDate) {
    const end = addMonths(s.partyJoinDate, admitted.months);
    if (ex.newlyAdmittedReferenceDate && end >= addDays(at, -NEAR_DAYS) && end <= addDays(at, NEAR_DAYS)) {
      out.notes.push(line(`${ex.newlyAdmittedReferenceDate.text} (Đủ ${admitted.months} tháng vào ngày ${formatDateVi(end)}.)`, ex.newlyAdmittedReferenceDate.rule));
    }
    if (lessThanMonths(s.partyJoinDate, admitted.months, at)) return exempt(out, admitted);
  } else if (admitted && s.partyStatus === 'du-bi') {
    Object.assign(out, { status: 'unknown', mustReview: null, graded: null });
    out.missing.push({ field: 'subject.partyJoinDate', question: 'Đồng chí được kết nạp vào Đảng ngày nào?', rule: admitted.rule });
    return out;
  }

  out.reasons.push(line(sub.members.text, sub.members.rule));
  const posts = postsHeldAt(s, at);
  if (posts.length > 0) out.reasons.push(line(sub.leaders.text, sub.leaders.rule));
  for (const p of s.leadershipPosts) {
    if (p.endDate && p.endDate < at && p.endDate >= `${at.slice(0, 4)}-01-01`)
      out.notes.push(line(`Chức vụ «${p.title}» đã thôi từ ${formatDateVi(p.endDate)}: không tính khi xác định vai trò (tính đến ngày ${formatDateVi(at)}).`, sub.leaders.rule));
    if (p.startDate && p.startDate > at)
      out.notes.push(line(`Chức vụ «${p.title}» bắt đầu từ ${formatDateVi(p.startDate)}, sau ngày ${formatDateVi(at)}: chưa tính.`, sub.leaders.rule));
  }

  const appointed = sub.reviewedNotGraded.newlyAppointed;
  if (appointed && posts.length > 0) {
    const since = leadingSince(s, at);
    const undated = posts.filter((p) => !p.startDate);
    if (since && !lessThanMonths(since, appointed.months, at)) {
      // Led for the full period: graded as usual.
    } else if (undated.length > 0) {
      for (const p of undated) {
        const i = s.leadershipPosts.indexOf(p);
        out.missing.push({ field: `subject.leadershipPosts[${i}].startDate`, question: `Đồng chí giữ chức vụ «${p.title}» từ ngày nào?`, rule: appointed.rule });
      }
      Object.assign(out, { status: 'unknown', graded: null });
      return out;
    } else if (since) {
      out.newlyAppointed = true;
      out.reasons.push(line(appointed.text, appointed.rule));
      return Object.assign(out, { status: 'reviewed-not-graded', graded: false });
    }
  }

  const { sickLeave, maternity } = sub.gradedOnTimeWorked;
  const onTime: RuleLine[] = [];
  if (sickLeave && (s.sickLeaveMonths ?? 0) >= sickLeave.months) onTime.push(line(sickLeave.text, sickLeave.rule));
  if (maternity && s.maternityLeave) onTime.push(line(maternity.text, maternity.rule));
  if (onTime.length > 0) {
    out.status = 'graded-on-time-worked';
    out.reasons.push(...onTime);
  } else if (sub.reviewedMeansGraded) {
    out.reasons.push(line(sub.reviewedMeansGraded.text, sub.reviewedMeansGraded.rule));
  }
  return out;
}

function assessCollective(c: Collective, rb: Rulebook, at: string): Draft {
  const out = start();
  out.reasons.push(line(rb.subjects.collectives.text, rb.subjects.collectives.rule));
  const fresh = rb.subjects.reviewedNotGraded.newCollective;
  if (fresh && c.formedDate && lessThanMonths(c.formedDate, fresh.months, at)) {
    out.newCollective = true;
    out.reasons.push(line(fresh.text, fresh.rule));
    return Object.assign(out, { status: 'reviewed-not-graded', graded: false });
  }
  if (fresh && !c.formedDate) {
    out.notes.push(line('Nếu tập thể mới thành lập, chia tách, sáp nhập trong năm, hãy nhập ngày thành lập để xét trường hợp chưa đủ 06 tháng.', NO_FORMED_DATE_RULE));
  }
  if (rb.subjects.reviewedMeansGraded) out.reasons.push(line(rb.subjects.reviewedMeansGraded.text, rb.subjects.reviewedMeansGraded.rule));
  return out;
}

/**
 * The subject assessment: who the subject is at the reference date (role, posts held, head or not), whether they
 * are reviewed and graded, the year's form with its clause, and the reasons as rule records. Every screen (guide,
 * grade check, new draft, roster, export) reads this one answer. `{ form: false }` leaves `form` null and its
 * notes and questions out (the grade check's use).
 */
export function assessSubject(profile: Profile, rb: Rulebook, reference: ReferenceDate | string, opts: { form?: boolean } = {}): SubjectAssessment {
  const ref = typeof reference === 'string' ? referenceDateFor(profile.reviewYear, { reviewDate: reference }) : reference;
  const at = ref.date;
  const s = profile.subject;
  const role = subjectRole(profile, at);
  const posts = s.kind === 'individual' ? postsHeldAt(s, at) : [];
  const d = s.kind === 'collective' ? assessCollective(s, rb, at) : assessIndividual(s, rb, at);
  // The grade check does not need the form (opts.form false): it skips looking the form model up.
  const picked = d.status === 'exempt' || opts.form === false ? { form: null, notes: [], missing: [] } : pickForm(rb, role, profile);
  return {
    rulebookId: rb.id,
    reviewYear: profile.reviewYear,
    reference: ref,
    role,
    posts,
    isHead: posts.some((p) => p.isHead),
    civilServant: s.kind === 'individual' && !!s.occupation && CIVIL_SERVANT_OCCUPATIONS.includes(s.occupation),
    ...d,
    form: picked.form,
    notes: [...d.notes, ...picked.notes],
    missing: [...d.missing, ...picked.missing],
  };
}
