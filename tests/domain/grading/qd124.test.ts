import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { CLEAN, makeCase } from './make-case';

const XS = { results: { 'I.2': 'xuat-sac' }, others: { 'I.1': 'tot', 'I.3': 'tot' } };
const EXCELLENT_2023 = {
  ...CLEAN,
  criterionLevels: XS,
  tasks: { total: 10, onTime: 10, exceeded: 5, late: 0, notCompleted: 0 },
};
const NOT_CIVIL_SERVANT = { kind: 'individual', occupation: 'cong-nhan-nong-dan' };
const person = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  checkGrade(makeCase({ year: 2023, subject: NOT_CIVIL_SERVANT, facts: { ...EXCELLENT_2023, ...facts }, ...extra }));
const find = (r: ReturnType<typeof checkGrade>, text: string) => r.conditions.find((c) => c.text.includes(text));

describe('QĐ 124 Điều 12 (2023): per-criterion levels', () => {
  it.each([
    [XS, 'HTXSNV'],
    [{ results: { a: 'tot' }, others: { b: 'tot' } }, 'HTTNV'],
    [{ results: { a: 'xuat-sac' }, others: { b: 'trung-binh' } }, 'HTTNV'],
    [{ results: { a: 'trung-binh' }, others: { b: 'tot' } }, 'HTNV'],
    [{ results: { a: 'tot' }, others: { b: 'kem' } }, 'KHTNV'],
  ])('levels %j → %s', (levels, allowed) => {
    const r = person({ criterionLevels: levels });
    expect(r.highestAllowed).toBe(allowed);
    expect(r.score).toBeNull();
    expect(find(r, 'mức "Kém"')?.status).toBe(allowed === 'KHTNV' ? 'met' : 'unmet');
  });

  it.each([
    [499, 'HTTNV'],
    [500, 'HTXSNV'],
  ])('HTXSNV: %s of 1000 targets exceeded (49.9pct / 50pct) → %s', (exceeded, allowed) => {
    expect(person({ tasks: { total: 1000, onTime: 1000, exceeded, late: 0, notCompleted: 0 } }).highestAllowed).toBe(allowed);
  });

  it.each([
    [200, 'HTNV'],
    [201, 'KHTNV'],
  ])('HTNV: %s of 1000 late (20pct / 20.1pct) → %s', (late, allowed) => {
    expect(person({ tasks: { total: 1000, onTime: 1000 - late, exceeded: 0, late, notCompleted: 0 } }).highestAllowed).toBe(allowed);
  });

  it.each([
    [500, 'unmet'],
    [501, 'met'],
  ])('KHTNV: %s of 1000 not completed (50pct / 50.1pct) → trigger %s', (nc, status) => {
    const r = person({ tasks: { total: 1000, onTime: 1000 - nc, exceeded: 0, late: 0, notCompleted: nc } });
    expect(find(r, 'không hoàn thành')?.status).toBe(status);
  });

  it.each([
    [50, 'unmet'],
    [50.1, 'met'],
  ])('KHTNV: %spct low-confidence votes → trigger %s', (pct, status) => {
    expect(find(person({ lowConfidenceVotePercent: pct }), 'phiếu tín nhiệm thấp')?.status).toBe(status);
  });

  it.each([
    [{ form: 'khien-trach' }, 'KHTNV'],
    [{ form: 'khien-trach', selfDetected: true, remedied: true }, 'HTXSNV'],
    [{ form: 'khien-trach', selfDetected: true, remedied: false }, 'KHTNV'],
  ])('discipline %j → %s (HD 25: self-detected and remedied is excepted)', (d, allowed) => {
    expect(person({ discipline: d }).highestAllowed).toBe(allowed);
  });
});

describe('QĐ 124 Điều 12: the civil-servant grade caps the party grade', () => {
  it.each([
    ['HTXSNV', 'HTXSNV'],
    ['HTTNV', 'HTTNV'],
    ['HTNV', 'HTNV'],
    ['KHTNV', 'KHTNV'],
  ])('CBCCVC %s → party grade at most %s', (cs, allowed) => {
    const r = person({ civilServantGrade: cs }, { subject: { kind: 'individual', occupation: 'cong-chuc' } });
    expect(r.highestAllowed).toBe(allowed);
  });

  it('not a civil servant: the condition does not apply', () => {
    const r = person({}, { subject: { kind: 'individual', occupation: 'huu-tri' } });
    expect(find(r, 'công chức, viên chức')).toBeUndefined();
    expect(r.highestAllowed).toBe('HTXSNV');
  });

  it('civil servant without the CBCCVC grade: unknown, with HD 25 7.3 in the notes', () => {
    const r = person({}, { subject: { kind: 'individual', occupation: 'vien-chuc' } });
    expect(r.highestAllowed).toBe('KHTNV');
    expect(r.highestPossible).toBe('HTXSNV');
    expect(r.notes.some((n) => n.startsWith('HD 25 mục 7.3'))).toBe(true);
  });
});

