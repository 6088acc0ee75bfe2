import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../../domain/guide/index';
import { getOverlay } from '../../../domain/overlays/index';
import { collective, fixture, fixtureNames, person } from './helpers';

const TODAY = '2025-12-10';

describe('fixtures: one profile per role', () => {
  it.each([
    ['retiree-2025', 'outside-system', 'graded', '02C'],
    ['student-2025', 'outside-system', 'graded', '02C'],
    ['private-sector-2025', 'outside-system', 'graded', '02C'],
    ['civil-servant-2025', 'non-leader', 'graded', '02B'],
    ['vien-chuc-2025', 'non-leader', 'graded', '02B'],
    ['department-head-2025', 'leader', 'graded', '02A'],
    ['head-concurrent-2025', 'leader', 'graded', '02A'],
    ['newly-appointed-2025', 'leader', 'reviewed-not-graded', '02A'],
    ['exempt-2025', 'outside-system', 'exempt', null],
    ['suspended-2025', 'non-leader', 'exempt', null],
    ['admitted-recently-2025', 'non-leader', 'exempt', null],
    ['maternity-2025', 'non-leader', 'graded-on-time-worked', '02B'],
    ['chi-bo-2025', 'collective', 'graded', '01'],
    ['dang-uy-co-so-2025', 'collective', 'graded', '01'],
    ['leadership-collective-2025', 'collective', 'graded', '01'],
    ['civil-servant-2023', 'non-leader', 'graded', '02A'],
    ['leader-2023', 'leader', 'graded', '02B'],
    ['member-2020', 'non-leader', 'graded', '02'],
  ] as const)('%s → %s, %s, form %s', (name, role, status, code) => {
    const p = fixture(name);
    const g = buildGuide(p, p.overlayId ? getOverlay(p.overlayId) : undefined, TODAY);
    expect(g.role).toBe(role);
    expect(g.subject?.status).toBe(status);
    expect(g.form?.code ?? null).toBe(code);
    expect(g.subject?.reasons.length).toBeGreaterThan(0);
    if (code) expect(g.checklist.length).toBeGreaterThan(1);
    else expect(g.checklist).toEqual([]);
  });

  it('every fixture is covered by the table above', () => expect(fixtureNames()).toHaveLength(18));
});

