import { FIRST_SUPPORTED_YEAR } from '../core/rulebook-id';
import { COLLECTIVE_KINDS, OCCUPATIONS, PARTY_STATUSES, type Profile } from '../schemas/profile';
import { COLLECTIVE_KIND_LABELS, OCCUPATION_LABELS, PARTY_STATUS_LABELS } from './labels';

export interface QuestionOption {
  value: string | number | boolean;
  label: string;
  /** For 'multi' questions: the profile field this option sets. */
  field?: string;
}

/** One wizard question as data, so the UI renders the wizard without knowing any rule. */
export interface GuideQuestion {
  id: string;
  /** Profile field path the answer fills ("subject.occupation"); 'multi' questions use each option's field. */
  field: string;
  text: string;
  kind: 'choice' | 'multi' | 'boolean' | 'date' | 'number';
  options?: QuestionOption[];
  answered: boolean;
  /** Optional questions may be skipped. */
  optional?: boolean;
}

type Subject = Profile['subject'] | undefined;

/**
 * The wizard's questions for the current (possibly partial) profile: six for the common cases, plus the
 * follow-ups a rule needs (admission date of a probationary member, start date of each post…).
 */
export function guideQuestions(profile: Partial<Profile> = {}, thisYear = new Date().getFullYear()): GuideQuestion[] {
  const s: Subject = profile.subject;
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_SUPPORTED_YEAR + 1) }, (_, i) => thisYear - i);
  const qs: GuideQuestion[] = [
    { id: 'kind', field: 'subject.kind', text: 'Đồng chí chuẩn bị kiểm điểm cho ai?', kind: 'choice', answered: !!s,
      options: [
        { value: 'individual', label: 'Cho bản thân (cá nhân)' },
        { value: 'collective', label: 'Cho một tập thể (chi bộ, cấp ủy, tập thể lãnh đạo)' },
      ] },
    { id: 'year', field: 'reviewYear', text: 'Kiểm điểm cho năm nào?', kind: 'choice', answered: profile.reviewYear !== undefined,
      options: years.map((y) => ({ value: y, label: `Năm ${y}` })) },
  ];
  if (s?.kind === 'collective') {
    qs.push(
      { id: 'collective-kind', field: 'subject.collectiveKind', text: 'Tập thể thuộc loại nào?', kind: 'choice', answered: !!s.collectiveKind,
        options: COLLECTIVE_KINDS.map((k) => ({ value: k, label: COLLECTIVE_KIND_LABELS[k] })) },
      { id: 'member-count', field: 'subject.memberCount', text: 'Tập thể có bao nhiêu thành viên?', kind: 'number', answered: s.memberCount !== undefined },
      { id: 'formed-date', field: 'subject.formedDate', text: 'Nếu tập thể mới thành lập, chia tách, sáp nhập trong năm: thành lập ngày nào?', kind: 'date', answered: !!s.formedDate, optional: true },
    );
    if (s.collectiveKind === 'chi-bo-co-so' || s.collectiveKind === 'chi-bo-truc-thuoc') {
      qs.push({ id: 'has-committee', field: 'subject.hasCommittee', text: 'Chi bộ có chi ủy không?', kind: 'boolean', answered: s.hasCommittee !== undefined,
        options: [{ value: true, label: 'Có chi ủy' }, { value: false, label: 'Không có chi ủy (chỉ có bí thư)' }] });
    }
    return qs;
  }
  const ind = s?.kind === 'individual' ? s : undefined;
  qs.push(
    { id: 'occupation', field: 'subject.occupation', text: 'Đồng chí đang làm gì, ở đâu?', kind: 'choice', answered: !!ind?.occupation,
      options: OCCUPATIONS.map((o) => ({ value: o, label: OCCUPATION_LABELS[o] })) },
    { id: 'posts', field: 'subject.leadershipPosts', text: 'Đồng chí có giữ chức vụ lãnh đạo, quản lý (kể cả chức vụ đảng, đoàn thể) không?', kind: 'boolean',
      answered: (ind?.leadershipPosts.length ?? 0) > 0 || ind?.holdsPosts === false,
      options: [{ value: true, label: 'Có (nhập từng chức vụ)' }, { value: false, label: 'Không' }] },
    { id: 'party-status', field: 'subject.partyStatus', text: 'Tình trạng đảng viên của đồng chí?', kind: 'choice', answered: !!ind,
      options: PARTY_STATUSES.map((p) => ({ value: p, label: PARTY_STATUS_LABELS[p] })) },
    { id: 'situations', field: 'subject', text: 'Trong năm, đồng chí có trường hợp nào sau đây không?', kind: 'multi', optional: true,
      answered: !!ind && [ind.sickLeaveMonths, ind.maternityLeave, ind.movedUnitThisYear, ind.temporaryMembership].some((v) => v !== undefined),
      options: [
        { value: 3, label: 'Nghỉ ốm tổng cộng từ 3 tháng trở lên', field: 'subject.sickLeaveMonths' },
        { value: true, label: 'Nghỉ thai sản', field: 'subject.maternityLeave' },
        { value: true, label: 'Chuyển đơn vị, chuyển sinh hoạt đảng trong năm', field: 'subject.movedUnitThisYear' },
        { value: true, label: 'Đang sinh hoạt đảng tạm thời', field: 'subject.temporaryMembership' },
      ] },
  );
  if (!ind) return qs;
  if (ind.partyStatus === 'du-bi') {
    qs.push({ id: 'join-date', field: 'subject.partyJoinDate', text: 'Đồng chí được kết nạp vào Đảng ngày nào?', kind: 'date', answered: !!ind.partyJoinDate });
  }
  ind.leadershipPosts.forEach((p, i) => {
    qs.push({ id: `post-${i}-start`, field: `subject.leadershipPosts[${i}].startDate`, text: `Đồng chí giữ chức vụ «${p.title}» từ ngày nào?`, kind: 'date', answered: !!p.startDate });
  });
  if (ind.movedUnitThisYear) {
    qs.push({ id: 'previous-months', field: 'subject.previousUnitMonths', text: 'Đồng chí đã sinh hoạt ở tổ chức đảng trước đây bao nhiêu tháng?', kind: 'number', answered: ind.previousUnitMonths !== undefined });
  }
  return qs;
}
