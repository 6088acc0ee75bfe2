import { describe, expect, it } from 'vitest';
import { checkRoster } from '../../../domain/roster';
import { RosterSchema } from '../../../domain/schemas/roster';

type M = Record<string, unknown>;
const roster = (members: M[], extra: Record<string, unknown> = {}) =>
  RosterSchema.parse({ reviewYear: 2025, unit: { name: 'Chi bộ A', kind: 'chi-bo', grade: 'HTTNV' }, members, ...extra });
const many = (grade: string, n: number, prefix = grade): M[] => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, proposedGrade: grade }));
const ids = (r: ReturnType<typeof checkRoster>) => r.findings.map((f) => `${f.severity}:${f.id}`);

describe('checkRoster: quota and counts', () => {
  it.each([
    [2, 10, 'literal', 'info:quota.within'],
    [3, 10, 'literal', 'error:quota.exceeded'],
    [2, 9, 'literal', 'error:quota.exceeded'],
    [2, 8, 'pool', 'warning:quota.other-reading'],
    [3, 12, 'pool', 'warning:quota.other-reading'],
    [4, 12, 'pool', 'error:quota.exceeded'],
  ])('%s HTXSNV with %s HTTNV (%s reading)', (xs, tt, reading, expected) => {
    const r = checkRoster(roster([...many('HTXSNV', xs), ...many('HTTNV', tt)], { settings: { quotaReading: reading } }));
    expect(ids(r)).toContain(expected);
    const f = r.findings.find((x) => x.id.startsWith('quota'))!;
    expect(f.clause).toBe('QĐ 366 Điều 11 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)');
    expect(f.text).toContain('đang áp dụng');
  });

  it('the outstanding-unit setting raises the cap to 25% in 2025 only', () => {
    const members = [...many('HTXSNV', 2), ...many('HTTNV', 8)];
    expect(checkRoster(roster(members, { settings: { outstandingUnit: true } })).quota[0]).toMatchObject({ percent: 25, within: true });
    const r2023 = checkRoster(roster(members, { reviewYear: 2023, settings: { outstandingUnit: true } }));
    expect(r2023.quota[0]).toMatchObject({ percent: 20, within: false });
    expect(ids(r2023)).toContain('info:quota.outstanding-n/a');
  });

  it('excluded members and members without a grade are out of the counts', () => {
    const r = checkRoster(roster([...many('HTXSNV', 1), ...many('HTTNV', 5), { name: 'Miễn', proposedGrade: 'HTXSNV', excluded: 'Miễn sinh hoạt đảng' }, { name: 'Chưa đề xuất' }]));
    expect(r.summary).toMatchObject({ total: 8, graded: 6, excluded: 1, notProposed: 1 });
    expect(r.quota[0]).toMatchObject({ htxsnv: 1, literal: { denominator: 5, max: 1, within: true } });
    expect(r.findings.find((f) => f.id === 'members.excluded')?.members).toEqual(['Miễn']);
    expect(r.findings.find((f) => f.id === 'members.not-proposed')?.members).toEqual(['Chưa đề xuất']);
  });

  it('summary table like the provincial reports', () => {
    const r = checkRoster(roster([...many('HTXSNV', 114), ...many('HTTNV', 503), ...many('HTNV', 40), ...many('KHTNV', 1)]));
    expect(r.summary.rows.map((x) => x.text)).toEqual(['114/658 (17,3%)', '503/658 (76,4%)', '40/658 (6,1%)', '1/658 (0,2%)']);
    expect(r.summary.rows.map((x) => x.percent)).toEqual([17.3, 76.4, 6.1, 0.2]);
  });

  it('groups of similar posts are counted separately', () => {
    const r = checkRoster(roster([...many('HTXSNV', 1, 'A').map((m) => ({ ...m, group: 'Lãnh đạo' })), ...many('HTTNV', 5, 'B').map((m) => ({ ...m, group: 'Lãnh đạo' })), ...many('HTTNV', 5, 'C').map((m) => ({ ...m, group: 'Chuyên viên' }))]));
    expect(r.quota.map((q) => [q.group, q.htxsnv, q.literal.max])).toEqual([['Lãnh đạo', 1, 1], ['Chuyên viên', 0, 1]]);
  });

  it.each([
    [2023, undefined, true],
    [2025, undefined, false],
    [2025, true, true],
  ])('small-unit rule in %s (setting %s) → applied %s', (year, setting, applied) => {
    const r = checkRoster(roster([...many('HTXSNV', 1), ...many('HTTNV', 3)], { reviewYear: year, settings: setting === undefined ? {} : { smallUnitRule: setting } }));
    expect(r.quota[0]?.smallUnitApplied).toBe(applied);
    expect(r.quota[0]?.within).toBe(applied);
  });
});

