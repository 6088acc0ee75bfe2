import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { WorklogSchema } from '../../../domain/schemas/worklog';
import { yearTaskFacts } from '../../../domain/worklog';

/** The log gives the annual grade check exactly the task facts it reads (`facts.tasks`), so no task question is left. */
const log = WorklogSchema.parse(JSON.parse(readFileSync('tests/fixtures/worklog/truong-phong-2026.json', 'utf8')));
const base = JSON.parse(readFileSync('tests/fixtures/cases/2025-leader.json', 'utf8'));
const caseWith = (tasks: unknown) => {
  const { tasks: _drop, ...facts } = base.facts;
  return CheckCaseSchema.parse({ ...base, profile: { ...base.profile, reviewYear: 2026 }, facts: tasks === undefined ? facts : { ...facts, tasks } });
};
const unknownTaskConditions = (c: ReturnType<typeof caseWith>) =>
  checkGrade(c, { today: '2026-12-10' }).conditions.filter((x) => x.status === 'unknown' && /nhiệm vụ/i.test(x.text) && /Điều 11/.test(x.clause));

describe('task facts from the log feed the annual grade check', () => {
  it('the facts are valid task counts of a check case', () => {
    expect(yearTaskFacts(log.entries, 2026)).toEqual({ total: 12, onTime: 10, late: 1, notCompleted: 1, exceeded: 2 });
    expect(() => caseWith(yearTaskFacts(log.entries, 2026))).not.toThrow();
  });

  it('without them task conditions are unknown; with them none is', () => {
    expect(unknownTaskConditions(caseWith(undefined)).length).toBeGreaterThan(0);
    expect(unknownTaskConditions(caseWith(yearTaskFacts(log.entries, 2026)))).toEqual([]);
  });

  it('one task not completed of 12 keeps HTXSNV out (not every task completed)', () => {
    const r = checkGrade(caseWith(yearTaskFacts(log.entries, 2026)), { today: '2026-12-10' });
    expect(r.highestAllowed).not.toBe('HTXSNV');
  });
});
