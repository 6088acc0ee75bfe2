import { describe, expect, it } from 'vitest';
import { checkGrade } from '../../../domain/grading';
import { QUESTION_SPECS, conditionKey, factValue, fillMissing, questionsFor, withFact } from '../../../domain/grading/questions';
import { CheckFactsSchema, type CheckFacts } from '../../../domain/schemas/case';
import { CLEAN, EXCELLENT_2025, LEADER_2025, LEADER_FACTS_2025, makeCase } from './make-case';

const ids = (c: ReturnType<typeof makeCase>) => questionsFor(c, checkGrade(c)).map((q) => q.id);

/** Conditions no question can decide: 2023 per-criterion levels are set in the draft editor. */
const LEVEL_TEXT = /Các tiêu chí|tiêu chí/;

describe('questionsFor: unknown conditions become questions', () => {
  it('a 2025 non-leader with 92 points and nothing else: tasks, prior shortcomings and the KHTNV yes/no questions', () => {
    const c = makeCase({ facts: { scores: { common: 28, results: 64 } }, proposed: 'HTXSNV' });
    expect(ids(c)).toEqual(['tasks', 'priorShortcomings', 'discipline', 'degradationConcluded', 'forbiddenActs', 'exemplaryBreach']);
    const tasks = questionsFor(c, checkGrade(c)).find((q) => q.id === 'tasks')!;
    expect(tasks.conditions.map((x) => x.grade)).toEqual(expect.arrayContaining(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']));
    expect(tasks.conditions.every((x) => x.clause.startsWith('QĐ 366 Điều 11'))).toBe(true);
  });

  it('answering removes the question and decides its conditions', () => {
    const before = makeCase({ facts: { ...EXCELLENT_2025, priorShortcomings: undefined }, proposed: 'HTXSNV' });
    const r1 = checkGrade(before);
    expect(r1.proposedAllowed).toBe(false);
    expect(ids(before)).toEqual(['priorShortcomings']);
    const facts = withFact(withFact(before.facts, ['priorShortcomings', 'total'], 1), ['priorShortcomings', 'remedied'], 1);
    const after = { ...before, facts };
    expect(ids(after)).toEqual([]);
    expect(checkGrade(after).proposedAllowed).toBe(true);
  });

  it('a fully answered case asks nothing', () => {
    expect(ids(makeCase({ facts: EXCELLENT_2025, proposed: 'HTXSNV' }))).toEqual([]);
    expect(ids(makeCase({ subject: LEADER_2025, facts: { ...LEADER_FACTS_2025 } }))).toEqual([]);
  });

  it('a leader is asked about the area, units, votes and own collective; a non-leader is not', () => {
    const leader = ids(makeCase({ subject: LEADER_2025, facts: { scores: { common: 28, results: 64 } }, settings: { headNotAboveCollective: 'rule' } }));
    expect(leader).toEqual(expect.arrayContaining(['leaderArea', 'leaderUnitGrades', 'lowConfidenceVotePercent', 'ownCollective', 'leaderCorruption', 'basicTargetsMissed']));
    const member = ids(makeCase({ facts: { scores: { common: 28, results: 64 } } }));
    expect(member).not.toContain('leaderArea');
    expect(member).not.toContain('ownCollective');
  });

  it.each([
    ['2025 non-leader', { year: 2025 }],
    ['2025 outside the system', { year: 2025, subject: { kind: 'individual', occupation: 'huu-tri' } }],
    ['2025 leader', { year: 2025, subject: LEADER_2025, settings: { headNotAboveCollective: 'rule' } }],
    ['2025 collective', { year: 2025, subject: { kind: 'collective', name: 'Chi bộ A' } }],
    ['2023 non-leader (civil servant)', { year: 2023, subject: { kind: 'individual', occupation: 'cong-chuc' } }],
    ['2023 leader', { year: 2023, subject: LEADER_2025 }],
    ['2023 collective, Hà Tĩnh', { year: 2023, subject: { kind: 'collective', name: 'Chi bộ A' }, overlayId: 'ha-tinh-2023' }],
    ['2023 non-leader, Hà Tĩnh', { year: 2023, overlayId: 'ha-tinh-2023' }],
  ])('%s: every unknown condition except the criterion levels has a question', (_name, opts) => {
    const c = makeCase(opts as Parameters<typeof makeCase>[0]);
    const r = checkGrade(c);
    const decided = new Set(questionsFor(c, r).flatMap((q) => q.conditions.map(conditionKey)));
    const orphans = r.conditions.filter((x) => x.status === 'unknown' && !decided.has(conditionKey(x)) && !LEVEL_TEXT.test(x.text));
    expect(orphans.map((x) => x.text)).toEqual([]);
  });
});

describe('fact paths', () => {
  it.each([
    [['tasks', 'total'], 12, { tasks: { total: 12 } }],
    [['leader', 'area', 'late'], 0, { leader: { area: { late: 0 } } }],
    [['forbiddenActs'], false, { forbiddenActs: false }],
  ])('withFact(%j, %j)', (path, value, expected) => {
    expect(withFact({}, path, value)).toEqual(expected);
    expect(factValue(expected as CheckFacts, path)).toBe(value);
  });

  it('removing the last value removes the emptied objects; other values stay', () => {
    expect(withFact({ leader: { area: { total: 3 } } }, ['leader', 'area', 'total'], undefined)).toEqual({});
    expect(withFact({ tasks: { total: 3, late: 1 } }, ['tasks', 'late'], undefined)).toEqual({ tasks: { total: 3 } });
    expect(withFact(CLEAN as CheckFacts, ['forbiddenActs'], true).discipline).toEqual({ form: 'none' });
  });

  it('fillMissing keeps what is there, leaf by leaf', () => {
    expect(fillMissing({ tasks: { total: 4 } }, { tasks: { total: 10, late: 0 } })).toEqual({ tasks: { total: 4, late: 0 } });
    expect(fillMissing({ forbiddenActs: true }, { forbiddenActs: false })).toEqual({ forbiddenActs: true });
  });

  it('every probe is valid facts and every field path points into the schema', () => {
    for (const spec of QUESTION_SPECS) {
      expect(CheckFactsSchema.safeParse(spec.probe).success, spec.id).toBe(true);
      for (const field of spec.fields) expect(field.path.length, spec.id).toBeGreaterThan(0);
    }
    expect(new Set(QUESTION_SPECS.map((s) => s.id)).size).toBe(QUESTION_SPECS.length);
  });
});
