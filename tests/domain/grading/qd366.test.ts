import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { parseWith } from '../../../domain/schemas/errors';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { CLEAN, EXCELLENT_2025, LEADER_2025, LEADER_FACTS_2025, makeCase } from './make-case';

const scores = (total: number) => {
  const common = total >= 90 ? 30 : 20;
  return { common, results: Math.round((total - common) * 100) / 100 };
};
const find = (r: ReturnType<typeof checkGrade>, text: string) => r.conditions.find((c) => c.text.includes(text));

describe('QĐ 366 Điều 11: score bands are ceilings', () => {
  it.each([
    [100, 'HTXSNV', 'HTXSNV'],
    [90, 'HTXSNV', 'HTXSNV'],
    [89.5, 'HTTNV', 'HTTNV'],
    [70, 'HTTNV', 'HTTNV'],
    [69.9, 'HTNV', 'HTNV'],
    [50, 'HTNV', 'HTNV'],
    [49.9, 'KHTNV', 'KHTNV'],
  ])('%s points → band %s, highest allowed %s', (total, band, allowed) => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, scores: scores(total) } }));
    expect(r.score?.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.highestAllowed).toBe(allowed);
    expect(find(r, 'dưới 50 điểm')?.status).toBe(total < 50 ? 'met' : 'unmet');
  });

  it('sums sub-criterion points when the group totals are not given', () => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, scores: { byCriterion: { common: { a: 14.5, b: 15 }, results: { c: 60.5 } } } } }));
    expect(r.score).toEqual({ common: 29.5, results: 60.5, total: 90 });
    expect(r.highestAllowed).toBe('HTXSNV');
  });

  it('extra conditions can only lower: 95 points without tasks exceeded → HTTNV', () => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, scores: { common: 30, results: 65 }, tasks: { total: 10, onTime: 10, exceeded: 0, late: 0, notCompleted: 0 } }, proposed: 'HTXSNV' }));
    expect(r.band).toBe('HTXSNV');
    expect(r.highestAllowed).toBe('HTTNV');
    expect(r.proposedAllowed).toBe(false);
    expect(find(r, 'vượt mức yêu cầu')).toMatchObject({ status: 'unmet', whatWouldChange: 'Cần thêm 3 nhiệm vụ vượt mức để đạt 30%.' });
  });
});

describe('QĐ 366 Điều 11: task thresholds on both sides', () => {
  const tasks = (t: Record<string, number>) => ({ total: 1000, late: 0, notCompleted: 0, exceeded: 0, ...t });
  it.each([
    [299, 'HTTNV'],
    [300, 'HTXSNV'],
  ])('HTXSNV: %s of 1000 tasks exceeded (29.9pct / 30pct) → %s', (exceeded, allowed) => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, tasks: tasks({ onTime: 1000, exceeded }) } }));
    expect(r.highestAllowed).toBe(allowed);
  });

  it.each([
    [200, 'HTNV', false],
    [201, 'KHTNV', true],
  ])('HTNV: %s of 1000 tasks late (20pct / 20.1pct) → %s (gap: %s)', (late, allowed, gap) => {
    const r = checkGrade(makeCase({ facts: { ...CLEAN, priorShortcomings: { total: 0, remedied: 0 }, scores: scores(60), tasks: tasks({ onTime: 1000 - late, late }) } }));
    expect(r.highestAllowed).toBe(allowed);
    expect(r.notes.some((n) => n.includes('văn bản chưa quy định'))).toBe(gap);
  });

  it.each([
    [500, 'unmet'],
    [501, 'met'],
  ])('KHTNV: %s of 1000 tasks not completed (50pct / 50.1pct) → trigger %s', (notCompleted, status) => {
    const r = checkGrade(makeCase({ facts: { ...CLEAN, scores: scores(60), tasks: tasks({ onTime: 1000 - notCompleted, notCompleted }) } }));
    expect(find(r, 'không hoàn thành')?.status).toBe(status);
    expect(r.highestAllowed).toBe('KHTNV');
  });

  it('a case meeting no grade and no trigger is left to the competent level (80 points, 20% not completed)', () => {
    const r = checkGrade(makeCase({ facts: { ...CLEAN, scores: scores(80), tasks: { total: 10, onTime: 8, notCompleted: 2, late: 0, exceeded: 0 } }, proposed: 'HTNV' }));
    expect(r.highestAllowed).toBe('KHTNV');
    expect(r.highestPossible).toBe('KHTNV');
    expect(r.conditions.filter((c) => c.grade === 'KHTNV' && c.status === 'met')).toEqual([]);
    expect(r.notes.join('\n')).toContain('để cấp có thẩm quyền xem xét, quyết định');
  });

  it.each([
    [{ total: 2, remedied: 1 }, 'HTTNV'],
    [{ total: 2, remedied: 2 }, 'HTXSNV'],
    [{ total: 0, remedied: 0 }, 'HTXSNV'],
  ])('HTXSNV: prior shortcomings %j remedied → %s', (prior, allowed) => {
    expect(checkGrade(makeCase({ facts: { ...EXCELLENT_2025, priorShortcomings: prior } })).highestAllowed).toBe(allowed);
  });
});

