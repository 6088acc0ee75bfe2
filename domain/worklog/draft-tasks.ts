import { formatDateVi, formatNumberVi } from '../core/text';
import type { Task } from '../schemas/facts';
import type { WorklogEntry } from '../schemas/worklog';
import { entryDate } from './quarter';
import { evidenceParts } from './evidence';

/**
 * The annual draft's task list from the work log (issue 16 item 4): each entry of the year becomes a task of the
 * draft (`facts.tasks`), with its result as the grade check reads it (đúng hạn / chậm / không hoàn thành, vượt mức),
 * so the check asks no task question. Tasks taken from the log carry the id `log-<entry id>`; taking them again
 * replaces those and keeps the tasks typed in the draft.
 */
export const LOG_TASK_PREFIX = 'log-';
const TASK_ID_MAX = 64;

export const logTaskId = (entryId: string): string => `${LOG_TASK_PREFIX}${entryId}`.slice(0, TASK_ID_MAX);
export const isLogTask = (t: Pick<Task, 'id'>): boolean => t.id.startsWith(LOG_TASK_PREFIX);

/** The entries of the year: dated in it, or with no date at all (they belong to the log's year). */
export function entriesOfYear(entries: readonly WorklogEntry[], year: number): WorklogEntry[] {
  return entries.filter((e) => {
    const d = entryDate(e);
    return d === undefined || Number(d.slice(0, 4)) === year;
  });
}

function resultText(e: WorklogEntry): string {
  const parts: string[] = [];
  if (e.quantity) parts.push(`${formatNumberVi(e.quantity.amount)} ${e.quantity.unit}`);
  if (e.doneOn) parts.push(`hoàn thành ngày ${formatDateVi(e.doneOn)}`);
  if (e.qualityNote) parts.push(e.qualityNote);
  return parts.join('; ');
}


/** One entry as a draft task: its result chosen from the entry's status. */
export function taskFromEntry(e: WorklogEntry): Task {
  const target = [e.assignedBy ? `Giao: ${e.assignedBy}` : '', e.deadline ? `hạn ${formatDateVi(e.deadline)}` : ''].filter(Boolean).join(', ');
  const task: Task = { id: logTaskId(e.id), name: e.title.slice(0, 1000), target: target.slice(0, 500), result: resultText(e).slice(0, 1000) };
  if (e.quantity) task.unit = e.quantity.unit.slice(0, 100);
  const evidence = evidenceParts(e).join('; ');
  if (evidence) task.evidence = evidence.slice(0, 1000);
  if (e.status === 'chua-hoan-thanh') task.completed = false;
  else {
    task.completed = true;
    task.onTime = e.status !== 'cham';
    if (e.status === 'vuot-tien-do' || e.status === 'vuot-chat-luong') task.exceeded = true;
  }
  return task;
}

export interface LogTasksMerge {
  tasks: Task[];
  added: number;
  updated: number;
  removed: number;
  /** tasks typed in the draft, kept as they are. */
  kept: number;
}

/**
 * The draft's tasks after taking the log's: the log's tasks first, in the log's order, then the tasks typed in the
 * draft. A task taken earlier whose entry is gone (deleted, moved to another year) is removed; the counts say so.
 */
export function mergeLogTasks(current: readonly Task[], entries: readonly WorklogEntry[], year: number): LogTasksMerge {
  const fromLog = entriesOfYear(entries, year).map(taskFromEntry);
  const before = new Map(current.filter(isLogTask).map((t) => [t.id, t] as const));
  const typed = current.filter((t) => !isLogTask(t));
  const same = (a: Task, b: Task) => JSON.stringify(a) === JSON.stringify(b);
  const added = fromLog.filter((t) => !before.has(t.id)).length;
  const updated = fromLog.filter((t) => before.has(t.id) && !same(before.get(t.id)!, t)).length;
  const ids = new Set(fromLog.map((t) => t.id));
  const removed = [...before.keys()].filter((id) => !ids.has(id)).length;
  return { tasks: [...fromLog, ...typed], added, updated, removed, kept: typed.length };
}

/** The entries behind the draft's log tasks, in the draft's order (for the Phụ lục exported with the draft). */
export function entriesOfDraftTasks(tasks: readonly Task[], entries: readonly WorklogEntry[]): WorklogEntry[] {
  const byTaskId = new Map(entries.map((e) => [logTaskId(e.id), e] as const));
  return tasks.flatMap((t) => {
    const e = isLogTask(t) ? byTaskId.get(t.id) : undefined;
    return e ? [e] : [];
  });
}
