import { describe, expect, it } from 'vitest';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { parseWith } from '../../../domain/schemas/errors';

/** Relations between counts in a check case: each bound crossed on both sides (equal passes, one more fails). */
const individual = { reviewYear: 2025, subject: { kind: 'individual' } };
const collective = (memberCount: number) => ({ reviewYear: 2025, subject: { kind: 'collective', memberCount } });
const errorsOf = (facts: Record<string, unknown>, profile: Record<string, unknown> = individual) => {
  const r = parseWith(CheckCaseSchema, { profile, facts });
  return r.ok ? [] : r.errors;
};

describe('prior shortcomings: remedied ≤ total', () => {
  it.each([
    [0, 0, []],
    [3, 3, []],
    [3, 2, []],
    [3, 4, ['Trường «facts.priorShortcomings.remedied»: số khuyết điểm đã khắc phục (4) lớn hơn tổng số khuyết điểm «priorShortcomings.total» (3).']],
    [0, 1, ['Trường «facts.priorShortcomings.remedied»: số khuyết điểm đã khắc phục (1) lớn hơn tổng số khuyết điểm «priorShortcomings.total» (0).']],
  ])('total %s, remedied %s', (total, remedied, errors) => expect(errorsOf({ priorShortcomings: { total, remedied } })).toEqual(errors));
});

describe('tasks: onTime + late + notCompleted ≤ total (each where given), exceeded ≤ total', () => {
  const sum = (fields: string, n: number, total = 10) => `Trường «facts.tasks»: ${fields} = ${n}, lớn hơn tổng số nhiệm vụ «tasks.total» (${total}); mỗi nhiệm vụ chỉ tính vào một loại.`;
  it.each([
    [{ onTime: 7, late: 2, notCompleted: 1 }, []],
    [{ onTime: 7, late: 2, notCompleted: 2 }, [sum('«tasks.onTime» + «tasks.late» + «tasks.notCompleted»', 11)]],
    [{ onTime: 8, late: 2 }, []],
    [{ onTime: 8, late: 3 }, [sum('«tasks.onTime» + «tasks.late»', 11)]],
    [{ onTime: 9, notCompleted: 1 }, []],
    [{ onTime: 9, notCompleted: 2 }, [sum('«tasks.onTime» + «tasks.notCompleted»', 11)]],
    [{ late: 5, notCompleted: 5 }, []],
    [{ late: 5, notCompleted: 6 }, [sum('«tasks.late» + «tasks.notCompleted»', 11)]],
    [{ onTime: 10 }, []],
    [{ onTime: 11 }, ['Trường «facts.tasks.onTime»: không được lớn hơn tổng số nhiệm vụ (10).']],
    [{ late: 11 }, ['Trường «facts.tasks.late»: không được lớn hơn tổng số nhiệm vụ (10).']],
    [{ notCompleted: 11 }, ['Trường «facts.tasks.notCompleted»: không được lớn hơn tổng số nhiệm vụ (10).']],
    [{ exceeded: 10 }, []],
    [{ exceeded: 11 }, ['Trường «facts.tasks.exceeded»: không được lớn hơn tổng số nhiệm vụ (10).']],
    // a task not completed cannot be exceeded
    [{ exceeded: 8, notCompleted: 2 }, []],
    [{ exceeded: 8, notCompleted: 3 }, ['Trường «facts.tasks.exceeded»: «tasks.exceeded» + «tasks.notCompleted» = 11, lớn hơn tổng số nhiệm vụ «tasks.total» (10); nhiệm vụ không hoàn thành thì không thể vượt mức.']],
  ])('total 10, %j', (counts, errors) => expect(errorsOf({ tasks: { total: 10, ...counts } })).toEqual(errors));

  it.each([
    [{ onTime: 8, late: 2 }, []],
    [{ onTime: 8, late: 3 }, ['Trường «facts.leader.area»: «leader.area.onTime» + «leader.area.late» = 11, lớn hơn tổng số nhiệm vụ «leader.area.total» (10); mỗi nhiệm vụ chỉ tính vào một loại.']],
  ])("a leader's area, total 10, %j", (counts, errors) => expect(errorsOf({ leader: { area: { total: 10, ...counts } } })).toEqual(errors));
});

describe('collective: counts within the units and members it has', () => {
  it.each([
    [{ subordinateUnits: 4, subordinateUnitsDisciplined: 4 }, []],
    [{ subordinateUnits: 4, subordinateUnitsDisciplined: 5 }, ['Trường «facts.collective.subordinateUnitsDisciplined»: số tổ chức trực thuộc bị kỷ luật (5) lớn hơn số tổ chức trực thuộc «collective.subordinateUnits» (4).']],
    [{ subordinateUnits: 4, subordinateUnitGrades: { HTXSNV: 1, HTTNV: 3 } }, []],
    [{ subordinateUnits: 4, subordinateUnitGrades: { HTXSNV: 1, HTTNV: 3, KHTNV: 1 } }, ['Trường «facts.collective.subordinateUnitGrades»: số tổ chức được xếp loại (HTXSNV + HTTNV + HTNV + KHTNV = 5) lớn hơn số tổ chức trực thuộc «collective.subordinateUnits» (4).']],
    // without the number of units there is nothing to compare with
    [{ subordinateUnitsDisciplined: 5, subordinateUnitGrades: { HTTNV: 9 } }, []],
  ])('%j', (c, errors) => expect(errorsOf({ collective: c })).toEqual(errors));

  it.each([
    [{ memberGrades: { HTTNV: 8, HTNV: 2 } }, 10, []],
    [{ memberGrades: { HTTNV: 8, HTNV: 3 } }, 10, ['Trường «facts.collective.memberGrades»: số đảng viên được xếp loại (HTXSNV + HTTNV + HTNV + KHTNV = 11) lớn hơn số đảng viên «profile.subject.memberCount» (10).']],
    [{ membersDisciplined: 10 }, 10, []],
    [{ membersDisciplined: 11 }, 10, ['Trường «facts.collective.membersDisciplined»: số đảng viên bị kỷ luật (11) lớn hơn số đảng viên «profile.subject.memberCount» (10).']],
  ])('%j with %s members', (c, members, errors) => expect(errorsOf({ collective: c }, collective(members))).toEqual(errors));
});

describe('votes: residence percentages add up to at most 100', () => {
  it.each([
    [60, 40, []],
    [60, 40.5, ['Trường «facts.votes.residenceNotGoodPercent»: «votes.residenceGoodPercent» + «votes.residenceNotGoodPercent» = 100,5%, vượt quá 100%.']],
    [100, 0, []],
    [100, 1, ['Trường «facts.votes.residenceNotGoodPercent»: «votes.residenceGoodPercent» + «votes.residenceNotGoodPercent» = 101%, vượt quá 100%.']],
  ])('good %s%%, not good %s%%', (good, notGood, errors) => expect(errorsOf({ votes: { residenceGoodPercent: good, residenceNotGoodPercent: notGood } })).toEqual(errors));
});
