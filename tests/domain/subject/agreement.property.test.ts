import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulebookIdForYear } from '../../../domain/core/rulebook-id';
import { chooseForm } from '../../../domain/drafting';
import { checkGrade } from '../../../domain/grading';
import { buildGuide } from '../../../domain/guide';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { OCCUPATIONS, PARTY_STATUSES, ProfileSchema } from '../../../domain/schemas/profile';
import { assessProfile, gradingOutcomeOf } from '../../../domain/subject';

/**
 * For arbitrary valid profiles, review years and days of opening, the guide's status is the grade check's
 * outcome, and the guide's form is the new draft's form (domain/subject is the one place that decides).
 * Runs 300 profiles with a new seed each time; a failure prints the seed and the counterexample.
 */
const day = (from: number, to: number) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Dates near the review year, where the "chưa đủ 6 tháng" thresholds and the reference date matter. */
const near = (year: number) => day(year - 1, year + 1);

const post = (year: number) =>
  fc.record(
    {
      title: fc.constantFrom('Trưởng phòng', 'Phó Bí thư Chi bộ', 'Giám đốc', 'Phó Chủ tịch'),
      startDate: fc.oneof(near(year), day(2015, 2027)),
      endDate: near(year),
      isHead: fc.boolean(),
    },
    { requiredKeys: ['title'] },
  );

const individual = (year: number) =>
  fc.record(
    {
      kind: fc.constant('individual' as const),
      fullName: fc.constant('Nguyễn Văn An'),
      partyStatus: fc.constantFrom(...PARTY_STATUSES),
      partyJoinDate: near(year),
      occupation: fc.constantFrom(...OCCUPATIONS),
      leadershipPosts: fc.array(post(year), { maxLength: 3 }),
      sickLeaveMonths: fc.integer({ min: 0, max: 12 }),
      maternityLeave: fc.boolean(),
    },
    { requiredKeys: ['kind', 'fullName', 'partyStatus', 'leadershipPosts'] },
  );
const collective = (year: number) =>
  fc.record(
    { kind: fc.constant('collective' as const), name: fc.constant('Chi bộ Văn phòng'), formedDate: near(year), memberCount: fc.integer({ min: 1, max: 40 }) },
    { requiredKeys: ['kind', 'name'] },
  );

/** A profile and the day the app is opened: mostly inside the review season, sometimes outside it. */
const input = fc.integer({ min: 2018, max: 2027 }).chain((year) =>
  fc.tuple(
    fc.record(
      { reviewYear: fc.constant(year), subject: fc.oneof(individual(year), individual(year), collective(year)), reviewDate: day(year, year) },
      { requiredKeys: ['reviewYear', 'subject'] },
    ),
    fc.oneof(day(year, year), day(year, year), day(2018, 2028)),
  ),
);

const OUTCOME = { exempt: 'exempt', 'reviewed-not-graded': 'not-graded', 'graded-on-time-worked': 'graded', graded: 'graded', unknown: 'unknown' } as const;

describe('guide, grade check and new draft agree (property)', () => {
  it('for any valid profile, year and day', () => {
    let checked = 0;
    fc.assert(
      fc.property(input, ([raw, today]) => {
        const profile = ProfileSchema.parse(raw);
        const rb = rulebookIdForYear(profile.reviewYear)!;
        const guide = buildGuide(profile, undefined, today);
        const assessed = assessProfile(profile, { today })!;
        expect(guide.subject?.status).toBe(assessed.status);
        expect(guide.role).toBe(assessed.role);
        if (rb !== 'qd132-2018') {
          const check = checkGrade(CheckCaseSchema.parse({ profile, facts: {} }), { today });
          expect(check.outcome).toBe(OUTCOME[guide.subject!.status]);
          expect(check.outcome).toBe(gradingOutcomeOf(assessed));
          checked += 1;
        }
        if (guide.subject?.status !== 'exempt') {
          expect(chooseForm(profile, rb, profile.reviewYear, { today })?.code ?? null).toBe(guide.form?.code ?? null);
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
