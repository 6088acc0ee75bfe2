import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { allCompleted, allOnTime, areaCompletionPercent, lateAtMost, notCompletedAbove, notCompletedOf, settledTasks } from '../../../domain/conditions/facts';
import type { TaskCounts } from '../../../domain/schemas/case';
import { CLEAN, makeCase } from '../grading/make-case';

/** What the other task counts settle: onTime, late and notCompleted split the tasks. */
describe('settledTasks', () => {
  it.each<[TaskCounts, TaskCounts]>([
    // onTime = total: none late, none not completed
    [{ total: 10, onTime: 10, exceeded: 4 }, { total: 10, onTime: 10, late: 0, notCompleted: 0, exceeded: 4 }],
    [{ total: 10, onTime: 9 }, { total: 10, onTime: 9 }],
    // one unknown: the rest
    [{ total: 10, onTime: 8, notCompleted: 1 }, { total: 10, onTime: 8, late: 1, notCompleted: 1 }],
    [{ total: 10, onTime: 9, notCompleted: 1 }, { total: 10, onTime: 9, late: 0, notCompleted: 1 }],
    [{ total: 10, onTime: 8, late: 2 }, { total: 10, onTime: 8, late: 2, notCompleted: 0 }],
    [{ total: 10, onTime: 8, late: 1 }, { total: 10, onTime: 8, late: 1, notCompleted: 1 }],
    [{ total: 10, late: 1, notCompleted: 1 }, { total: 10, onTime: 8, late: 1, notCompleted: 1 }],
    [{ total: 10, late: 0, notCompleted: 0 }, { total: 10, onTime: 10, late: 0, notCompleted: 0 }],
    // the known ones make the total: the others are 0
    [{ total: 10, late: 10 }, { total: 10, onTime: 0, late: 10, notCompleted: 0 }],
    [{ total: 10, notCompleted: 10 }, { total: 10, onTime: 0, late: 0, notCompleted: 10 }],
    [{ total: 10, late: 9 }, { total: 10, late: 9 }],
    [{ total: 0 }, { total: 0, onTime: 0, late: 0, notCompleted: 0 }],
    // nothing to settle
    [{ total: 10 }, { total: 10 }],
    [{ total: 10, onTime: 5, late: 3, notCompleted: 2 }, { total: 10, onTime: 5, late: 3, notCompleted: 2 }],
    // counts that do not add up (the schema refuses them) are left as given
    [{ total: 10, onTime: 9, late: 2 }, { total: 10, onTime: 9, late: 2 }],
  ])('%j → %j', (t, expected) => expect(settledTasks(t)).toEqual(expected));

  it('leaves its input unchanged', () => {
    const t = { total: 10, onTime: 10 };
    settledTasks(t);
    expect(t).toEqual({ total: 10, onTime: 10 });
  });
});

describe('readers over the settled counts, across the boundaries', () => {
  it.each<[TaskCounts, boolean | undefined]>([
    [{ total: 10, onTime: 10 }, true],
    [{ total: 10, onTime: 9, late: 1 }, true],
    [{ total: 10, onTime: 8, late: 1 }, false],
    [{ total: 10, onTime: 9 }, undefined],
    [{ total: 10, notCompleted: 0 }, true],
    [{ total: 10, notCompleted: 1 }, false],
    [{ total: 10, late: 10 }, true],
  ])('allCompleted(%j) → %s', (t, expected) => expect(allCompleted(t)).toBe(expected));

  it.each<[TaskCounts, boolean | undefined]>([
    [{ total: 10, onTime: 10 }, true],
    [{ total: 10, onTime: 9 }, false],
    [{ total: 10, late: 0, notCompleted: 0 }, true],
    [{ total: 10, late: 1 }, false],
    [{ total: 10, late: 0 }, undefined],
    [{ total: 10, exceeded: 10 }, undefined],
  ])('allOnTime(%j) → %s', (t, expected) => expect(allOnTime(t)).toBe(expected));

  // 20%: 2 of 10 late is within, 3 is not; late settled from the others
  it.each<[TaskCounts, boolean | undefined]>([
    [{ total: 10, onTime: 10, exceeded: 4 }, true],
    [{ total: 10, onTime: 8, notCompleted: 0 }, true],
    [{ total: 10, onTime: 7, notCompleted: 0 }, false],
    [{ total: 10, onTime: 8 }, undefined],
    [{ total: 10, late: 2 }, true],
    [{ total: 10, late: 3 }, false],
  ])('lateAtMost(%j, 20) → %s', (t, expected) => expect(lateAtMost(t, 20)).toBe(expected));

  // above 10%: 1 of 10 is not, 2 is
  it.each<[TaskCounts, boolean | undefined]>([
    [{ total: 10, onTime: 10 }, false],
    [{ total: 10, onTime: 8, late: 1 }, false],
    [{ total: 10, onTime: 7, late: 1 }, true],
    [{ total: 10, onTime: 8 }, undefined],
  ])('notCompletedAbove(%j, 10) → %s', (t, expected) => expect(notCompletedAbove(t, 10)).toBe(expected));

  it.each<[TaskCounts | undefined, number | undefined]>([
    [undefined, undefined],
    [{ total: 10, onTime: 10 }, 0],
    [{ total: 10, onTime: 6, late: 3 }, 1],
    [{ total: 10, onTime: 6 }, undefined],
  ])('notCompletedOf(%j) → %s', (t, expected) => expect(notCompletedOf(t)).toBe(expected));

  it.each<[TaskCounts, number | undefined]>([
    [{ total: 10, onTime: 10 }, 100],
    [{ total: 10, onTime: 7, late: 2 }, 90],
    [{ total: 10, onTime: 7 }, undefined],
  ])("areaCompletionPercent with the leader's area %j → %s", (area, expected) => expect(areaCompletionPercent({ leader: { area } })).toBe(expected));
});

describe('the grade check reads the settled counts', () => {
  const statuses = (tasks: Record<string, number>) =>
    checkGrade(makeCase({ facts: { ...CLEAN, scores: { common: 28, results: 64 }, priorShortcomings: { total: 0, remedied: 0 }, tasks } })).conditions.map((c) => [c.grade, c.text, c.status]);

  it('a perfect record given as { total: 10, onTime: 10, exceeded: 4 } reads like the one with late 0 and notCompleted 0', () => {
    const short = statuses({ total: 10, onTime: 10, exceeded: 4 });
    expect(short).toEqual(statuses({ total: 10, onTime: 10, exceeded: 4, late: 0, notCompleted: 0 }));
    expect(short.filter(([, , status]) => status === 'unknown')).toEqual([]);
  });

  it('{ total: 10, onTime: 8, notCompleted: 0 } reads like late 2', () => {
    expect(statuses({ total: 10, onTime: 8, notCompleted: 0, exceeded: 0 })).toEqual(statuses({ total: 10, onTime: 8, late: 2, notCompleted: 0, exceeded: 0 }));
  });
});
