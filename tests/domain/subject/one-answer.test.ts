import { describe, expect, it } from 'vitest';
import { headerFieldValue } from '../../../domain/document/header-values';
import { chooseForm, newDraft } from '../../../domain/drafting';
import { checkGrade } from '../../../domain/grading';
import { buildGuide } from '../../../domain/guide';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { ProfileSchema, type Profile } from '../../../domain/schemas/profile';
import { assessProfile, gradingOutcomeOf } from '../../../domain/subject';

/**
 * The five profiles that got contradictory answers before the subject assessment: each screen (guide, grade
 * check, new draft, Word header, `assess`) now reads one answer. Opened on 10/12/2025, in the 2025 season.
 */
const TODAY = '2025-12-10';
const profile = (subject: Record<string, unknown>): Profile =>
  ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'individual', fullName: 'Nguyễn Văn An', ...subject } });

const CASES: [string, Profile, { status: string; outcome: string; role: string; form: string | null; posts: string[] }][] = [
  [
    'a post that ended 30/9 and a new post from 1/10 (led without a break)',
    profile({ occupation: 'cong-chuc', leadershipPosts: [
      { title: 'Phó Trưởng phòng', startDate: '2019-03-01', endDate: '2025-09-30' },
      { title: 'Trưởng phòng', startDate: '2025-10-01', isHead: true },
    ] }),
    { status: 'graded', outcome: 'graded', role: 'leader', form: '02A', posts: ['Trưởng phòng'] },
  ],
  [
    'the only post ended in March',
    profile({ occupation: 'cong-chuc', leadershipPosts: [{ title: 'Phó Trưởng phòng', startDate: '2018-01-01', endDate: '2025-03-15' }] }),
    { status: 'graded', outcome: 'graded', role: 'non-leader', form: '02B', posts: [] },
  ],
  [
    'an active post with no start date',
    profile({ occupation: 'cong-chuc', leadershipPosts: [{ title: 'Phó Chánh Văn phòng' }] }),
    { status: 'unknown', outcome: 'unknown', role: 'leader', form: '02A', posts: ['Phó Chánh Văn phòng'] },
  ],
  [
    'admitted 20/6/2025, opened on 10/12',
    profile({ occupation: 'vien-chuc', partyStatus: 'du-bi', partyJoinDate: '2025-06-20', leadershipPosts: [] }),
    { status: 'exempt', outcome: 'exempt', role: 'non-leader', form: null, posts: [] },
  ],
  [
    'occupation not given',
    profile({ leadershipPosts: [] }),
    { status: 'graded', outcome: 'graded', role: 'individual-unknown', form: null, posts: [] },
  ],
];

describe('one answer everywhere for the five profiles', () => {
  it.each(CASES)('%s', (_name, p, want) => {
    const assessed = assessProfile(p, { today: TODAY })!;
    expect({ status: assessed.status, role: assessed.role, form: assessed.form?.code ?? null }).toEqual({ status: want.status, role: want.role, form: want.form });
    expect(assessed.reference).toMatchObject({ date: TODAY, basis: 'today' });

    const guide = buildGuide(p, undefined, TODAY);
    expect(guide.subject?.status).toBe(want.status);
    expect(guide.role).toBe(want.role);
    expect(guide.form?.code ?? null).toBe(want.form);
    expect(guide.referenceDate).toBe(TODAY);

    const check = checkGrade(CheckCaseSchema.parse({ profile: p, facts: {} }), { today: TODAY });
    expect(check.outcome).toBe(want.outcome);
    expect(check.outcome).toBe(gradingOutcomeOf(assessed));
    expect(check.subject?.referenceDate).toBe(TODAY);

    // The new draft starts on the guide's form; where the guide has none because a fact is missing, it asks.
    const choice = chooseForm(p, 'qd366-2025', 2025, { today: TODAY });
    if (want.status === 'exempt') expect(choice?.code).toBe('02B');
    else expect(choice?.code ?? null).toBe(want.form);
    if (choice) {
      const draft = newDraft({ id: 'd', profile: p, reviewYear: 2025, now: 1, today: TODAY });
      expect(draft.formCode).toBe(choice.code);
      // The Word header prints the posts held at the reference date (the meeting date: here the signing date).
      const signed = { ...draft, signedDate: TODAY };
      expect(headerFieldValue('governmentPost', signed)).toBe(want.posts.join('; '));
    } else {
      expect(() => newDraft({ id: 'd', profile: p, reviewYear: 2025, now: 1, today: TODAY })).toThrow('hãy chọn mẫu');
    }
  });

  it('the meeting date, when entered, is the reference date of every screen', () => {
    const p = { ...CASES[3]![1], reviewDate: '2025-12-22' };
    expect(assessProfile(p, { today: TODAY })?.status).toBe('graded');
    expect(buildGuide(p, undefined, TODAY).subject?.status).toBe('graded');
    expect(checkGrade(CheckCaseSchema.parse({ profile: p, facts: {} }), { today: TODAY }).outcome).toBe('graded');
  });
});