describe('QĐ 366 Điều 11: leaders', () => {
  const leader = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    checkGrade(makeCase({ subject: LEADER_2025, facts: { ...LEADER_FACTS_2025, ...facts }, ...extra }));
  const area = (a: Record<string, unknown>) => ({ leader: { ...LEADER_FACTS_2025.leader, ...a } });

  it('meets every HTXSNV condition', () => expect(leader({}).highestAllowed).toBe('HTXSNV'));

  it.each([
    [70, 'unmet', 'HTXSNV'],
    [69.9, 'met', 'KHTNV'],
  ])('area completion %spct → trigger %s', (pct, status, allowed) => {
    const r = leader(area({ areaCompletionPercent: pct }));
    expect(find(r, 'hoàn thành dưới 70%')?.status).toBe(status);
    expect(r.highestAllowed).toBe(allowed);
  });

  it.each([
    [50, 'unmet'],
    [50.1, 'met'],
  ])('low-confidence votes %spct → trigger %s', (pct, status) => {
    expect(find(leader({ lowConfidenceVotePercent: pct }), 'phiếu tín nhiệm thấp')?.status).toBe(status);
  });

  it.each([
    [500, 'unmet'],
    [501, 'met'],
  ])('%s of 1000 overseen units KHTNV (50pct / 50.1pct) → trigger %s', (kh, status) => {
    const r = leader(area({ unitGrades: { HTXSNV: 0, HTTNV: 1000 - kh, HTNV: 0, KHTNV: kh } }));
    expect(find(r, 'bị xếp loại "Không hoàn thành nhiệm vụ"')?.status).toBe(status);
  });

  it.each([
    [4, 'unmet'],
    [5, 'met'],
  ])('%s of the 5 basic targets missed → trigger %s (uncertain reading)', (missed, status) => {
    const c = find(leader(area({ basicTargetsMissed: missed })), 'chỉ tiêu kinh tế - xã hội');
    expect(c).toMatchObject({ status, certainty: 'uncertain' });
  });

  it('HTXSNV needs the area 100% complete with 30% exceeded', () => {
    const r = leader(area({ area: { total: 10, onTime: 10, exceeded: 2, late: 0, notCompleted: 0 } }));
    expect(r.highestAllowed).toBe('HTTNV');
  });

  it('the leader-own-tasks reading is marked uncertain', () => {
    const own = leader({}).conditions.filter((c) => c.text.includes('chưa đối chiếu văn bản gốc') && c.grade !== 'KHTNV');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.certainty === 'uncertain')).toBe(true);
  });

  it('disciplined but self-detected and remedied: still KHTNV, handed to the competent level', () => {
    const r = leader({ discipline: { form: 'khien-trach', selfDetected: true, remedied: true } });
    expect(r.highestAllowed).toBe('KHTNV');
    expect(find(r, 'bị xử lý kỷ luật từ khiển trách')?.whatWouldChange).toContain('cấp có thẩm quyền');
    expect(r.notes.join('\n')).toContain('không tự động miễn trừ');
  });

  it.each([
    [undefined, 'HTXSNV', true],
    ['rule', 'HTTNV', false],
  ])('head above own collective (settings %s) → highest allowed %s', (mode, allowed, warned) => {
    const r = leader({ ownCollectiveGrade: 'HTTNV' }, { proposed: 'HTXSNV', ...(mode ? { settings: { headNotAboveCollective: mode } } : {}) });
    expect(r.highestAllowed).toBe(allowed);
    expect(r.notes.some((n) => n.startsWith('Cảnh báo'))).toBe(warned);
  });
});

