import { describe, expect, it } from 'vitest';
import { buildCheckCase, draftFacts, heldByDraft, levelsFromDraft, priorFromCarryOver, subjectKindOfForm, taskCountsFromDraft } from '../../../domain/grading/from-draft';
import { emptyCheckAnswers } from '../../../domain/schemas/check-answers';
import { checkGrade } from '../../../domain/grading';
import type { Task } from '../../../domain/schemas/facts';
import { fixtureDraft, sampleProfile } from '../../stores/fixtures';

const task = (flags: Partial<Pick<Task, 'completed' | 'onTime' | 'exceeded'>>, id = Math.random().toString(36)): Task => ({ id, name: 'x', target: '', result: '', ...flags });

describe('task counts from the draft task list', () => {
  it.each([
    ['no tasks', [], undefined],
    ['a task with no box ticked: only the total', [task({ completed: true, onTime: true }), task({})], { total: 2 }],
    ['completed without "Đúng hạn": on time and late unknown', [task({ completed: true }), task({ completed: true, exceeded: true })], { total: 2, notCompleted: 0, exceeded: 1 }],
    ['all on time, one exceeded', [task({ completed: true, onTime: true }), task({ onTime: true, exceeded: true })], { total: 2, notCompleted: 0, exceeded: 1, onTime: 2, late: 0 }],
    ['one late, one not completed', [task({ completed: true, onTime: false }), task({ completed: false })], { total: 2, notCompleted: 1, exceeded: 0, onTime: 0, late: 1 }],
    ['3 results chosen: 2 on time, 1 late', [task({ completed: true, onTime: true }), task({ completed: true, onTime: true }), task({ completed: true, onTime: false })], { total: 3, notCompleted: 0, exceeded: 0, onTime: 2, late: 1 }],
    ['"Vượt mức" ticked then unticked says nothing (older checkboxes)', [task({ completed: true, onTime: true }), task({ exceeded: false })], { total: 2 }],
    ['"Đúng hạn" unticked alone says nothing (older checkboxes)', [task({ onTime: false })], { total: 1 }],
    ['not completed yet "vượt mức" (older checkboxes): not counted as exceeded', [task({ completed: false, exceeded: true }), task({ completed: true, onTime: true })], { total: 2, notCompleted: 1, exceeded: 0, onTime: 1, late: 0 }],
  ])('%s', (_name, tasks, expected) => {
    expect(taskCountsFromDraft(tasks as Task[])).toEqual(expected);
  });

  it.each([
    [[], undefined],
    [[{ id: 'a', shortcoming: 'x', detail: '', status: 'da-khac-phuc' as const }, { id: 'b', shortcoming: 'y', detail: '', status: 'dang-khac-phuc' as const }], { total: 2, remedied: 1 }],
    [[{ id: 'a', shortcoming: 'x', detail: '' }], undefined],
  ])('carry-over %j → prior shortcomings %j', (items, expected) => {
    expect(priorFromCarryOver(items)).toEqual(expected);
  });
});

describe('who the form is for', () => {
  it.each([
    ['qd366-2025', '01', 'collective'],
    ['qd366-2025', '02A', 'leader'],
    ['qd366-2025', '02B', 'non-leader'],
    ['qd366-2025', '02C', 'outside-system'],
    ['qd366-2025', '03', undefined],
    ['qd124-2023', '02A', 'non-leader'],
    ['qd124-2023', '02B', 'leader'],
  ] as const)('%s %s → %s', (rb, code, kind) => {
    expect(subjectKindOfForm(rb, code)).toBe(kind);
  });
});

