import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { readingLines, readingSettings, withReading } from '../../../domain/grading/readings';
import { getOverlay } from '../../../domain/overlays';
import { CLEAN, EXCELLENT_2025, LEADER_2025, makeCase } from './make-case';

/** Readings the texts leave open: defaults with their clause, the user's choice, a unit's overlay fixing them. */
describe('readings in force', () => {
  const haTinh = getOverlay('ha-tinh-2023')!;
  it.each([
    ['nothing chosen: the defaults', {}, 'qd366-2025', 2025, undefined, { quotaReading: 'literal', outstandingUnit: false }],
    ['the user\'s choices', { quotaReading: 'pool', headNotAboveCollective: 'rule', leadershipListBindsCells: false }, 'qd366-2025', 2025, undefined,
      { quotaReading: 'pool', outstandingUnit: false, headNotAboveCollective: 'rule', leadershipListBindsCells: false }],
    ['Hà Tĩnh 2023 fixes head ≤ collective as a rule, over the user', { headNotAboveCollective: 'warning' }, 'qd124-2023', 2023, haTinh,
      { quotaReading: 'literal', outstandingUnit: false, headNotAboveCollective: 'rule' }],
    ['an overlay for another year fixes nothing', { headNotAboveCollective: 'warning' }, 'qd366-2025', 2025, haTinh,
      { quotaReading: 'literal', outstandingUnit: false, headNotAboveCollective: 'warning' }],
  ] as const)('%s', (_name, readings, rulebook, year, overlay, expected) => {
    expect(readingSettings(readings, rulebook, year, overlay)).toEqual(expected);
  });

  it('a reading chosen on screen is stored in its own type', () => {
    expect(withReading({}, 'leadershipListBindsCells', 'false')).toEqual({ leadershipListBindsCells: false });
    expect(withReading({ quotaReading: 'literal' }, 'quotaReading', 'pool')).toEqual({ quotaReading: 'pool' });
    expect(withReading({}, 'headNotAboveCollective', 'rule')).toEqual({ headNotAboveCollective: 'rule' });
  });
});

describe('the lines beside the verdict', () => {
  const lines = (c: ReturnType<typeof makeCase>, overlay?: ReturnType<typeof getOverlay>) =>
    readingLines(checkGrade(c, { today: '2025-12-02' }), c.settings, { subjectKind: c.subjectKind, reviewYear: c.profile.reviewYear, ...(overlay ? { overlay } : {}) });

  it('a non-leader: the quota denominator, literal by default, with its clause', () => {
    const [quota, ...rest] = lines(makeCase({ facts: EXCELLENT_2025 }));
    expect(rest).toEqual([]);
    expect(quota).toMatchObject({
      key: 'quotaReading',
      value: 'literal',
      defaultValue: 'literal',
      text: 'tỉ lệ "Hoàn thành xuất sắc nhiệm vụ" tính trên số được xếp loại "Hoàn thành tốt nhiệm vụ" (đọc theo nghĩa đen)',
      clause: 'QĐ 366 Điều 11 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)',
    });
    expect(quota?.fixedBy).toBeUndefined();
  });

  it('a leader in 2025: head above own collective is a warning by default (QĐ 366 Điều 3)', () => {
    const head = lines(makeCase({ subject: LEADER_2025, facts: CLEAN })).find((l) => l.key === 'headNotAboveCollective');
    expect(head).toMatchObject({ value: 'warning', defaultValue: 'warning', clause: 'QĐ 366 Điều 3 (gắn kết quả người đứng đầu với đơn vị)', certainty: 'uncertain' });
  });

  it('a leader in 2023 under Hà Tĩnh 2023: fixed by the overlay, with its clause', () => {
    const c = makeCase({ year: 2023, subject: LEADER_2025, facts: CLEAN });
    const head = lines(c, getOverlay('ha-tinh-2023')).find((l) => l.key === 'headNotAboveCollective');
    expect(head?.fixedBy).toEqual({ name: getOverlay('ha-tinh-2023')!.name, clause: 'HD 25 mục 7.15' });
  });

  it('a collective in 2025: whether the leadership-collective list binds a chi bộ (default: yes)', () => {
    const c = makeCase({ subject: { kind: 'collective', name: 'Chi bộ A', collectiveKind: 'chi-bo-co-so' }, facts: CLEAN });
    const cell = lines(c).find((l) => l.key === 'leadershipListBindsCells');
    expect(cell).toMatchObject({ value: 'true', defaultValue: 'true', clause: 'QĐ 366 Điều 11 (Không hoàn thành nhiệm vụ — tập thể lãnh đạo, quản lý)' });
  });
});

describe('QĐ 366 Điều 11: the KHTNV list of "tập thể lãnh đạo, quản lý" and a chi bộ', () => {
  const trigger = 'Có thành viên trong tập thể lãnh đạo, quản lý vi phạm';
  const statusFor = (collectiveKind: string | undefined, binds: boolean | undefined) => {
    const subject = { kind: 'collective', name: 'A', ...(collectiveKind ? { collectiveKind } : {}) };
    const facts = { ...EXCELLENT_2025, collective: { subordinateUnitsDisciplined: 0, leadershipMembersDisciplined: 1 }, leader: { basicTargetsMissed: 0 } };
    const r = checkGrade(makeCase({ subject, facts, ...(binds === undefined ? {} : { settings: { leadershipListBindsCells: binds } }) }));
    return { condition: r.conditions.find((c) => c.text.startsWith(trigger))?.status, allowed: r.highestAllowed };
  };
  it.each([
    ['chi-bo-co-so', undefined, 'met', 'KHTNV'],
    ['chi-bo-co-so', true, 'met', 'KHTNV'],
    ['chi-bo-co-so', false, undefined, 'HTTNV'],
    ['chi-bo-truc-thuoc', false, undefined, 'HTTNV'],
    ['dang-uy-co-so', false, 'met', 'KHTNV'],
    ['tap-the-lanh-dao-quan-ly', false, 'met', 'KHTNV'],
    [undefined, false, 'met', 'KHTNV'],
  ] as const)('%s, binds cells %s → the trigger %s, highest allowed %s', (kind, binds, status, allowed) => {
    expect(statusFor(kind, binds)).toEqual({ condition: status, allowed });
  });
});