describe('QĐ 366 Điều 11: collectives and others', () => {
  const collective = { kind: 'collective', name: 'Chi bộ A', collectiveKind: 'chi-bo-co-so' };
  const base = { ...EXCELLENT_2025, collective: { subordinateUnitsDisciplined: 0, leadershipMembersDisciplined: 0, cadreWorkViolationConcluded: false, leadershipMemberDegradation: false }, leader: { basicTargetsMissed: 0 } };
  it.each([
    [0, 0, 'HTXSNV'],
    [1, 0, 'HTTNV'],
  ])('collective with %s subordinate units and %s leadership members disciplined → %s', (units, members, allowed) => {
    const r = checkGrade(makeCase({ subject: collective, facts: { ...base, collective: { ...base.collective, subordinateUnitsDisciplined: units, leadershipMembersDisciplined: members } } }));
    expect(r.highestAllowed).toBe(allowed);
  });

  it('a disciplined leadership member is a KHTNV trigger for the collective (uncertain scope)', () => {
    const r = checkGrade(makeCase({ subject: collective, facts: { ...base, collective: { ...base.collective, leadershipMembersDisciplined: 1 } } }));
    expect(r.highestAllowed).toBe('KHTNV');
    expect(find(r, 'Có thành viên trong tập thể lãnh đạo, quản lý vi phạm')?.certainty).toBe('uncertain');
  });

  it('a member outside the political system uses the non-leader clauses', () => {
    const r = checkGrade(makeCase({ subject: { kind: 'individual', occupation: 'huu-tri' }, facts: EXCELLENT_2025 }));
    expect(r.highestAllowed).toBe('HTXSNV');
    expect(find(r, 'những điều đảng viên không được làm')?.status).toBe('unmet');
  });

  it('unknown facts: nothing is allowed yet, the best is still possible', () => {
    const r = checkGrade(makeCase({ facts: { scores: scores(92) }, proposed: 'HTTNV' }));
    expect(r.highestAllowed).toBe('KHTNV');
    expect(r.highestPossible).toBe('HTXSNV');
    expect(r.proposedAllowed).toBe(false);
    expect(r.notes.join('\n')).toContain('chưa đủ căn cứ');
  });

  it('no score → no band, and a note asks for the points', () => {
    const r = checkGrade(makeCase({ facts: CLEAN }));
    expect(r.score).toBeNull();
    expect(r.band).toBeUndefined();
    expect(r.notes[0]).toContain('Chưa có điểm tự chấm');
  });

  it('civil-servant grade below the proposal: a note (QĐ 366 Điều 3), not a cap', () => {
    const r = checkGrade(makeCase({ subject: { kind: 'individual', occupation: 'cong-chuc' }, facts: { ...EXCELLENT_2025, civilServantGrade: 'HTTNV' }, proposed: 'HTXSNV' }));
    expect(r.highestAllowed).toBe('HTXSNV');
    expect(r.notes.some((n) => n.startsWith('QĐ 366 Điều 3'))).toBe(true);
  });

  it('every condition names its clause, in NFC Vietnamese', () => {
    const r = checkGrade(makeCase({ subject: LEADER_2025, facts: LEADER_FACTS_2025 }));
    expect(r.conditions.length).toBeGreaterThan(15);
    for (const c of r.conditions) {
      expect(c.clause).toMatch(/^(QĐ 366 Điều (11|3)|HD 43)/);
      expect(c.text).toBe(c.text.normalize('NFC'));
    }
  });

  it('2018–2022 is not supported yet', () => {
    const r = checkGrade(makeCase({ year: 2020 }));
    expect(r).toMatchObject({ rulebook: 'qd132-2018', outcome: 'not-graded', highestAllowed: null });
  });

  // The speed of this check is measured by `npm run bench` (budget 1 ms), not here.
  it('the check is pure: the same case gives the same answer and is left unchanged', () => {
    const c = makeCase({ subject: LEADER_2025, facts: LEADER_FACTS_2025, proposed: 'HTXSNV' });
    const copy = structuredClone(c);
    const first = checkGrade(c);
    expect(checkGrade(c)).toEqual(first);
    expect(c).toEqual(copy);
  });
});

describe('CheckCase schema: Vietnamese errors naming the field', () => {
  it.each([
    [{ scores: { common: 30.5, results: 60 } }, 'Trường «facts.scores.common»: phải ≤ 30.'],
    [{ scores: { byCriterion: { common: { a: 20, b: 10.5 }, results: {} } } }, 'Trường «facts.scores.byCriterion.common»: tổng điểm nhóm tiêu chí chung vượt quá 30.'],
    [{ tasks: { total: 10, late: 11 } }, 'Trường «facts.tasks.late»: không được lớn hơn tổng số nhiệm vụ (10).'],
    [{ lowConfidenceVotePercent: 100.1 }, 'Trường «facts.lowConfidenceVotePercent»: phải ≤ 100.'],
    [{ discipline: { form: 'phe-binh' } }, 'Trường «facts.discipline.form»: giá trị không hợp lệ'],
  ])('facts %j', (facts, message) => {
    const r = parseWith(CheckCaseSchema, { profile: { reviewYear: 2025, subject: { kind: 'individual' } }, facts });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain(message);
  });
});