describe('checkRoster: head, spread, overlay, facts', () => {
  const head = { name: 'Bí thư', isHead: true, proposedGrade: 'HTXSNV' };
  it.each([
    [2023, undefined, 'error', 'HD 25 mục 7.15'],
    [2025, undefined, 'warning', 'QĐ 366 Điều 3 (gắn kết quả người đứng đầu với đơn vị)'],
    [2025, 'rule', 'error', 'QĐ 366 Điều 3 (gắn kết quả người đứng đầu với đơn vị)'],
  ])('%s, head above own collective (setting %s) → %s', (year, mode, severity, clause) => {
    const r = checkRoster(roster([head, ...many('HTTNV', 10)], { reviewYear: year, settings: mode ? { headNotAboveCollective: mode } : {} }));
    expect(r.findings.find((f) => f.id === 'head.above-collective')).toMatchObject({ severity, clause, members: ['Bí thư'] });
  });

  it('a head equal to the collective raises nothing', () => {
    const r = checkRoster(roster([{ ...head, proposedGrade: 'HTTNV' }, ...many('HTTNV', 5)]));
    expect(ids(r)).not.toContain('warning:head.above-collective');
  });

  const hatinh = (members: M[], grade: string) =>
    checkRoster(roster(members, { reviewYear: 2023, overlayId: 'ha-tinh-2023', unit: { name: 'Chi bộ', kind: 'chi-bo', grade } }));
  it.each([
    ['HTXSNV', 799, 201, 0, true],
    ['HTXSNV', 800, 200, 0, false],
    ['HTTNV', 499, 501, 0, true],
    ['HTTNV', 500, 500, 0, false],
    ['HTTNV', 900, 99, 1, true],
  ])('Hà Tĩnh: chi bộ %s with %s HTTNV+, %s HTNV, %s KHTNV → spread error %s', (grade, good, ok, bad, error) => {
    const r = hatinh([...many('HTTNV', good), ...many('HTNV', ok), ...many('KHTNV', bad)], grade);
    expect(ids(r).includes('error:spread.overlay')).toBe(error);
    if (error) expect(r.findings.find((f) => f.id === 'spread.overlay')?.clause).toMatch(/^Hướng dẫn Thành ủy Hà Tĩnh 2023 mục II\.5\.1\.[12]$/);
  });

  it.each([
    [200, false],
    [201, true],
  ])('Hà Tĩnh: %s of 1000 subordinate units disciplined → KHTNV finding %s', (n, error) => {
    const units = Array.from({ length: 1000 }, (_, i) => ({ name: `Chi bộ ${i}`, grade: 'HTTNV', disciplined: i < n }));
    const r = checkRoster(roster([], { reviewYear: 2023, overlayId: 'ha-tinh-2023', unit: { name: 'Đảng bộ', kind: 'dang-bo', grade: 'HTTNV' }, subordinateUnits: units }));
    expect(ids(r).includes('error:collective.units-disciplined')).toBe(error);
  });

  it('a collective proposing HTXSNV with a disciplined subordinate unit', () => {
    const r = checkRoster(roster(many('HTTNV', 3), { unit: { name: 'Đảng bộ', kind: 'dang-bo', grade: 'HTXSNV' }, subordinateUnits: [{ name: 'Chi bộ 1', grade: 'HTTNV', disciplined: true }] }));
    expect(r.findings.find((f) => f.id === 'collective.htxsnv-discipline')?.clause).toBe('QĐ 366 Điều 11 (Hoàn thành xuất sắc nhiệm vụ)');
  });

  it('members with facts are checked one by one', () => {
    const facts = { scores: { common: 25, results: 50 }, tasks: { total: 10, onTime: 10, exceeded: 0, late: 0, notCompleted: 0 }, discipline: { form: 'none' } };
    const r = checkRoster(roster([{ name: 'An', proposedGrade: 'HTXSNV', facts }, { name: 'Bình', proposedGrade: 'HTTNV', facts }, ...many('HTTNV', 10)]));
    const f = r.findings.find((x) => x.id === 'member.above-allowed');
    expect(f).toMatchObject({ severity: 'error', members: ['An'], clause: 'QĐ 366 Điều 11 (Hoàn thành xuất sắc nhiệm vụ)' });
  });

  it.each([
    // 92 points and nothing else known: HTXSNV is within reach but not confirmed → a warning, not an error
    [{ scores: { common: 28, results: 64 } }, 'HTXSNV', ['warning:member.unconfirmed']],
    // scores alone do not confirm even HTNV (100% of tasks done is a condition) → a warning too
    [{ scores: { common: 28, results: 64 } }, 'HTNV', ['warning:member.unconfirmed']],
    // 75 points, every task on time, no discipline: HTTNV confirmed → nothing
    [{ scores: { common: 25, results: 50 }, tasks: { total: 10, onTime: 10, exceeded: 0, late: 0, notCompleted: 0 }, discipline: { form: 'none' } }, 'HTTNV', []],
    // 75 points: HTXSNV is out of reach whatever the unknowns → an error
    [{ scores: { common: 25, results: 50 } }, 'HTXSNV', ['error:member.above-allowed']],
  ])('facts %j proposing %s → %j', (facts, grade, expected) => {
    const r = checkRoster(roster([{ name: 'An', proposedGrade: grade, facts }, ...many('HTTNV', 10)]));
    expect(ids(r).filter((id) => id.includes(':member.'))).toEqual(expected);
    const f = r.findings.find((x) => x.id.startsWith('member.'));
    if (f) expect(f.members).toEqual(['An']);
    if (f?.id === 'member.unconfirmed') expect(f.text).toContain('chưa xác nhận được');
  });

  it('2018–2022 is not supported yet', () => {
    expect(ids(checkRoster(roster(many('HTTNV', 2), { reviewYear: 2020 })))).toEqual(['error:rulebook.unsupported']);
  });

  // The speed of this check is measured by `npm run bench` (budget 16 ms), not here.
  it('5,000 members: counts, vi-VN shares and one quota row per group', () => {
    const grades = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTTNV', 'HTTNV', 'KHTNV'];
    const r = checkRoster(roster(Array.from({ length: 5000 }, (_, i) => ({ name: `Đảng viên ${i}`, proposedGrade: grades[i % 10], group: `Nhóm ${i % 3}`, ...(i % 101 === 0 ? { excluded: 'Miễn' } : {}) }))));
    expect(r.summary).toMatchObject({ total: 5000, graded: 4950, excluded: 50, notProposed: 0 });
    expect(r.summary.rows.map((row) => row.text)).toEqual(['495/4.950 (10%)', '3.465/4.950 (70%)', '495/4.950 (10%)', '495/4.950 (10%)']);
    expect(r.quota.map((q) => q.group).sort()).toEqual(['Nhóm 0', 'Nhóm 1', 'Nhóm 2']);
    expect(r.quota.reduce((n, q) => n + q.graded, 0)).toBe(4950);
    expect(r.findings.find((x) => x.id === 'members.excluded')?.members).toHaveLength(50);
  });
});
