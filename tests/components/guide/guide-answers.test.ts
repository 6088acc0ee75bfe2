import { describe, expect, it } from 'vitest';
import { guideQuestions } from '../../../domain/guide/index';
import { ProfileSchema } from '../../../domain/schemas/profile';
import {
  applyAnswer, applyOption, isOptionChecked, missingQuestions, parseFieldPath, readField, settleMulti, writeField, type ProfileDraft,
} from '../../../components/guide/guide-answers';

const question = (draft: ProfileDraft, id: string) => {
  const q = guideQuestions(draft, 2025).find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const individual = (subject: object = {}): ProfileDraft =>
  ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'individual', ...subject } });

describe('field paths', () => {
  it.each([
    ['reviewYear', ['reviewYear']],
    ['subject.occupation', ['subject', 'occupation']],
    ['subject.leadershipPosts[0].startDate', ['subject', 'leadershipPosts', 0, 'startDate']],
    ['subject.leadershipPosts[12].title', ['subject', 'leadershipPosts', 12, 'title']],
  ])('%s', (path, keys) => {
    expect(parseFieldPath(path)).toEqual(keys);
  });

  it('writes a copy and leaves the original alone; undefined removes the field', () => {
    const d = individual({ leadershipPosts: [{ title: 'Trưởng phòng' }] });
    const set = writeField(d, 'subject.leadershipPosts[0].startDate', '2021-03-01');
    expect(readField(set, 'subject.leadershipPosts[0].startDate')).toBe('2021-03-01');
    expect(readField(d, 'subject.leadershipPosts[0].startDate')).toBeUndefined();
    const removed = writeField(set, 'subject.leadershipPosts[0].startDate', undefined);
    expect(Object.keys(readField(removed, 'subject.leadershipPosts[0]') as object)).not.toContain('startDate');
  });
});

describe('applyAnswer', () => {
  it.each([
    ['individual', 'individual'],
    ['collective', 'collective'],
  ])('choosing %s starts a fresh subject and defaults the year to this year', (value, kind) => {
    const d = applyAnswer({}, question({}, 'kind'), value, 2026);
    expect(d.subject?.kind).toBe(kind);
    expect(d.reviewYear).toBe(2026);
    expect(ProfileSchema.safeParse(d).success).toBe(true);
  });

  it('switching individual → collective drops the individual answers; the same kind keeps them', () => {
    const d = individual({ occupation: 'huu-tri' });
    expect(applyAnswer(d, question(d, 'kind'), 'individual', 2026)).toBe(d);
    const c = applyAnswer(d, question(d, 'kind'), 'collective', 2026);
    expect(c.subject).toEqual({ kind: 'collective', name: '' });
    expect(c.reviewYear).toBe(2025);
  });

  it.each([
    ['year', 2023, 'reviewYear'],
    ['occupation', 'cong-chuc', 'subject.occupation'],
    ['party-status', 'du-bi', 'subject.partyStatus'],
  ])('%s writes its field', (id, value, field) => {
    const d = individual();
    expect(readField(applyAnswer(d, question(d, id), value, 2026), field)).toBe(value);
  });

  it('"no posts" empties the list; "yes" leaves it to the posts editor', () => {
    const d = individual({ leadershipPosts: [{ title: 'Bí thư chi bộ' }] });
    expect(readField(applyAnswer(d, question(d, 'posts'), false, 2026), 'subject.leadershipPosts')).toEqual([]);
    expect(readField(applyAnswer(d, question(d, 'posts'), false, 2026), 'subject.holdsPosts')).toBe(false);
    const yes = applyAnswer(individual(), question(individual(), 'posts'), true, 2026);
    expect(readField(yes, 'subject.holdsPosts')).toBe(true);
    expect(question(yes, 'posts').answered).toBe(false);
    expect(readField(applyAnswer(d, question(d, 'posts'), true, 2026), 'subject.leadershipPosts')).toEqual(d.subject && 'leadershipPosts' in d.subject ? d.subject.leadershipPosts : undefined);
  });
});

describe('the "situations" question (multi)', () => {
  const d = individual();
  const q = question(d, 'situations');
  const [sick, maternity] = q.options!;

  it.each([
    [true, 3, true],
    [false, 0, false],
  ])('checked=%s stores %s', (checked, stored, shown) => {
    const next = applyOption(d, sick!, checked);
    expect(readField(next, 'subject.sickLeaveMonths')).toBe(stored);
    expect(isOptionChecked(next, sick!)).toBe(shown);
  });

  it('leaving the step records untouched options as "no", so the question counts as answered', () => {
    expect(question(d, 'situations').answered).toBe(false);
    const withMaternity = applyOption(d, maternity!, true);
    const settled = settleMulti(withMaternity, q);
    expect(readField(settled, 'subject')).toMatchObject({ sickLeaveMonths: 0, maternityLeave: true, movedUnitThisYear: false, temporaryMembership: false });
    expect(question(settled, 'situations').answered).toBe(true);
  });
});

describe('missingQuestions (wizard first, or straight to the guide)', () => {
  it.each<[string, ProfileDraft | undefined, string[]]>([
    ['no profile', undefined, ['subject.kind', 'reviewYear', 'subject.occupation', 'subject.partyStatus']],
    ['individual without occupation', individual(), ['subject.occupation']],
    ['retiree (no posts is not "missing")', individual({ occupation: 'huu-tri' }), []],
    ['"Có" to posts, left before typing one: the posts question again', individual({ occupation: 'cong-chuc', holdsPosts: true }), ['subject.leadershipPosts']],
    ['"Không" to posts', individual({ occupation: 'cong-chuc', holdsPosts: false }), []],
    ['"Có" and a post typed', individual({ occupation: 'cong-chuc', holdsPosts: true, leadershipPosts: [{ title: 'Trưởng phòng', startDate: '2021-03-01' }] }), []],
    ['head without the post start date', individual({ occupation: 'cong-chuc', leadershipPosts: [{ title: 'Trưởng phòng' }] }), ['subject.leadershipPosts[0].startDate']],
    ['head with the start date', individual({ occupation: 'cong-chuc', leadershipPosts: [{ title: 'Trưởng phòng', startDate: '2021-03-01' }] }), []],
    ['probationary member without admission date', individual({ occupation: 'cong-chuc', partyStatus: 'du-bi' }), ['subject.partyJoinDate']],
    ['chi bộ without member count', ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'collective', collectiveKind: 'chi-bo-co-so', hasCommittee: true } }), ['subject.memberCount']],
  ])('%s', (_name, draft, fields) => {
    expect(missingQuestions(draft, 2025).map((q) => q.field)).toEqual(fields);
  });
});