describe('buildCheckCase', () => {
  it('takes profile, year, scores, proposed grade and task counts from a 2025 draft', () => {
    const draft = fixtureDraft('qd366-2025-02B', {
      assessment: { proposedGrade: 'HTXSNV', scores: { common: 28, results: 64 }, criterionLevels: {}, dismissedFlags: {} },
    });
    draft.facts.tasks = [task({ completed: true, onTime: true, exceeded: true }), task({ completed: true, onTime: true })];
    const b = buildCheckCase(draft, { v: 1, facts: { forbiddenActs: false, tasks: { total: 9, late: 3 } } });
    expect(b.errors).toEqual([]);
    expect(b.value?.profile.reviewYear).toBe(2025);
    expect(b.value?.profile.rulebookId).toBe('qd366-2025');
    expect(b.value?.subjectKind).toBe('non-leader');
    expect(b.value?.proposedGrade).toBe('HTXSNV');
    // The draft wins leaf by leaf; the answers fill the rest.
    expect(b.value?.facts).toEqual({
      scores: { common: 28, results: 64 },
      tasks: { total: 2, notCompleted: 0, exceeded: 1, onTime: 2, late: 0 },
      forbiddenActs: false,
    });
    expect(b.fromDraft.scores).toEqual({ common: 28, results: 64 });
    const r = checkGrade(b.value!);
    expect(r.score?.total).toBe(92);
    expect(r.proposedAllowed).toBe(false);
    expect(r.highestPossible).toBe('HTXSNV');
  });

  it('a draft without a profile uses the active profile, and a minimal one without either', () => {
    const draft = { ...fixtureDraft('qd366-2025-02B'), profile: undefined };
    const withActive = buildCheckCase(draft, { v: 1, facts: {} }, sampleProfile);
    expect(withActive.value?.profile.subject).toMatchObject({ kind: 'individual', fullName: 'Nguyễn Văn Ánh' });
    expect(withActive.notes).toEqual(['Bản kiểm điểm chưa gắn hồ sơ: dùng hồ sơ đang chọn.']);
    const bare = buildCheckCase({ ...fixtureDraft('qd366-2025-01'), profile: undefined }, { v: 1, facts: {} });
    expect(bare.value?.profile.subject.kind).toBe('collective');
    expect(bare.value?.subjectKind).toBe('collective');
  });

  it('2023 levels: the task-result items go to "results", the others to "others"', () => {
    const draft = fixtureDraft('qd124-2023-02A');
    draft.assessment.criterionLevels = { 'I.1': 'tot', 'I.2': 'xuat-sac', 'I.3': 'tot' };
    expect(levelsFromDraft(draft)).toEqual({ results: { 'I.2': 'xuat-sac' }, others: { 'I.1': 'tot', 'I.3': 'tot' } });
    expect(draftFacts(fixtureDraft('qd366-2025-02B', { assessment: { scores: {}, criterionLevels: {}, dismissedFlags: {} } })).criterionLevels).toBeUndefined();
  });

  it('an invalid answer is said beside its field in words; the case is still built (the result never disappears)', () => {
    const b = buildCheckCase(undefined, { v: 1, reviewYear: 2025, facts: { tasks: { total: 2, onTime: 5 } } });
    expect(b.errors).toEqual([]);
    expect(b.value?.facts).toEqual({ tasks: { total: 2 } });
    expect(b.problems).toEqual({ 'tasks.onTime': 'Số đúng hạn (5) lớn hơn tổng số nhiệm vụ (2).' });
  });

  it('"0 nếu không có" prior shortcomings: a value, the case is built and the condition is met', () => {
    const answers = { ...emptyCheckAnswers(), raw: { 'priorShortcomings.total': '0' } };
    const b = buildCheckCase(undefined, { v: 1, reviewYear: 2025, facts: {}, answers });
    expect(b.value?.facts.priorShortcomings).toEqual({ total: 0, remedied: 0 });
    expect(checkGrade(b.value!).conditions.find((c) => c.text.startsWith('Đã khắc phục 100%'))?.status).toBe('met');
  });

  it("the draft's own answers (assessment.checkAnswers) are read; an older record only while it has none", () => {
    const draft = fixtureDraft('qd366-2025-02B');
    const legacy = { v: 1 as const, facts: { forbiddenActs: true } };
    expect(buildCheckCase(draft, legacy).value?.facts.forbiddenActs).toBe(true);
    const own = { ...draft, assessment: { ...draft.assessment, checkAnswers: { ...emptyCheckAnswers(), raw: { exemplaryBreach: 'false' } } } };
    const b = buildCheckCase(own, legacy);
    expect(b.value?.facts.forbiddenActs).toBeUndefined();
    expect(b.value?.facts.exemplaryBreach).toBe(false);
  });

  it('the readings kept with the answers become the case settings', () => {
    const draft = fixtureDraft('qd366-2025-02A');
    const own = { ...draft, assessment: { ...draft.assessment, checkAnswers: { ...emptyCheckAnswers(), readings: { headNotAboveCollective: 'rule' as const, quotaReading: 'pool' as const } } } };
    expect(buildCheckCase(own, { v: 1, facts: {} }).value?.settings).toEqual({ quotaReading: 'pool', outstandingUnit: false, headNotAboveCollective: 'rule' });
  });
});

describe('questions the draft holds', () => {
  it('tasks, carry-over and scores: where each is edited and what is missing there', () => {
    const draft = fixtureDraft('qd366-2025-02B');
    draft.facts.tasks = [task({ completed: true, onTime: true }), task({}), task({ completed: true })];
    draft.facts.carryOver = [{ id: 'c', shortcoming: 'x', detail: '', status: 'da-khac-phuc' }];
    draft.assessment.scores = { common: 27 };
    expect(heldByDraft(draft)).toEqual({
      tasks: { source: 'tasks', unitId: 'A.I.2', missing: '1/3 nhiệm vụ chưa chọn kết quả thực hiện (đúng hạn, chậm tiến độ hay không hoàn thành).' },
      priorShortcomings: { source: 'carryOver', unitId: 'A.III' },
      scores: { source: 'scores', unitId: 'B.I', missing: 'Chưa nhập điểm nhóm kết quả thực hiện nhiệm vụ.' },
    });
    draft.facts.tasks = [task({ completed: true, onTime: true }), task({ completed: true })];
    expect(heldByDraft(draft).tasks?.missing).toBe('1/2 nhiệm vụ hoàn thành nhưng chưa chọn đúng hạn hay chậm tiến độ.');
  });

  it('a draft without tasks or carry-over leaves those questions to the check; 2023 has no scores', () => {
    expect(Object.keys(heldByDraft(fixtureDraft('qd366-2025-02B')))).toEqual(['scores']);
    expect(heldByDraft(fixtureDraft('qd124-2023-02B'))).toEqual({});
  });

  it("answers to a question the draft holds are not read (the draft's counts only, never a mix)", () => {
    const draft = fixtureDraft('qd366-2025-02B');
    draft.facts.tasks = [task({ completed: true, onTime: true }), task({ completed: true })];
    const b = buildCheckCase(draft, { v: 1, facts: { tasks: { total: 2, onTime: 1, late: 1 } } });
    expect(b.value?.facts.tasks).toEqual({ total: 2, notCompleted: 0, exceeded: 0 });
  });
});
