import { FIRST_SUPPORTED_YEAR, rulebookIdForYear } from '../core/rulebook-id';
import { getRulebook, rulebookIdForProfile } from '../rulebooks/index';
import { ref, src } from '../rulebooks/ref';
import type { SpecialTag } from '../rulebooks/types';
import { stateGradingFor } from '../rulebooks/state-grading';
import type { Overlay } from '../schemas/overlay';
import type { Profile } from '../schemas/profile';
import { assessSubject, referenceDateFor, type SubjectAssessment } from '../subject/index';
import { buildChecklist } from './checklist';
import { ROLE_LABELS } from './labels';
import { overlayPart } from './overlay';
import { placesAndOrder } from './places';
import type { Guide, GuideLine } from './types';

export type * from './types';
export { guideQuestions, type GuideQuestion, type QuestionOption } from './questions';
export { groupByUnit, type ChecklistGroup } from './checklist';
export { profileLabel, sortProfiles, type ProfileLabel } from './profile-label';

const SCOPE_RULE = ref('guide.scope', 'Phạm vi của ứng dụng: năm kiểm điểm từ 2018 (QĐ 132-QĐ/TW)', src('qd132-2018'), 'secondary');
const OVERRIDE_RULE = ref('guide.rulebook-override', 'Bộ quy định theo năm kiểm điểm (QĐ 366 Điều 19 thay QĐ 124; QĐ 124 thay QĐ 132)', src('qd366-2025', 'Điều 19'), 'secondary');

function specialTags(profile: Profile, a: SubjectAssessment): Set<SpecialTag> {
  const tags = new Set<SpecialTag>(['all']);
  const s = profile.subject;
  if (s.kind === 'collective') {
    tags.add('collective');
    if (s.memberCount !== undefined && s.memberCount < 5) tags.add('small-unit');
    if (a.newCollective) tags.add('new-collective');
    return tags;
  }
  const posts = a.posts;
  if (a.civilServant) tags.add('civil-servant');
  if (posts.length > 1 || posts.some((p) => p.concurrent)) tags.add('concurrent');
  if (posts.some((p) => p.isHead)) tags.add('head');
  if (s.movedUnitThisYear) tags.add('moved');
  if (s.temporaryMembership) tags.add('temporary');
  if (s.committeeSuspended) tags.add('committee-suspended');
  if ((s.sickLeaveMonths ?? 0) > 0 || s.maternityLeave) tags.add('leave');
  if (a.newlyAppointed) tags.add('newly-appointed');
  return tags;
}

function collectUncertain(lines: GuideLine[]): GuideLine[] {
  const seen = new Map<string, GuideLine>();
  for (const l of lines) if (l.rule.certainty === 'uncertain' && !seen.has(l.rule.id)) seen.set(l.rule.id, l);
  return [...seen.values()];
}

/**
 * The role guide (pure): must this subject be reviewed, graded; which form; where and in what order; the
 * checklist of contents with their form units; the overlay's extras and deadlines; what is still unknown.
 */
export function buildGuide(profile: Profile, overlay?: Overlay, today?: string): Guide {
  const reference = referenceDateFor(profile.reviewYear, { ...(profile.reviewDate ? { reviewDate: profile.reviewDate } : {}), ...(today ? { today } : {}) });
  const at = reference.date;
  const rbId = rulebookIdForProfile(profile);
  const base: Guide = {
    v: 1, reviewYear: profile.reviewYear, rulebookId: rbId ?? null, rulebookLabel: null, referenceDate: at, referenceBasis: reference.basis, messages: [],
    role: null, roleLabel: '', subject: null, form: null, places: [], order: [], checklist: [], specialRules: [],
    overlay: overlay ? overlayPart(overlay, rbId, profile.reviewYear, today) : null, unknowns: [], uncertainties: [],
  };
  if (!rbId) {
    base.messages.push({
      text: `Năm kiểm điểm ${profile.reviewYear} trước năm ${FIRST_SUPPORTED_YEAR}: ứng dụng chưa có bộ quy định cho năm này (Quy định 132-QĐ/TW áp dụng từ năm ${FIRST_SUPPORTED_YEAR}). Hãy dùng văn bản hướng dẫn của năm đó.`,
      rule: SCOPE_RULE,
    });
    return base;
  }
  const rb = getRulebook(rbId);
  base.rulebookLabel = rb.label;
  base.messages.push(...rb.limitations.map((l) => ({ text: l.text, rule: l.rule })));
  const yearBook = rulebookIdForYear(profile.reviewYear);
  if (profile.rulebookId && yearBook && profile.rulebookId !== yearBook) {
    base.messages.push({ text: `Hồ sơ chọn bộ quy định «${rb.label}» thay cho bộ quy định của năm ${profile.reviewYear}.`, rule: OVERRIDE_RULE });
  }
  if (overlay && base.overlay?.applies === false) base.messages.push(base.overlay.message);

  const assessed = assessSubject(profile, rb, reference);
  const { role } = assessed;
  const s = profile.subject;
  const unknowns = [...assessed.missing];
  const exempt = assessed.status === 'exempt';
  const where = exempt ? { places: [], order: [] } : placesAndOrder(rb, role, profile, assessed);
  const tags = specialTags(profile, assessed);
  const special = exempt ? [] : rb.special.filter((r) => r.tags.some((t) => tags.has(t)));
  const moved = rb.subjects.movedUnit;
  const movedLines: GuideLine[] = [];
  if (!exempt && s.kind === 'individual' && s.movedUnitThisYear && moved) {
    if (s.previousUnitMonths === undefined) {
      unknowns.push({ field: 'subject.previousUnitMonths', question: 'Đồng chí đã sinh hoạt ở tổ chức đảng trước đây bao nhiêu tháng?', rule: moved.rule });
    } else if (s.previousUnitMonths >= moved.months) {
      movedLines.push({ text: moved.text, rule: moved.rule });
    }
  }
  const stateMoved = !exempt && s.kind === 'individual' && s.movedUnitThisYear ? stateGradingFor(profile.reviewYear, s.occupation)?.movedUnit : undefined;
  if (stateMoved) movedLines.push(stateMoved);
  const checklist = exempt ? [] : buildChecklist(rb, role, profile, assessed.form?.code ?? null, base.overlay?.applies ? overlay : undefined);
  const guide: Guide = {
    ...base,
    role,
    roleLabel: ROLE_LABELS[role],
    subject: { status: assessed.status, mustReview: assessed.mustReview, graded: assessed.graded, reasons: [...assessed.reasons, ...assessed.notes] },
    form: assessed.form,
    places: where.places,
    order: where.order,
    checklist,
    specialRules: [...movedLines, ...special.map((r) => ({ text: `${r.title}: ${r.text}`, rule: r.rule }))],
    unknowns,
  };
  guide.uncertainties = collectUncertain([
    ...guide.messages, ...(guide.subject?.reasons ?? []), ...(guide.form ? [{ text: guide.form.label, rule: guide.form.rule }] : []),
    ...guide.places, ...guide.order, ...guide.checklist, ...guide.specialRules, ...guide.unknowns.map((u) => ({ text: u.question, rule: u.rule })),
  ]);
  return guide;
}
