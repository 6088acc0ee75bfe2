import { stateGradingFor } from '../rulebooks/state-grading';
import type { PlaceRule, PlaceTopic, Rulebook } from '../rulebooks/types';
import type { Profile } from '../schemas/profile';
import type { SubjectAssessment } from '../subject/index';
import type { GuideLine, GuideRole } from './types';

export interface PlacesAnswer {
  places: GuideLine[];
  order: GuideLine[];
}

const PLACE_TOPICS: PlaceTopic[] = ['collective-place', 'committee-members', 'no-committee', 'small-collective', 'member-place', 'leader-places', 'concurrent'];

/** Where and in what order (Điều 7, Điều 12 khoản 2 / QĐ 124 Điều 7, 11; HD 43 2.1–2.3, 7.4; HD 25 7.3–7.7). */
export function placesAndOrder(rb: Rulebook, role: GuideRole, profile: Profile, a: SubjectAssessment): PlacesAnswer {
  const s = profile.subject;
  const topics = new Set<PlaceTopic>();
  const extra: Partial<Record<PlaceTopic, string>> = {};
  if (s.kind === 'collective') {
    topics.add('preparation').add('collective-place').add('committee-members').add('collective-order').add('grading-order');
    if (s.hasCommittee === false) topics.add('no-committee');
    if (s.memberCount !== undefined && s.memberCount < 3) topics.add('small-collective');
  } else {
    topics.add('member-place');
    const posts = a.posts;
    if (posts.length > 0) {
      topics.add('leader-places').add('leader-order').add('collective-order').add('head-order').add('grading-order');
      extra['head-order'] = posts.some((p) => p.isHead)
        ? 'Đồng chí là người đứng đầu: kiểm điểm trước cấp phó và các thành viên; được xếp loại sau khi có kết quả xếp loại tập thể.'
        : 'Đồng chí kiểm điểm sau người đứng đầu.';
      if (posts.length > 1 || posts.some((p) => p.concurrent)) topics.add('concurrent');
    }
    if (a.civilServant) topics.add('civil-servant-first');
    if (s.temporaryMembership && rb.subjects.temporaryMembership) {
      extra['member-place'] = rb.subjects.temporaryMembership.text;
    }
  }
  const kind = s.kind === 'collective' ? s.collectiveKind : undefined;
  const applies = (p: PlaceRule) =>
    topics.has(p.topic) && (!p.collectiveKinds || (kind !== undefined && p.collectiveKinds.includes(kind)));
  const toLine = (p: PlaceRule): GuideLine => ({ text: extra[p.topic] ? `${p.text} ${extra[p.topic]}` : p.text, rule: p.rule });
  const chosen = rb.places.filter(applies);
  // The state grading that comes first, by review year and occupation (NĐ 90/2020 until 2025, NĐ 335/2025 after).
  const state = s.kind === 'individual' && a.civilServant ? stateGradingFor(profile.reviewYear, s.occupation) : undefined;
  const order = chosen.filter((p) => !PLACE_TOPICS.includes(p.topic)).flatMap((p) =>
    p.topic === 'civil-servant-first' && state ? [toLine(p), { text: state.text, rule: state.rule }] : [toLine(p)],
  );
  return { places: chosen.filter((p) => PLACE_TOPICS.includes(p.topic)).map(toLine), order };
}
