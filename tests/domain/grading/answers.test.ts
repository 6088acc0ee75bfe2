import { describe, expect, it } from 'vitest';
import {
  answersOf,
  answersOfDraft,
  answersToFacts,
  issueInWords,
  legacyFactsToAnswers,
  offersNotApplicable,
  readAnswer,
  specById,
  withAnswer,
  withNotApplicable,
} from '../../../domain/grading/answers';
import { QUESTION_SPECS, type FactField } from '../../../domain/grading/questions';
import { ANSWER_HEAD_RULE_MODES, ANSWER_QUOTA_READINGS, emptyCheckAnswers, type CheckAnswers } from '../../../domain/schemas/check-answers';
import { HEAD_RULE_MODES, QUOTA_READINGS } from '../../../domain/schemas/case';
import { fixtureDraft } from '../../stores/fixtures';
import { CLEAN, LEADER_2025, LEADER_FACTS_2025, makeCase } from './make-case';

const field = (path: string): FactField => QUESTION_SPECS.flatMap((s) => s.fields).find((f) => f.path.join('.') === path)!;
const answers = (raw: Record<string, string>, notApplicable: string[] = []): CheckAnswers => ({ ...emptyCheckAnswers(), raw, notApplicable });

describe('one answer as typed', () => {
  it.each([
    ['tasks.total', '0', { kind: 'value', value: 0 }],
    ['tasks.total', ' 12 ', { kind: 'value', value: 12 }],
    ['tasks.total', '1.000', { kind: 'value', value: 1000 }],
    ['tasks.total', '100000', { kind: 'value', value: 100000 }],
    ['tasks.total', '100001', { kind: 'invalid', message: 'Cần số nguyên từ 0 đến 100.000.' }],
    ['tasks.total', '1,5', { kind: 'invalid', message: 'Cần số nguyên từ 0 đến 100.000.' }],
    ['tasks.total', '-1', { kind: 'invalid', message: 'Cần số nguyên từ 0 đến 100.000.' }],
    ['tasks.total', '', { kind: 'empty' }],
    ['leader.basicTargetsMissed', '5', { kind: 'value', value: 5 }],
    ['leader.basicTargetsMissed', '6', { kind: 'invalid', message: 'Cần số nguyên từ 0 đến 5.' }],
    ['lowConfidenceVotePercent', '62,5', { kind: 'value', value: 62.5 }],
    ['lowConfidenceVotePercent', '30%', { kind: 'value', value: 30 }],
    ['lowConfidenceVotePercent', '100', { kind: 'value', value: 100 }],
    ['lowConfidenceVotePercent', '100,1', { kind: 'invalid', message: 'Cần số từ 0 đến 100.' }],
    ['forbiddenActs', 'false', { kind: 'value', value: false }],
    ['forbiddenActs', 'có', { kind: 'invalid', message: 'Cần chọn Có hoặc Không.' }],
    ['civilServantGrade', 'HTTNV', { kind: 'value', value: 'HTTNV' }],
    ['discipline.form', 'khien-trach', { kind: 'value', value: 'khien-trach' }],
    ['discipline.form', 'phat', { kind: 'invalid', message: 'Cần chọn một mục trong danh sách.' }],
  ])('%s «%s» → %j', (path, raw, expected) => {
    expect(readAnswer(field(path), raw)).toEqual(expected);
  });
});

