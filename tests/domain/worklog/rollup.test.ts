import { describe, expect, it } from 'vitest';
import type { WorklogEntry } from '../../../domain/schemas/worklog';
import {
  entryQuarter,
  filterEntries,
  parseQuarter,
  quarterLabel,
  quarterOf,
  quarterRange,
  quarterRollup,
  yearRollup,
  yearTaskFacts,
} from '../../../domain/worklog';

const e = (id: string, status: WorklogEntry['status'], dates: Partial<WorklogEntry> = {}): WorklogEntry => ({
  v: 1, id, kind: 'nhiem-vu', title: `Nhiệm vụ ${id}`, status, ...dates,
});

describe('quarter of a date', () => {
  it.each([
    ['2026-01-01', 1], ['2026-03-31', 1], ['2026-04-01', 2], ['2026-06-30', 2],
    ['2026-07-01', 3], ['2026-09-30', 3], ['2026-10-01', 4], ['2026-12-31', 4],
  ])('%s → Q%i', (iso, quarter) => expect(quarterOf(iso)).toEqual({ year: 2026, quarter }));

  it.each([
    ['2026-Q3', { year: 2026, quarter: 3 }], ['2026-q1', { year: 2026, quarter: 1 }], ['2026-Q5', undefined], ['Q3-2026', undefined],
  ])('parses %s', (text, q) => expect(parseQuarter(text)).toEqual(q));

  it('range and label', () => {
    expect(quarterRange({ year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange({ year: 2026, quarter: 2 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterLabel({ year: 2026, quarter: 4 })).toBe('Quý IV năm 2026');
  });

  it.each([
    [e('a', 'dung-han', { assignedOn: '2026-03-01', deadline: '2026-04-10', doneOn: '2026-03-30' }), 1],
    [e('b', 'chua-hoan-thanh', { assignedOn: '2026-03-01', deadline: '2026-04-10' }), 2],
    [e('c', 'cham', { assignedOn: '2026-06-01', deadline: '2026-06-30' }), 2],
    [e('d', 'dung-han', { assignedOn: '2026-09-01' }), 3],
  ])('an entry is placed by done date, else deadline, else assigned date (%#)', (entry, quarter) =>
    expect(entryQuarter(entry)).toEqual({ year: 2026, quarter }));
  it('an entry with no date has no quarter', () => expect(entryQuarter(e('x', 'dung-han'))).toBeUndefined());
});

const LOG: WorklogEntry[] = [
  e('1', 'dung-han', { doneOn: '2026-02-10', quantity: { amount: 2, unit: 'văn bản' }, axisId: 'truc-1' }),
  e('2', 'cham', { deadline: '2026-03-01', doneOn: '2026-03-05', quantity: { amount: 3, unit: 'Văn bản' } }),
  e('3', 'vuot-tien-do', { doneOn: '2026-03-31', quantity: { amount: 1.5, unit: 'hồ sơ' }, axisId: 'truc-1' }),
  e('4', 'chua-hoan-thanh', { deadline: '2026-04-01' }),
  e('5', 'vuot-chat-luong', { doneOn: '2026-08-15', axisId: 'truc-3' }),
  e('6', 'dung-han', { doneOn: '2025-12-31' }),
  e('7', 'dung-han'),
];

describe('quarter rollup', () => {
  it('counts Q1: on time includes exceeded, quantities summed per unit (same unit, any case or accents)', () => {
    expect(quarterRollup(LOG, { year: 2026, quarter: 1 })).toEqual({
      total: 3, onTime: 2, late: 1, notCompleted: 0, exceeded: 1,
      byStatus: { 'dung-han': 1, cham: 1, 'chua-hoan-thanh': 0, 'vuot-tien-do': 1, 'vuot-chat-luong': 0 },
      quantities: [{ unit: 'văn bản', amount: 5, entries: 2 }, { unit: 'hồ sơ', amount: 1.5, entries: 1 }],
    });
  });

  it('the year: four quarters, entries of other years left out, undated entries in the year only', () => {
    const y = yearRollup(LOG, 2026);
    expect(y.quarters.map((q) => q.total)).toEqual([3, 1, 1, 0]);
    expect(y.year.total).toBe(6);
    expect(yearTaskFacts(LOG, 2026)).toEqual({ total: 6, onTime: 4, late: 1, notCompleted: 1, exceeded: 2 });
  });

  it('task facts always split: onTime + late + notCompleted = total', () => {
    const f = yearTaskFacts(LOG, 2026);
    expect(f.onTime! + f.late! + f.notCompleted!).toBe(f.total);
  });
});

describe('filters', () => {
  it.each([
    [{ quarter: { year: 2026, quarter: 1 } as const }, ['1', '2', '3']],
    [{ quarter: { year: 2026, quarter: 2 } as const }, ['4']],
    [{ year: 2025 }, ['6']],
    [{ statuses: ['cham', 'chua-hoan-thanh'] as const }, ['2', '4']],
    [{ statuses: [] }, ['1', '2', '3', '4', '5', '6', '7']],
    [{ axisId: 'truc-1' }, ['1', '3']],
    [{ axisId: null }, ['2', '4', '6', '7']],
    [{ quarter: { year: 2026, quarter: 1 } as const, axisId: 'truc-1', statuses: ['vuot-tien-do'] as const }, ['3']],
  ])('%j', (f, ids) => expect(filterEntries(LOG, f).map((x) => x.id)).toEqual(ids));
});
