import { describe, expect, it } from 'vitest';
import { findRules } from '../../../domain/rules-index';
import { daysBetween, daysLeftText, dueItems, overlayDeadlines } from '../../../domain/worklog';

describe("the season's dates: what is due and in how many days", () => {
  it('a công chức on 01/12/2026: his grade by 15/12, the review by 31/12, dossiers by 01/02/2027', () => {
    expect(dueItems('2026-12-01', { audiences: ['cong-chuc'] }).map((i) => [i.id, i.date, i.daysLeft])).toEqual([
      ['season.nd335.xep-loai-cong-chuc', '2026-12-15', 14],
      ['season.hd43.xong-kiem-diem', '2026-12-31', 30],
      ['season.hd43.gui-ho-so', '2027-02-01', 62],
    ]);
  });

  it.each([
    ['2026-12-15', 0, 'hôm nay'],
    ['2026-12-14', 1, 'còn 1 ngày'],
    ['2026-12-16', undefined, undefined],
  ])('on %s the công chức date is %s days away', (today, days, text) => {
    const item = dueItems(today, { audiences: ['cong-chuc'] }).find((i) => i.id === 'season.nd335.xep-loai-cong-chuc');
    expect(item?.daysLeft).toBe(days);
    if (days !== undefined) expect(daysLeftText(days)).toBe(text);
  });

  it('in January the previous review year still has its dossiers due; leaders see the quarter ends', () => {
    expect(dueItems('2027-01-20', { audiences: ['leader'], withinDays: 80 }).map((i) => [i.id, i.date, i.reviewYear])).toEqual([
      ['season.hd43.gui-ho-so', '2027-02-01', 2026],
      ['season.het-quy-1', '2027-03-31', 2027],
    ]);
  });

  it.each([
    ['2026-09-30', 'season.het-quy-3', 0],
    ['2026-10-01', 'season.het-quy-4', 91],
    ['2026-12-31', 'season.het-quy-4', 0],
    ['2026-07-01', 'season.het-quy-3', 91],
  ])('on %s the quarter end %s is %i days away', (today, id, days) => {
    expect(dueItems(today, { audiences: ['leader'] }).find((i) => i.id === id)).toMatchObject({ id, daysLeft: days });
  });

  it('people who are neither leaders nor công chức see only the party dates; a unit adds its own', () => {
    const items = dueItems('2026-11-01', { own: [{ id: 'own.chi-bo', label: 'Chi bộ họp kiểm điểm', date: '2026-12-10' }, { id: 'own.old', label: 'Đã qua', date: '2026-10-01' }] });
    expect(items.map((i) => i.id)).toEqual(['own.chi-bo', 'season.hd43.xong-kiem-diem', 'season.hd43.gui-ho-so']);
    expect(items[0]!.rule).toBeUndefined();
  });

  it('counts days across a leap year', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
  });
});

describe("a unit's overlay deadlines", () => {
  const d = (id: string, date: string, recurring: boolean) => ({ id, date, recurring, what: 'Nộp bản kiểm điểm cho chi bộ', who: 'đảng viên' });
  it.each([
    ['recurring, still ahead this year', d('a', '2020-12-10', true), '2026-12-03', '2026-12-10'],
    ['recurring, today', d('a', '2020-12-03', true), '2026-12-03', '2026-12-03'],
    ['recurring, passed yesterday → next year', d('a', '2020-12-02', true), '2026-12-03', '2027-12-02'],
    ['dated, kept as it is', d('b', '2026-12-20', false), '2026-12-03', '2026-12-20'],
  ])('%s', (_name, deadline, today, date) => {
    const [own] = overlayDeadlines([deadline], today);
    expect(own).toEqual({ id: `overlay.${deadline.id}`, label: 'Nộp bản kiểm điểm cho chi bộ (đảng viên)', date });
    expect(dueItems(today, { own: [own!] }).some((i) => i.id === own!.id)).toBe(true);
  });
});

describe('new rules are found by clause', () => {
  it.each([
    ['NĐ 233', ['state.nd233.d11.tieu-chi', 'state.nd233.d12.k7', 'state.nd233.d12.khtnv', 'state.nd233.d12.muc', 'state.nd233.nam-2026']],
    ['NĐ 335', ['season.nd335.d21', 'state.nd335.d16.cong-thuc', 'state.nd335.d20.k1-3', 'state.nd335.d20.k4', 'state.nd335.d20.k4.d', 'state.nd335.d21.truoc-15-12']],
    ['Mẫu 05', ['quarter.hd43.mau05']],
    ['Điều 15', ['qd366.d15.k1']],
    ['HD 02', ['quarter.hd02.duoi-100', 'quarter.hd02.hai-quy-khtnv', 'quarter.hd02.mot-quy-khtnv', 'quarter.hd02.muc-diem']],
    ['KL 198', ['quarter.kl198.hang-quy', 'season.kl198.bao-cao-quy', 'season.kl198.het-quy']],
  ])('rules "%s"', (query, ids) => {
    const found = new Set(findRules(query).map((r) => r.id));
    for (const id of ids) expect(found).toContain(id);
  });

  it('every HD 02 and NĐ 233 rule is marked uncertain', () => {
    const bad = findRules('').filter((r) => typeof r.source === 'object' && (r.source.doc === 'hd02-2026' || r.source.doc === 'nd233-2026') && r.certainty !== 'uncertain');
    expect(bad.map((r) => r.id)).toEqual([]);
  });
});