describe('must review? (Điều 5 exemptions)', () => {
  it.each([
    ['chinh-thuc', '2010-01-01', 'graded', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    ['mien-sinh-hoat', '2010-01-01', 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    ['dinh-chi-sinh-hoat', '2010-01-01', 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    // 6 months counted to the reference date 2025-12-10: joined 2025-06-10 → exactly 6 months → reviewed
    ['du-bi', '2025-06-10', 'graded', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
    ['du-bi', '2025-06-11', 'exempt', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
  ] as const)('%s joined %s → %s', (partyStatus, partyJoinDate, status, clause) => {
    const g = buildGuide(person({ partyStatus, partyJoinDate }), undefined, TODAY);
    expect(g.subject?.status).toBe(status);
    expect(g.subject?.mustReview).toBe(status !== 'exempt');
    expect(g.subject?.reasons[0]?.rule.clause).toBe(clause);
  });

  it.each([
    ['dinh-chi-sinh-hoat', 2023, 'exempt'],
    ['dinh-chi-sinh-hoat', 2020, 'graded'], // QĐ 132 did not exempt suspended members
    ['mien-sinh-hoat', 2020, 'exempt'],
  ] as const)('%s in %s → %s', (partyStatus, year, status) => {
    expect(buildGuide(person({ partyStatus }, year)).subject?.status).toBe(status);
  });

  it('near the 6-month mark, the unknown reference date is an uncertainty', () => {
    const near = buildGuide(person({ partyStatus: 'du-bi', partyJoinDate: '2025-06-01' }), undefined, TODAY);
    expect(near.uncertainties.map((u) => u.rule.id)).toContain('qd366.d5.k2.1.moc-6-thang');
    const far = buildGuide(person({ partyStatus: 'du-bi', partyJoinDate: '2025-01-02' }), undefined, TODAY);
    expect(far.uncertainties.map((u) => u.rule.id)).not.toContain('qd366.d5.k2.1.moc-6-thang');
  });

  it('a probationary member without admission date is asked for it', () => {
    const g = buildGuide(person({ partyStatus: 'du-bi', partyJoinDate: undefined }), undefined, TODAY);
    expect(g.subject?.status).toBe('unknown');
    expect(g.subject?.mustReview).toBeNull();
    expect(g.unknowns).toEqual([expect.objectContaining({ field: 'subject.partyJoinDate', question: 'Đồng chí được kết nạp vào Đảng ngày nào?' })]);
  });
});

describe('graded? (reviewed-not-graded, graded on time worked)', () => {
  const post = (startDate?: string) => ({ leadershipPosts: [{ title: 'Phó Trưởng phòng', ...(startDate ? { startDate } : {}) }] });
  it.each([
    [2025, '2025-06-10', 'graded', false],
    [2025, '2025-06-11', 'reviewed-not-graded', true], // 2025: carried over from HD 25, uncertain
    [2023, '2023-06-10', 'graded', false],
    [2023, '2023-06-11', 'reviewed-not-graded', false], // HD 25 7.11–7.12
  ] as const)('%s appointed %s → %s', (year, start, status, uncertain) => {
    const g = buildGuide(person(post(start), year), undefined, `${year}-12-10`);
    expect(g.subject?.status).toBe(status);
    expect(g.subject?.mustReview).toBe(true);
    expect(g.uncertainties.some((u) => u.rule.id === 'qd366.hd43.moi-bo-nhiem')).toBe(uncertain);
  });

  it('a post without start date: asks "từ ngày nào?" and cannot say if graded', () => {
    const g = buildGuide(person(post()), undefined, TODAY);
    expect(g.subject?.graded).toBeNull();
    expect(g.unknowns[0]).toMatchObject({ field: 'subject.leadershipPosts[0].startDate', question: 'Đồng chí giữ chức vụ «Phó Trưởng phòng» từ ngày nào?' });
  });

  it.each([
    [2025, { sickLeaveMonths: 2.9 }, 'graded', undefined],
    [2025, { sickLeaveMonths: 3 }, 'graded-on-time-worked', 'HD 43 mục 7.5'],
    [2025, { maternityLeave: true }, 'graded-on-time-worked', 'HD 43 mục 7.5'],
    [2023, { sickLeaveMonths: 2.5 }, 'graded', undefined],
    [2023, { sickLeaveMonths: 3 }, 'graded-on-time-worked', 'HD 25 mục 7.12'],
    [2023, { maternityLeave: true }, 'graded-on-time-worked', 'HD 25 mục 7.12'],
    [2020, { maternityLeave: true }, 'graded', undefined],
  ] as const)('%s %o → %s', (year, subject, status, clause) => {
    const g = buildGuide(person(subject, year));
    expect(g.subject?.status).toBe(status);
    if (clause) expect(g.subject?.reasons.at(-1)?.rule.clause).toBe(clause);
  });

  it.each([
    [2023, '2023-06-10', 'graded'],
    [2023, '2023-06-11', 'reviewed-not-graded'],
    [2025, '2025-06-11', 'reviewed-not-graded'],
  ] as const)('collective formed %s/%s → %s', (year, formedDate, status) => {
    expect(buildGuide(collective({ formedDate }, year), undefined, `${year}-12-10`).subject?.status).toBe(status);
  });
});

describe('which form', () => {
  it('2025 without occupation: asks where the member works (2B or 2C)', () => {
    const g = buildGuide(person({ occupation: undefined }));
    expect(g.form).toBeNull();
    expect(g.unknowns.map((u) => u.field)).toEqual(['subject.occupation']);
  });

  it('2023 without occupation: 02A either way', () => {
    expect(buildGuide(person({ occupation: undefined }, 2023)).form?.codeLabel).toBe('Mẫu 02A-HD KĐ.ĐG 2023');
  });

  it.each([
    ['doanh-nghiep-nha-nuoc', [], '02B', 'guide.form.doanh-nghiep-nha-nuoc'],
    ['huu-tri', [{ title: 'Bí thư chi bộ khu dân cư', startDate: '2020-01-01' }], '02A', 'guide.form.outside-leader'],
  ] as const)("%s (posts: %j) → %s with an uncertainty", (occupation, leadershipPosts, code, ruleId) => {
    const g = buildGuide(person({ occupation, leadershipPosts }));
    expect(g.form?.code).toBe(code);
    expect(g.uncertainties.map((u) => u.rule.id)).toContain(ruleId);
  });

  it('a post that ended before the reference date does not make a leader', () => {
    const g = buildGuide(person({ leadershipPosts: [{ title: 'Tổ trưởng', startDate: '2020-01-01', endDate: '2025-03-01' }] }), undefined, TODAY);
    expect(g.form?.code).toBe('02B');
  });
});

describe('years without a full rulebook', () => {
  it('before 2018: a clear Vietnamese message and nothing else', () => {
    const g = buildGuide(person({}, 2017));
    expect(g.rulebookId).toBeNull();
    expect(g.subject).toBeNull();
    expect(g.messages[0]?.text).toMatch(/^Năm kiểm điểm 2017 trước năm 2018: ứng dụng chưa có bộ quy định/);
  });

  it('2018–2022: minimal QĐ 132 rulebook, says what is limited', () => {
    const g = buildGuide(fixture('member-2020'));
    expect(g.rulebookId).toBe('qd132-2018');
    expect(g.messages[0]?.text).toContain('mới được mô tả tối thiểu');
    expect(g.form?.codeLabel).toBe('Mẫu 02-HD KĐ.ĐG 2019');
  });

  it('a rulebook override is said', () => {
    const g = buildGuide({ ...person({}), rulebookId: 'qd124-2023' });
    expect(g.rulebookId).toBe('qd124-2023');
    expect(g.messages.map((m) => m.text).join()).toContain('thay cho bộ quy định của năm 2025');
  });
});