describe('answers into facts: what reads is used, a problem is said beside its field in words', () => {
  it.each([
    ['"0 nếu không có" is a value: nothing to remedy', { 'priorShortcomings.total': '0' }, { priorShortcomings: { total: 0, remedied: 0 } }, {}, {}],
    ['2 shortcomings, remedied not given yet: the question stays open', { 'priorShortcomings.total': '2' }, {}, {}, { 'priorShortcomings.remedied': 'Cần nhập số đã khắc phục xong.' }],
    ['2 of 2 remedied', { 'priorShortcomings.total': '2', 'priorShortcomings.remedied': '2' }, { priorShortcomings: { total: 2, remedied: 2 } }, {}, {}],
    [
      'more remedied than pointed out',
      { 'priorShortcomings.total': '2', 'priorShortcomings.remedied': '3' },
      {},
      { 'priorShortcomings.remedied': 'Số đã khắc phục (3) lớn hơn số hạn chế, khuyết điểm kỳ trước (2).' },
      {},
    ],
    ['on time above the total', { 'tasks.total': '10', 'tasks.onTime': '12' }, { tasks: { total: 10 } }, { 'tasks.onTime': 'Số đúng hạn (12) lớn hơn tổng số nhiệm vụ (10).' }, {}],
    [
      'parts above the total',
      { 'tasks.total': '10', 'tasks.onTime': '6', 'tasks.late': '3', 'tasks.notCompleted': '2' },
      { tasks: { total: 10 } },
      { 'tasks.total': 'Số đúng hạn (6) + số chậm tiến độ (3) + số không hoàn thành (2) = 11, lớn hơn tổng số nhiệm vụ (10); mỗi nhiệm vụ chỉ tính vào một loại.' },
      {},
    ],
    ['parts exactly the total', { 'tasks.total': '10', 'tasks.onTime': '7', 'tasks.late': '3' }, { tasks: { total: 10, onTime: 7, late: 3 } }, {}, {}],
    ['counts without a total', { 'tasks.onTime': '3' }, {}, {}, { 'tasks.total': 'Cần nhập tổng số nhiệm vụ, chỉ tiêu để dùng các số còn lại.' }],
    ['a number that does not read', { 'tasks.total': '1,5' }, {}, { 'tasks.total': 'Cần số nguyên từ 0 đến 100.000.' }, {}],
    ['self-detected without a form of discipline', { 'discipline.selfDetected': 'true' }, {}, {}, { 'discipline.form': 'Cần chọn hình thức kỷ luật (hoặc «Không bị kỷ luật»).' }],
    [
      'residence votes above 100%',
      { 'votes.residenceGoodPercent': '80', 'votes.residenceNotGoodPercent': '30' },
      { votes: { residenceGoodPercent: 80 } },
      { 'votes.residenceNotGoodPercent': 'Tỉ lệ tốt (80%) + tỉ lệ chưa tốt (30%) = 110%, vượt quá 100%.' },
      {},
    ],
  ])('%s', (_name, raw, facts, problems, incomplete) => {
    const r = answersToFacts(answers(raw));
    expect(r.facts).toEqual(facts);
    expect(r.problems).toEqual(problems);
    expect(r.incomplete).toEqual(incomplete);
    for (const text of [...Object.values(r.problems), ...Object.values(r.incomplete)]) expect(text).not.toMatch(/«?[a-z]+\.[a-zA-Z]+»?/);
  });

  it('"does not apply" stands for its facts; what was typed is kept but not read', () => {
    const a = answers({ 'leader.basicTargetsMissed': '9' }, ['basicTargetsMissed']);
    expect(answersToFacts(a)).toEqual({ facts: { leader: { basicTargetsMissed: 0 } }, problems: {}, incomplete: {} });
    expect(a.raw['leader.basicTargetsMissed']).toBe('9');
  });

  it('questions the draft holds are not read from the answers', () => {
    expect(answersToFacts(answers({ 'tasks.total': '9', forbiddenActs: 'false' }), { skip: (id) => id === 'tasks' }).facts).toEqual({ forbiddenActs: false });
  });

  it("a collective's member count bounds its members' counts", () => {
    const r = answersToFacts(answers({ 'collective.membersDisciplined': '12' }), { memberCount: 10 });
    expect(r.problems).toEqual({ 'collective.membersDisciplined': 'Số đảng viên bị kỷ luật (12) lớn hơn số đảng viên trong hồ sơ (10).' });
  });

  it('a refusal of the case schema is put in words: its «paths» become the labels of the fields', () => {
    expect(issueInWords(['tasks', 'onTime'], '«tasks.onTime» lớn hơn «tasks.total»')).toEqual({
      key: 'tasks.onTime',
      text: '«Số đúng hạn» lớn hơn «tổng số nhiệm vụ».',
    });
  });
});

