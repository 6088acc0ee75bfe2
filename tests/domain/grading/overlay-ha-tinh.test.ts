import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { HA_TINH_2023_CONDITIONS } from '../../../domain/overlays/ha-tinh-2023/grading';
import { CLEAN, makeCase } from './make-case';

const LEADER = { kind: 'individual', occupation: 'huu-tri', leadershipPosts: [{ title: 'Bí thư', startDate: '2020-01-01', isHead: true }] };
const FACTS = {
  ...CLEAN,
  criterionLevels: { results: { a: 'xuat-sac' }, others: { b: 'tot' } },
  tasks: { total: 10, onTime: 10, exceeded: 5, late: 0, notCompleted: 0 },
  ownCollectiveGrade: 'HTXSNV',
  leader: { area: { total: 10, onTime: 10, exceeded: 5, late: 0, notCompleted: 0 }, unitGrades: { HTXSNV: 0, HTTNV: 10, HTNV: 0, KHTNV: 0 }, corruptionDisciplined: false },
  votes: { workplace: { HTXSNV: 95, HTTNV: 5, HTNV: 0, KHTNV: 0 } },
};
const run = (f: Record<string, unknown>, subject: Record<string, unknown> = LEADER) =>
  checkGrade(makeCase({ year: 2023, overlayId: 'ha-tinh-2023', subject, facts: { ...FACTS, ...f } }));
const find = (r: ReturnType<typeof checkGrade>, text: string) => r.conditions.filter((c) => c.text.includes(text));

describe('Hà Tĩnh 2023 overlay conditions', () => {
  it.each([
    [{ HTXSNV: 899, HTTNV: 101, HTNV: 0, KHTNV: 0 }, 'HTTNV'],
    [{ HTXSNV: 900, HTTNV: 100, HTNV: 0, KHTNV: 0 }, 'HTXSNV'],
    [{ HTXSNV: 0, HTTNV: 899, HTNV: 101, KHTNV: 0 }, 'HTNV'],
  ])('workplace votes %j (89.9pct / 90pct) → %s', (workplace, allowed) => {
    const r = run({ votes: { workplace } });
    expect(r.highestAllowed).toBe(allowed);
    expect(find(r, 'phiếu của tập thể lãnh đạo')[0]?.certainty).toBe('uncertain');
  });

  it.each([
    [80, 'HTXSNV'],
    [79.9, 'HTTNV'],
    [75, 'HTTNV'],
    [74.9, 'HTNV'],
    [70, 'HTNV'],
    [69.9, 'KHTNV'],
  ])('residence votes %spct good → %s', (pct, allowed) => {
    expect(run({ votes: { ...FACTS.votes, residenceGoodPercent: pct } }).highestAllowed).toBe(allowed);
  });

  it('residence conditions apply only in a year with residence votes', () => {
    expect(find(run({}), 'nơi cư trú')).toEqual([]);
  });

  it.each([
    [50, 'unmet'],
    [50.1, 'met'],
  ])('residence votes %spct not good → KHTNV trigger %s', (pct, status) => {
    expect(find(run({ votes: { ...FACTS.votes, residenceNotGoodPercent: pct } }), 'không tốt nghĩa vụ')[0]?.status).toBe(status);
  });

  const CHI_BO = { kind: 'collective', name: 'Chi bộ khối phố 3' };
  const collective = (memberGrades: Record<string, number>, extra: Record<string, unknown> = {}) =>
    run({
      criterionLevels: { results: { a: 'xuat-sac' }, others: { b: 'tot' } },
      tasks: { total: 10, onTime: 10, notCompleted: 0 },
      leader: { basicTargetsMissed: 0 },
      collective: { subordinateUnitsDisciplined: 0, leadershipMembersDisciplined: 0, committeeDisciplined: false, subordinateCorruptionDisciplined: false, cadreWorkViolationConcluded: false, leadershipMemberDegradation: false, sameLevelBodiesLowestGrade: 'HTTNV', memberGrades, ...extra },
    }, CHI_BO);

  it.each([
    [{ HTXSNV: 100, HTTNV: 699, HTNV: 201 }, 'HTTNV'],
    [{ HTXSNV: 100, HTTNV: 700, HTNV: 200 }, 'HTXSNV'],
    [{ HTXSNV: 0, HTTNV: 499, HTNV: 501 }, 'HTNV'],
    [{ HTXSNV: 0, HTTNV: 500, HTNV: 500 }, 'HTTNV'],
    [{ HTXSNV: 100, HTTNV: 800, HTNV: 99, KHTNV: 1 }, 'HTNV'],
  ])('chi bộ with members %j (79.9/80pct, 49.9/50pct, 100pct HTNV+) → %s', (m, allowed) => {
    expect(collective({ KHTNV: 0, ...m }).highestAllowed).toBe(allowed);
  });

  it.each([
    [200, 'unmet'],
    [201, 'met'],
  ])('%s of 1000 subordinate units disciplined (20pct / 20.1pct) → trigger %s', (n, status) => {
    const r = collective({ HTXSNV: 10, HTTNV: 90 }, { subordinateUnits: 1000, subordinateUnitsDisciplined: n, selfDetectedAndRemedied: true });
    expect(find(r, 'đơn vị trực thuộc bị kỷ luật trong năm')[0]?.status).toBe(status);
  });

  it('the engine takes extraConditions standalone (no overlay id)', () => {
    const c = makeCase({ year: 2023, subject: LEADER, facts: { ...FACTS, votes: { workplace: { HTXSNV: 10, HTTNV: 0, HTNV: 0, KHTNV: 90 } } } });
    expect(checkGrade(c).highestAllowed).toBe('HTXSNV');
    expect(checkGrade(c, { extraConditions: HA_TINH_2023_CONDITIONS }).highestAllowed).toBe('KHTNV');
  });

  it.each([
    ['ha-tinh-2023', 2025, 'không áp dụng cho năm kiểm điểm này'],
    ['hcm-2025', 2025, 'Chưa có điều kiện xếp loại'],
  ])('overlay %s in %s → note', (id, year, note) => {
    const r = checkGrade(makeCase({ year, overlayId: id, facts: CLEAN }));
    expect(r.notes.join('\n')).toContain(note);
  });
});