describe('QĐ 124 Điều 12: leaders', () => {
  const subject = { kind: 'individual', occupation: 'huu-tri', leadershipPosts: [{ title: 'Bí thư', startDate: '2020-01-01', isHead: true }] };
  const leaderFacts = {
    ownCollectiveGrade: 'HTXSNV',
    leader: { area: { total: 10, onTime: 10, exceeded: 5, late: 0, notCompleted: 0 }, unitGrades: { HTXSNV: 1, HTTNV: 6, HTNV: 3, KHTNV: 0 }, corruptionDisciplined: false },
  };
  const leader = (f: Record<string, unknown> = {}) => person({ ...leaderFacts, ...f }, { subject });
  const lead = (l: Record<string, unknown>) => ({ leader: { ...leaderFacts.leader, ...l } });

  it('meets HTXSNV', () => expect(leader().highestAllowed).toBe('HTXSNV'));

  it.each([
    [{ HTXSNV: 0, HTTNV: 699, HTNV: 301, KHTNV: 0 }, 'HTTNV'],
    [{ HTXSNV: 0, HTTNV: 700, HTNV: 300, KHTNV: 0 }, 'HTXSNV'],
    [{ HTXSNV: 0, HTTNV: 999, HTNV: 0, KHTNV: 1 }, 'HTTNV'],
  ])('units %j (69.9pct / 70pct HTTNV+, 100pct HTNV+) → %s', (units, allowed) => {
    expect(leader(lead({ unitGrades: units })).highestAllowed).toBe(allowed);
  });

  it.each([
    [69.9, 'KHTNV', 'met'],
    [70, 'KHTNV', 'unmet'],
    [70.1, 'HTTNV', 'unmet'],
  ])('area %spct complete → %s (trigger %s; HTTNV/HTNV need above 70pct)', (pct, allowed, status) => {
    const r = leader(lead({ areaCompletionPercent: pct, area: undefined }));
    expect(find(r, 'hoàn thành dưới 70%')?.status).toBe(status);
    expect(r.highestAllowed).toBe(allowed);
  });

  it.each([
    ['HTTNV', false, 'HTTNV'],
    ['HTTNV', true, 'HTXSNV'],
    ['HTXSNV', false, 'HTXSNV'],
  ])('HD 25 7.15: own collective %s, newly arrived %s → head at most %s', (cg, newly, allowed) => {
    expect(leader({ ownCollectiveGrade: cg, newlyArrivedHead: newly }).highestAllowed).toBe(allowed);
  });

  it.each([
    [true, false, 'KHTNV'],
    [true, true, 'HTXSNV'],
  ])('corruption disciplined %s, self-detected %s → %s', (c, s, allowed) => {
    expect(leader(lead({ corruptionDisciplined: c, corruptionSelfDetected: s })).highestAllowed).toBe(allowed);
  });
});

describe('QĐ 124 Điều 12: collectives', () => {
  const subject = { kind: 'collective', name: 'Chi bộ B' };
  const base = {
    criterionLevels: XS,
    tasks: { total: 10, onTime: 10, notCompleted: 0 },
    leader: { basicTargetsMissed: 0 },
    collective: { subordinateUnitsDisciplined: 0, leadershipMembersDisciplined: 0, committeeDisciplined: false, subordinateCorruptionDisciplined: false, cadreWorkViolationConcluded: false, leadershipMemberDegradation: false },
  };
  const coll = (c: Record<string, unknown>, f: Record<string, unknown> = {}) =>
    checkGrade(makeCase({ year: 2023, subject, facts: { ...base, ...f, collective: { ...base.collective, ...c } } }));

  it.each([
    [{}, 'HTXSNV'],
    [{ leadershipMembersDisciplined: 1 }, 'KHTNV'],
    [{ leadershipMembersDisciplined: 1, selfDetectedAndRemedied: true }, 'HTTNV'],
    [{ committeeDisciplined: true }, 'KHTNV'],
    [{ subordinateCorruptionDisciplined: true, selfDetectedAndRemedied: true, subordinateUnitsDisciplined: 1 }, 'HTTNV'],
  ])('collective facts %j → %s', (c, allowed) => expect(coll(c).highestAllowed).toBe(allowed));

  it.each([
    [4, 10, 'met'],
    [5, 10, 'unmet'],
  ])('%s of %s targets completed (40pct / 50pct), main targets missed → trigger %s', (done, total, status) => {
    const r = coll({}, { tasks: { total, notCompleted: total - done }, leader: { basicTargetsMissed: 1 } });
    expect(find(r, 'dưới 50% số chỉ tiêu')?.status).toBe(status);
  });
});