describe('where answers live', () => {
  it('an older record (typed values) becomes the same answers as text', () => {
    const a = legacyFactsToAnswers({ tasks: { total: 10, onTime: 10 }, discipline: { form: 'none' }, forbiddenActs: false, lowConfidenceVotePercent: 12.5, unknown: 1 });
    expect(a.raw).toEqual({ 'tasks.total': '10', 'tasks.onTime': '10', 'discipline.form': 'none', forbiddenActs: 'false', lowConfidenceVotePercent: '12,5' });
    expect(answersToFacts(a).facts).toEqual({ tasks: { total: 10, onTime: 10 }, discipline: { form: 'none' }, forbiddenActs: false, lowConfidenceVotePercent: 12.5 });
    expect(answersOf({ facts: { forbiddenActs: true } }).raw).toEqual({ forbiddenActs: 'true' });
  });

  it("the draft's own answers win; until it has some, the older record is read", () => {
    const draft = fixtureDraft('qd366-2025-02B');
    const legacy = { facts: { forbiddenActs: true } };
    expect(answersOfDraft(draft, legacy).raw).toEqual({ forbiddenActs: 'true' });
    const own = { ...draft, assessment: { ...draft.assessment, checkAnswers: answers({ exemplaryBreach: 'false' }) } };
    expect(answersOfDraft(own, legacy).raw).toEqual({ exemplaryBreach: 'false' });
  });

  it('setting and clearing an answer, "does not apply" on and off', () => {
    let a = withAnswer(emptyCheckAnswers(), 'tasks.total', '0');
    expect(a.raw).toEqual({ 'tasks.total': '0' });
    a = withAnswer(a, 'tasks.total', '  ');
    expect(a.raw).toEqual({});
    a = withNotApplicable(withNotApplicable(a, 'basicTargetsMissed', true), 'lowConfidenceVotePercent', true);
    expect(withNotApplicable(a, 'basicTargetsMissed', false).notApplicable).toEqual(['lowConfidenceVotePercent']);
  });

  it('the readings stored with the answers take the values of the case settings', () => {
    expect([...ANSWER_QUOTA_READINGS]).toEqual([...QUOTA_READINGS]);
    expect([...ANSWER_HEAD_RULE_MODES].sort()).toEqual([...HEAD_RULE_MODES].sort());
  });
});

describe('"does not apply" is offered where its facts decide what the question decides', () => {
  const leader2025 = makeCase({ subject: LEADER_2025, facts: { ...CLEAN, scores: { common: 28, results: 64 } } });
  const leader2023 = makeCase({ year: 2023, subject: LEADER_2025, facts: { ...CLEAN } });
  it.each([
    ['basicTargetsMissed', leader2025, true],
    ['lowConfidenceVotePercent', leader2025, true],
    ['leaderUnitGrades', leader2025, true],
    // 2023: a share of the units at HTNV or above is required; "no unit" does not say whether it is met.
    ['leaderUnitGrades', leader2023, false],
    // No such spec option at all.
    ['tasks', leader2025, false],
  ])('%s', (id, c, offered) => {
    expect(offersNotApplicable(specById(id)!, c)).toBe(offered);
  });

  it('answered "does not apply", a trưởng phòng has no basic-targets trigger left unknown', () => {
    const facts = answersToFacts(answers({}, ['basicTargetsMissed'])).facts;
    const c = makeCase({ subject: LEADER_2025, facts: { ...LEADER_FACTS_2025, leader: { ...LEADER_FACTS_2025.leader, ...facts.leader } } });
    expect(c.facts.leader?.basicTargetsMissed).toBe(0);
  });
});
