import { rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { roleOfFormCode } from '../drafting/form-choice';
import { getFormModel } from '../rulebooks';
import { fillMissing } from './questions';
import type { SubjectKind } from './types';
import { CheckCaseSchema, type CheckCase, type CheckFacts, type TaskCounts } from '../schemas/case';
import type { Draft } from '../schemas/draft';
import { parseWith } from '../schemas/errors';
import type { DraftFacts } from '../schemas/facts';
import type { Profile } from '../schemas/profile';
import type { GradeFacts } from '../schemas/grade-facts';

/**
 * The grade check's input built from a draft and the facts answered on the check screen. What the draft gives
 * (scores, criterion levels, proposed grade, task counts from the task list, last year's shortcomings) wins over
 * the answers, leaf by leaf; the answers fill what the draft leaves open.
 */
export interface CaseBuild {
  value: CheckCase | null;
  /** facts taken from the draft (shown read-only on the screen). */
  fromDraft: CheckFacts;
  notes: string[];
  errors: string[];
}

type Task = DraftFacts['tasks'][number];
const marked = (t: Task) => t.completed !== undefined || t.onTime !== undefined || t.exceeded !== undefined;
const done = (t: Task) => t.completed === true || t.onTime === true || t.exceeded === true;

/**
 * Counts from the draft's task list. A task with no box ever ticked says nothing: then only the total is known.
 * "Đúng hạn" left unset on a completed task leaves on-time / late unknown (the screen asks).
 */
export function taskCountsFromDraft(tasks: readonly Task[]): Partial<TaskCounts> | undefined {
  if (tasks.length === 0) return undefined;
  const total = tasks.length;
  if (!tasks.every(marked)) return { total };
  const completed = tasks.filter(done);
  const counts: Partial<TaskCounts> = {
    total,
    notCompleted: total - completed.length,
    exceeded: tasks.filter((t) => t.exceeded === true).length,
  };
  if (completed.every((t) => t.onTime !== undefined)) {
    counts.onTime = completed.filter((t) => t.onTime === true).length;
    counts.late = completed.length - counts.onTime;
  }
  return counts;
}

/** Last period's shortcomings from the carry-over list, when every one has a status. */
export function priorFromCarryOver(items: DraftFacts['carryOver']): CheckFacts['priorShortcomings'] {
  if (items.length === 0 || items.some((i) => i.status === undefined)) return undefined;
  return { total: items.length, remedied: items.filter((i) => i.status === 'da-khac-phuc').length };
}

/** 2023 levels split into task-result criteria (items that ask for figures) and the others. */
export function levelsFromDraft(draft: Draft): CheckFacts['criterionLevels'] {
  const levels = draft.assessment.criterionLevels;
  if (Object.keys(levels).length === 0) return undefined;
  const model = getFormModel(draft.rulebookId, draft.formCode);
  const items = model?.parts.flatMap((p) => p.sections.flatMap((s) => s.items)) ?? [];
  const isResult = (id: string) => items.some((i) => i.id === id && (i.needsFigures === true || i.composeFrom?.includes('tasks') === true));
  const out: NonNullable<CheckFacts['criterionLevels']> = { results: {}, others: {} };
  for (const [id, level] of Object.entries(levels)) (isResult(id) ? out.results : out.others)[id] = level;
  return out;
}

/** Who the form is for: 01 collective; 2025 02A leader, 02B non-leader, 02C outside; 2023 02A non-leader, 02B leader. */
export function subjectKindOfForm(rulebookId: RulebookId, formCode: Draft['formCode']): SubjectKind | undefined {
  const role = roleOfFormCode(rulebookId, formCode);
  if (role === 'regrade' || (rulebookId === 'qd132-2018' && role !== 'collective')) return undefined;
  return role === 'outside' ? 'outside-system' : role;
}

export function draftFacts(draft: Draft): CheckFacts {
  const f: CheckFacts = {};
  const { common, results } = draft.assessment.scores;
  if (common !== undefined || results !== undefined) f.scores = { ...(common !== undefined ? { common } : {}), ...(results !== undefined ? { results } : {}) };
  const tasks = taskCountsFromDraft(draft.facts.tasks);
  if (tasks) f.tasks = tasks as TaskCounts;
  const prior = priorFromCarryOver(draft.facts.carryOver);
  if (prior) f.priorShortcomings = prior;
  const levels = draft.rulebookId === 'qd124-2023' ? levelsFromDraft(draft) : undefined;
  if (levels) f.criterionLevels = levels;
  return f;
}

const minimalProfile = (reviewYear: number, collective: boolean): Profile =>
  collective
    ? { v: 1, reviewYear, subject: { kind: 'collective', name: '' } }
    : { v: 1, reviewYear, subject: { kind: 'individual', fullName: '', partyStatus: 'chinh-thuc', leadershipPosts: [] } };

function profileFor(base: Profile | undefined, reviewYear: number, kind: SubjectKind | undefined): Profile {
  const collective = kind === 'collective';
  const fits = base && (kind === undefined || (base.subject.kind === 'collective') === collective);
  return fits ? { ...base, reviewYear } : minimalProfile(reviewYear, collective);
}

export function buildCheckCase(draft: Draft | undefined, extra: GradeFacts, activeProfile?: Profile): CaseBuild {
  const notes: string[] = [];
  let input: unknown;
  let fromDraft: CheckFacts = {};
  if (draft) {
    fromDraft = draftFacts(draft);
    const kind = subjectKindOfForm(draft.rulebookId, draft.formCode);
    const profile = { ...profileFor(draft.profile ?? activeProfile, draft.reviewYear, kind), rulebookId: draft.rulebookId };
    if (!draft.profile) notes.push(activeProfile ? 'Bản kiểm điểm chưa gắn hồ sơ: dùng hồ sơ đang chọn.' : 'Bản kiểm điểm chưa gắn hồ sơ: chỉ xét theo mẫu đã chọn.');
    const untouched = draft.facts.tasks.filter((t) => !marked(t)).length;
    if (untouched > 0) notes.push(`${untouched}/${draft.facts.tasks.length} nhiệm vụ trong bản kiểm điểm chưa đánh dấu Hoàn thành / Đúng hạn / Vượt mức: số liệu nhiệm vụ lấy từ câu trả lời ở đây.`);
    input = {
      v: 1,
      profile,
      facts: fillMissing(fromDraft, extra.facts),
      ...(draft.assessment.proposedGrade ? { proposedGrade: draft.assessment.proposedGrade } : {}),
      ...(kind ? { subjectKind: kind } : {}),
    };
  } else {
    const year = extra.reviewYear ?? activeProfile?.reviewYear ?? new Date().getFullYear();
    const kind = extra.subjectKind;
    const profile = profileFor(activeProfile, year, kind);
    if (!rulebookIdForYear(year)) notes.push('Năm kiểm điểm phải từ 2018 trở đi.');
    input = {
      v: 1,
      profile,
      facts: extra.facts,
      ...(extra.proposedGrade ? { proposedGrade: extra.proposedGrade } : {}),
      ...(kind ? { subjectKind: kind } : {}),
    };
  }
  const r = parseWith(CheckCaseSchema, input);
  return r.ok ? { value: r.value, fromDraft, notes, errors: [] } : { value: null, fromDraft, notes, errors: r.errors };
}
