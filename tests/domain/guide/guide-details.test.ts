import { describe, expect, it } from 'vitest';
import { buildGuide, guideQuestions } from '../../../domain/guide/index';
import { getOverlay } from '../../../domain/overlays/index';
import { collective, fixture, person } from './helpers';

const TODAY = '2025-12-10';
const clauses = (lines: { rule: { clause: string } }[]) => lines.map((l) => l.rule.clause);

describe('special rules — HD 25 7.3–7.17 (Hà Tĩnh 2023 II.7) and their 2025 counterparts', () => {
  const head = { title: 'Trưởng phòng', startDate: '2019-01-01', isHead: true };
  const deputy = { title: 'Phó Giám đốc', startDate: '2019-01-01' };
  it.each([
    [2023, { occupation: 'cong-chuc' }, ['HD 25 mục 7.3', 'HD 25 mục 7.8']],
    [2023, { leadershipPosts: [head, { ...deputy, concurrent: true }] }, ['HD 25 mục 7.5', 'HD 25 mục 7.6', 'HD 25 mục 7.7', 'HD 25 mục 7.15']],
    [2023, { movedUnitThisYear: true, previousUnitMonths: 6 }, ['HD 25 mục 7.9', 'HD 25 mục 7.10', 'HD 25 mục 7.13']],
    [2023, { temporaryMembership: true }, ['HD 25 mục 7.14']],
    [2023, { committeeSuspended: true }, ['HD 25 mục 7.16']],
    [2023, { sickLeaveMonths: 4 }, ['HD 25 mục 7.12']],
    [2023, { leadershipPosts: [{ ...deputy, startDate: '2023-10-01' }] }, ['HD 25 mục 7.11', 'HD 25 mục 7.12']],
    [2025, { temporaryMembership: true }, ['HD 43 mục 7.6']],
    [2025, { maternityLeave: true }, ['HD 43 mục 7.5']],
    [2025, { committeeSuspended: true }, ['HD 43 mục 7.7']],
    [2025, { occupation: 'vien-chuc' }, ['QĐ 366 Điều 3 khoản 4', 'HD 43 mục 7.12']],
    [2026, { movedUnitThisYear: true, previousUnitMonths: 6 }, ['NĐ 90/2020 Điều 20 (quy định của Nhà nước; chưa thấy quy định tương ứng phía Đảng trong HD 43)', 'NĐ 335/2025/NĐ-CP Điều 21 (công chức chuyển công tác)']],
  ] as const)('%s %j → %j', (year, subject, expected) => {
    const g = buildGuide(person(subject as Record<string, unknown>, year), undefined, `${year}-12-10`);
    expect(clauses(g.specialRules)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    [2023, 4, ['HD 25 mục 7.4', 'HD 25 mục 7.17']],
    [2025, 2, ['HD 43 mục 7.4']],
  ] as const)('collective of %s with %s members → %j', (year, memberCount, expected) => {
    const g = buildGuide(collective({ collectiveKind: 'tap-the-lanh-dao-quan-ly', memberCount }, year));
    expect(clauses(g.specialRules)).toEqual(expect.arrayContaining([...expected]));
  });

  it('2025 head: the "not above the collective" rule is a warning marked uncertain', () => {
    const g = buildGuide(fixture('department-head-2025'), undefined, TODAY);
    expect(g.uncertainties.map((u) => u.rule.id)).toContain('qd366.d3.nguoi-dung-dau');
  });

  it.each([
    [5, []],
    [6, ['HD 25 mục 7.13']],
  ] as const)('moved with %s months at the previous organisation → %j', (months, expected) => {
    const g = buildGuide(person({ movedUnitThisYear: true, previousUnitMonths: months }, 2023));
    expect(clauses(g.specialRules).filter((c) => c === 'HD 25 mục 7.13').length).toBe(expected.length + 1);
  });

  it('moved without months: asks', () => {
    const g = buildGuide(person({ movedUnitThisYear: true }, 2023));
    expect(g.unknowns.map((u) => u.field)).toContain('subject.previousUnitMonths');
  });
});

describe('where and in what order', () => {
  it.each([
    ['department-head-2025', 'Đồng chí là người đứng đầu: kiểm điểm trước cấp phó'],
    ['newly-appointed-2025', 'Đồng chí kiểm điểm sau người đứng đầu.'],
  ])('%s: head order', (name, text) => {
    expect(buildGuide(fixture(name), undefined, TODAY).order.map((l) => l.text).join('\n')).toContain(text);
  });

  it('leader: chi bộ first, then the leadership collective; collective before individual', () => {
    const g = buildGuide(fixture('department-head-2025'), undefined, TODAY);
    expect(clauses(g.places)).toEqual(['QĐ 366 Điều 7 khoản 2', 'QĐ 366 Điều 7 khoản 2']);
    expect(g.order[0]?.text).toBe('Đảng viên giữ chức vụ lãnh đạo, quản lý: kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.');
    expect(clauses(g.order)).toEqual(expect.arrayContaining(['QĐ 366 Điều 12 khoản 2', 'QĐ 366 Điều 3 khoản 4', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)']));
  });

  // The state grading that comes first changes with the review year: NĐ 335/2025 covers công chức from 2026 only.
  it.each([
    [2025, 'cong-chuc', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)', 'secondary'],
    [2026, 'cong-chuc', 'NĐ 335/2025/NĐ-CP Điều 21, Điều 23 khoản 3 (hiệu lực 01/01/2026)', 'secondary'],
    [2025, 'vien-chuc', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)', 'secondary'],
    [2026, 'vien-chuc', 'Luật Viên chức (sửa đổi), hiệu lực 01/7/2026; NĐ 335/2025 không áp dụng cho viên chức', 'uncertain'],
    [2025, 'can-bo', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)', 'secondary'],
    [2026, 'can-bo', 'NĐ 335/2025/NĐ-CP Điều 1 (phạm vi: công chức); cán bộ bầu cử, phê chuẩn: chưa tìm thấy', 'uncertain'],
    [2024, 'cong-chuc', 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)', 'secondary'],
  ])('%s, %s: the state grading line cites %s (%s), right after the party rule', (year, occupation, clause, certainty) => {
    const base = fixture('civil-servant-2025');
    const profile = { ...base, reviewYear: year, subject: { ...base.subject, occupation } } as typeof base;
    const order = buildGuide(profile, undefined, `${year}-11-23`).order;
    const i = order.findIndex((l) => l.rule.clause === clause);
    expect(i).toBeGreaterThan(0);
    expect(order[i]!.rule.certainty).toBe(certainty);
    expect(order[i - 1]!.rule.clause).toMatch(/^(QĐ 366 Điều 3 khoản 4|HD 25 mục 7\.3)$/);
  });

  it.each([
    [2025, 'cong-chuc', false],
    [2026, 'cong-chuc', true],
    [2026, 'vien-chuc', false],
  ] as const)('moved unit in %s as %s: the NĐ 335 line on transferred công chức → %s', (year, occupation, shown) => {
    const g = buildGuide(person({ occupation, movedUnitThisYear: true, previousUnitMonths: 3 }, year), undefined, `${year}-12-10`);
    expect(clauses(g.specialRules).includes('NĐ 335/2025/NĐ-CP Điều 21 (công chức chuyển công tác)')).toBe(shown);
  });

  it.each([
    [2023, false],
    [2025, true],
    [2026, true],
  ])('%s: quarterly results as the basis of the year (QĐ 366 Điều 15 khoản 1) → %s', (year, shown) => {
    const g = buildGuide(person({ occupation: 'huu-tri' }, year), undefined, `${year}-12-10`);
    const line = g.specialRules.find((l) => l.rule.clause === 'QĐ 366 Điều 15 khoản 1');
    expect(Boolean(line)).toBe(shown);
    if (line) expect(line.text).toContain('không có quy tắc lấy trung bình');
  });

  it('no state grading line for a member outside the civil service', () => {
    const order = buildGuide(fixture('retiree-2025'), undefined, TODAY).order;
    expect(order.some((l) => l.rule.id.startsWith('state.'))).toBe(false);
  });

  it.each([
    ['civil-servant-2025', true],
    ['vien-chuc-2025', true],
    ['retiree-2025', false],
    ['civil-servant-2023', true],
  ])('%s: civil-servant grading first → %s', (name, expected) => {
    const text = buildGuide(fixture(name), undefined, TODAY).order.map((l) => l.text).join('\n');
    expect(/xếp loại (cán bộ, )?công chức, viên chức (trước|sau khi)|sau khi có kết quả đánh giá, xếp loại công chức/.test(text)).toBe(expected);
  });

  it('concurrent posts: HD 43 mục 2.3', () => {
    expect(clauses(buildGuide(fixture('head-concurrent-2025')).places)).toContain('HD 43 mục 2.3');
  });

  it.each([
    ['chi-bo-2025', ['HD 43 mục 1']],
    ['leadership-collective-2025', ['QĐ 366 Điều 7 khoản 2']],
  ])('%s places', (name, expected) => {
    expect(clauses(buildGuide(fixture(name)).places)).toEqual(expect.arrayContaining(expected));
  });

  it('temporary membership: reviewed at the official cell', () => {
    expect(buildGuide(person({ temporaryMembership: true })).places[0]?.text).toContain('nơi sinh hoạt đảng chính thức');
  });
});

describe('checklist', () => {
  const groups = (name: string) => buildGuide(fixture(name), undefined, TODAY).checklist.map((c) => `${c.group}@${c.formUnit}`);
  it.each([
    ['department-head-2025', ['common@A.I.1', 'common@A.I.2', 'common@A.I.6', 'leader@A.I.3', 'leader@A.I.4', 'leader@A.I.5', 'occupation@A.I.2', 'suggestions@A.IV', 'carry-over@A.III', 'trigger@A.V']],
    ['civil-servant-2025', ['common@A.I.1', 'common@A.I.2', 'common@A.I.3', 'occupation@A.I.2', 'suggestions@A.IV', 'carry-over@A.III', 'trigger@A.V']],
    ['retiree-2025', ['common@A.I.1', 'common@A.I.2', 'common@A.I.3', 'occupation@A.I.2', 'suggestions@A.IV', 'carry-over@A.III', 'trigger@A.V']],
    ['chi-bo-2025', ['collective@A.I.1', 'collective@A.I.2', 'collective@A.I.3', 'collective@A.I.4', 'suggestions@A.IV', 'carry-over@A.III', 'trigger@A.V']],
    ['leader-2023', ['common@I.1', 'common@I.2', 'common@I.6', 'leader@I.3', 'leader@I.4', 'leader@I.5', 'occupation@I.2', 'suggestions@IV', 'carry-over@III', 'trigger@V']],
    ['civil-servant-2023', ['common@I.1', 'common@I.2', 'common@I.3', 'occupation@I.2', 'suggestions@IV', 'carry-over@III', 'trigger@V']],
  ])('%s (rulebook items)', (name, expected) => {
    expect(groups(name).filter((g) => !g.startsWith('overlay') && !g.includes('undefined'))).toEqual(expect.arrayContaining(expected));
  });

  it('non-leaders get no leader items; retirees get the retiree emphasis, students do not', () => {
    expect(groups('civil-servant-2025').some((g) => g.startsWith('leader'))).toBe(false);
    const ids = (n: string) => buildGuide(fixture(n)).checklist.map((c) => c.id);
    expect(ids('retiree-2025')).toContain('qd366.occ.huu-tri');
    expect(ids('student-2025')).not.toContain('qd366.occ.huu-tri');
    expect(ids('student-2025')).toContain('qd366.occ.lao-dong');
  });

  it('every checklist item names its form unit with the form label', () => {
    for (const item of buildGuide(fixture('department-head-2025')).checklist) {
      expect(item.formUnit).not.toBeNull();
      expect(item.formUnitLabel?.length).toBeGreaterThan(3);
    }
  });

  it('suggested points become required when the superior sent some', () => {
    const s = (reviewSuggested: boolean) => buildGuide(person({ reviewSuggested })).checklist.find((c) => c.group === 'suggestions')?.ifAny;
    expect([s(false), s(true)]).toEqual([true, false]);
  });
});

describe('overlays in the guide', () => {
  it('HCMC 2025: five local triggers in A.V', () => {
    const g = buildGuide(fixture('civil-servant-2025'), getOverlay('hcmc-2025'), TODAY);
    const t = g.checklist.filter((c) => c.from === 'overlay' && c.group === 'trigger');
    expect(t).toHaveLength(5);
    expect(new Set(t.map((c) => c.formUnit))).toEqual(new Set(['A.V']));
  });

  it('Hà Tĩnh 2023: deadlines resolved to the review year, past ones flagged', () => {
    const g = buildGuide(fixture('leader-2023'), getOverlay('ha-tinh-2023'), '2023-12-01');
    expect(g.overlay?.deadlines.map((d) => [d.date, d.passed])).toEqual([
      ['2023-12-05', false],
      ['2023-12-10', false],
      ['2023-12-15', false],
    ]);
    const g2 = buildGuide({ ...fixture('leader-2023'), reviewYear: 2024 }, getOverlay('ha-tinh-2023'), '2024-12-12');
    expect(g2.overlay?.deadlines.map((d) => [d.dateLabel, d.passed])).toEqual([
      ['05/12/2024', true],
      ['10/12/2024', true],
      ['15/12/2024', false],
    ]);
    expect(g2.checklist.filter((c) => c.from === 'overlay').map((c) => c.formUnit)).toEqual(['I.3', 'I.3', 'I.5']);
  });

  it('HCMC Sở GD&ĐT 2024: four deep-review themes for a leader', () => {
    const g = buildGuide({ ...fixture('leader-2023'), reviewYear: 2024 }, getOverlay('hcmc-sgddt-2024'));
    expect(g.checklist.filter((c) => c.id.startsWith('hcmc-sgddt-2024.sau.'))).toHaveLength(4);
    expect(g.overlay?.deadlines.map((d) => d.date)).toEqual(['2024-12-15', '2024-12-20']);
  });

  it('an overlay for another year is said and ignored', () => {
    const g = buildGuide(fixture('civil-servant-2025'), getOverlay('ha-tinh-2023'));
    expect(g.overlay?.applies).toBe(false);
    expect(g.messages.at(-1)?.text).toContain('không áp dụng cho năm 2025 (chỉ cho năm 2023, 2024)');
    expect(g.checklist.some((c) => c.from === 'overlay')).toBe(false);
  });
});

describe('guideQuestions', () => {
  it.each([
    ['empty profile', {}, 6],
    ['retiree', fixture('retiree-2025'), 6],
    ['civil servant', fixture('civil-servant-2025'), 6],
    ['chi bộ', fixture('chi-bo-2025'), 6],
  ])('%s: at most 6 questions', (_n, p, max) => {
    const qs = guideQuestions(p, 2025);
    expect(qs.length).toBeLessThanOrEqual(max);
    for (const q of qs) expect(q.text).toBe(q.text.normalize('NFC'));
  });

  it('follow-ups: admission date of a probationary member, start date of each post', () => {
    const qs = guideQuestions(person({ partyStatus: 'du-bi', leadershipPosts: [{ title: 'Tổ trưởng' }] }), 2025);
    expect(qs.map((q) => q.field)).toEqual(expect.arrayContaining(['subject.partyJoinDate', 'subject.leadershipPosts[0].startDate']));
    expect(qs.find((q) => q.id === 'post-0-start')?.answered).toBe(false);
  });

  it('options carry Vietnamese labels and the field they fill', () => {
    const qs = guideQuestions({}, 2025);
    expect(qs.find((q) => q.id === 'occupation')?.options?.find((o) => o.value === 'huu-tri')?.label).toBe('Hưu trí');
    expect(qs.find((q) => q.id === 'year')?.options?.at(-1)).toEqual({ value: 2018, label: 'Năm 2018' });
    expect(qs.find((q) => q.id === 'situations')?.options?.map((o) => o.field)).toEqual([
      'subject.sickLeaveMonths', 'subject.maternityLeave', 'subject.movedUnitThisYear', 'subject.temporaryMembership',
    ]);
  });
});
