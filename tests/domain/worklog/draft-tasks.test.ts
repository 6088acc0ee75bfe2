import { describe, expect, it } from 'vitest';
import { WorklogEntrySchema, type WorklogEntry } from '../../../domain/schemas/worklog';
import { entriesOfDraftTasks, entriesOfYear, logTaskId, mergeLogTasks, taskFromEntry } from '../../../domain/worklog/draft-tasks';
import { taskCountsFromDraft } from '../../../domain/grading/from-draft';
import { yearTaskFacts } from '../../../domain/worklog/task-facts';

const e = (over: Partial<WorklogEntry> & Pick<WorklogEntry, 'id' | 'status'>): WorklogEntry =>
  WorklogEntrySchema.parse({ title: `Nhiệm vụ ${over.id}`, ...over });

describe('draft tasks from the work log', () => {
  it.each([
    ['dung-han', { completed: true, onTime: true }],
    ['cham', { completed: true, onTime: false }],
    ['chua-hoan-thanh', { completed: false }],
    ['vuot-tien-do', { completed: true, onTime: true, exceeded: true }],
    ['vuot-chat-luong', { completed: true, onTime: true, exceeded: true }],
  ] as const)('status %s → the task result %o', (status, result) => {
    const t = taskFromEntry(e({ id: 'a', status }));
    expect({ completed: t.completed, onTime: t.onTime, exceeded: t.exceeded }).toEqual({ onTime: undefined, exceeded: undefined, ...result });
  });

  it('writes figures, dates, the assigner and the evidence in Vietnamese', () => {
    const t = taskFromEntry(
      e({
        id: 'b', status: 'cham', title: 'Thẩm định hồ sơ', assignedBy: 'Giám đốc Sở', deadline: '2026-03-31', doneOn: '2026-04-05',
        quantity: { amount: 1250.5, unit: 'hồ sơ' }, qualityNote: 'đạt yêu cầu',
        evidence: { docNumber: '15/BC-STC', docDate: '2026-04-06', attachment: { id: 'f', name: 'bc.pdf', size: 10, type: '' } },
      }),
    );
    expect(t).toEqual({
      id: 'log-b', name: 'Thẩm định hồ sơ', target: 'Giao: Giám đốc Sở, hạn 31/03/2026',
      result: '1.250,5 hồ sơ; hoàn thành ngày 05/04/2026; đạt yêu cầu', unit: 'hồ sơ',
      evidence: '15/BC-STC ngày 06/04/2026; Tệp: bc.pdf', completed: true, onTime: false,
    });
  });

  it('the draft counts equal the log counts, so the check needs no task question', () => {
    const entries = [
      e({ id: '1', status: 'dung-han', doneOn: '2026-02-01' }),
      e({ id: '2', status: 'cham', deadline: '2026-05-01', doneOn: '2026-05-09' }),
      e({ id: '3', status: 'chua-hoan-thanh', deadline: '2026-11-30' }),
      e({ id: '4', status: 'vuot-chat-luong', doneOn: '2026-08-01' }),
      e({ id: '5', status: 'dung-han', doneOn: '2025-12-20' }),
    ];
    const { tasks } = mergeLogTasks([], entries, 2026);
    expect(taskCountsFromDraft(tasks)).toEqual(yearTaskFacts(entries.slice(0, 4), 2026));
    expect(taskCountsFromDraft(tasks)).toEqual({ total: 4, onTime: 2, late: 1, notCompleted: 1, exceeded: 1 });
  });

  it('places entries by year on both sides of the new year; undated entries belong to the log year', () => {
    const entries = [
      e({ id: 'dec', status: 'dung-han', doneOn: '2025-12-31' }),
      e({ id: 'jan', status: 'dung-han', doneOn: '2026-01-01' }),
      e({ id: 'none', status: 'dung-han' }),
    ];
    expect(entriesOfYear(entries, 2026).map((x) => x.id)).toEqual(['jan', 'none']);
    expect(entriesOfYear(entries, 2025).map((x) => x.id)).toEqual(['dec', 'none']);
  });

  it('taking again replaces the log tasks, keeps typed tasks, and counts what changed', () => {
    const typed = { id: 'typed-1', name: 'Nhiệm vụ gõ tay', target: '', result: '' };
    const first = mergeLogTasks([typed], [e({ id: '1', status: 'dung-han' }), e({ id: '2', status: 'cham' })], 2026);
    expect(first).toMatchObject({ added: 2, updated: 0, removed: 0, kept: 1 });
    expect(first.tasks.map((t) => t.id)).toEqual(['log-1', 'log-2', 'typed-1']);
    const again = mergeLogTasks(first.tasks, [e({ id: '1', status: 'chua-hoan-thanh' }), e({ id: '3', status: 'dung-han' })], 2026);
    expect(again).toMatchObject({ added: 1, updated: 1, removed: 1, kept: 1 });
    expect(again.tasks.map((t) => t.id)).toEqual(['log-1', 'log-3', 'typed-1']);
    expect(mergeLogTasks(again.tasks, [e({ id: '1', status: 'chua-hoan-thanh' }), e({ id: '3', status: 'dung-han' })], 2026)).toMatchObject({ added: 0, updated: 0, removed: 0 });
  });

  it('finds the entries behind the draft tasks, in the draft order; ids are cut to the task id limit', () => {
    const long = 'x'.repeat(100);
    expect(logTaskId(long)).toHaveLength(64);
    const entries = [e({ id: '1', status: 'dung-han' }), e({ id: '2', status: 'cham' }), e({ id: long, status: 'dung-han' })];
    const tasks = [{ id: 'log-2', name: '', target: '', result: '' }, { id: 'typed', name: '', target: '', result: '' }, { id: logTaskId(long), name: '', target: '', result: '' }];
    expect(entriesOfDraftTasks(tasks, entries).map((x) => x.id)).toEqual(['2', long]);
  });
});
