import { rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { roleOfFormCode } from '../drafting/form-choice';
import { unitComposeFrom, writableUnits } from '../forms/index';
import { getOverlay } from '../overlays/index';
import { getFormModel } from '../rulebooks';
import { answersOf, answersOfDraft, answersToFacts, issueInWords } from './answers';
import { fillMissing, type DraftSource } from './questions';
import { readingSettings } from './readings';
import type { SubjectKind } from './types';
import { CheckCaseSchema, type CheckCase, type CheckFacts, type TaskCounts } from '../schemas/case';
import type { CheckAnswers } from '../schemas/check-answers';
import type { Draft } from '../schemas/draft';
import { parseWith } from '../schemas/errors';
import type { DraftFacts } from '../schemas/facts';
import type { Overlay } from '../schemas/overlay';
import type { Profile } from '../schemas/profile';
import type { GradeFacts } from '../schemas/grade-facts';

/**
 * The grade check's input built from a draft (the person-year's fact base) and the check's answers. What the draft
 * holds in its own editors (scores, criterion levels, proposed grade, the task list with each task's status, the
 * carry-over list) is read from there and never asked: those questions are "held by the draft". Everything else is
 * read from the answers (`assessment.checkAnswers`, as typed); a half answered or invalid question is left open
 * with a problem beside its field, so one answer never takes the whole result away.
 */
export interface DraftHeld {
  source: DraftSource;
  /** the draft's unit (or assessment section) where these facts are edited. */
  unitId?: string;
  /** what the draft still lacks, in words; absent when it gives the facts. */
  missing?: string;
}

export interface CaseBuild {
  value: CheckCase | null;
  /** facts taken from the draft (shown read-only on the screen). */
  fromDraft: CheckFacts;
  /** question id → the draft holds its facts (shown read-only with "lấy từ bản kiểm điểm"). */
  held: Record<string, DraftHeld>;
  /** the answers in use: the draft's, an older settings record's, or the standalone check's. */
  answers: CheckAnswers;
  /** field path → a problem in words, shown beside that field. */
  problems: Record<string, string>;
  /** field path → what its question still needs. */
  incomplete: Record<string, string>;
  notes: string[];
  errors: string[];
}

type Task = DraftFacts['tasks'][number];
type TaskStatus = 'on-time' | 'late' | 'not-completed' | 'completed-time-unknown' | 'none';

/**
 * A task's result as the editor records it («Kết quả thực hiện»: đúng hạn / chậm tiến độ / không hoàn thành, plus
 * «Vượt mức»). Older drafts had three checkboxes: "Hoàn thành" (or "Vượt mức") without "Đúng hạn" is completed at
 * an unknown time; "Đúng hạn" unticked alone says nothing.
 */
export function taskStatus(t: Task): TaskStatus {
  if (t.completed === false) return 'not-completed';
  if (t.onTime === true) return 'on-time';
  if (t.completed === true && t.onTime === false) return 'late';
  if (t.completed === true || t.exceeded === true) return 'completed-time-unknown';
  return 'none';
}

/** Counts from the draft's task list: all known once every task has its result; only the total before that. */
export function taskCountsFromDraft(tasks: readonly Task[]): Partial<TaskCounts> | undefined {
  if (tasks.length === 0) return undefined;
  const total = tasks.length;
  const status = tasks.map(taskStatus);
  if (status.includes('none')) return { total };
  const notCompleted = status.filter((s) => s === 'not-completed').length;
  const counts: Partial<TaskCounts> = {
    total,
    notCompleted,
    exceeded: tasks.filter((t, i) => t.exceeded === true && status[i] !== 'not-completed').length,
  };
  if (!status.includes('completed-time-unknown')) {
    counts.onTime = status.filter((s) => s === 'on-time').length;
    counts.late = total - notCompleted - counts.onTime;
  }
  return counts;
}

/** The questions a draft answers from its own editors, where each is edited, and what is still missing there. */
export function heldByDraft(draft: Draft): Record<string, DraftHeld> {
  const form = getFormModel(draft.rulebookId, draft.formCode);
  const units = form ? writableUnits(form) : [];
  const unitOf = (s: 'tasks' | 'carryOver') => units.find((u) => unitComposeFrom(u).includes(s))?.id;
  const held: Record<string, DraftHeld> = {};
  const at = (source: DraftSource, unitId: string | undefined, missing: string | undefined): DraftHeld => ({ source, ...(unitId ? { unitId } : {}), ...(missing ? { missing } : {}) });

  const tasks = draft.facts.tasks;
  if (tasks.length > 0) {
    const status = tasks.map(taskStatus);
    const none = status.filter((s) => s === 'none').length;
    const timeUnknown = status.filter((s) => s === 'completed-time-unknown').length;
    const missing = none > 0
      ? `${none}/${tasks.length} nhiệm vụ chưa chọn kết quả thực hiện (đúng hạn, chậm tiến độ hay không hoàn thành).`
      : timeUnknown > 0 ? `${timeUnknown}/${tasks.length} nhiệm vụ hoàn thành nhưng chưa chọn đúng hạn hay chậm tiến độ.` : undefined;
    held.tasks = at('tasks', unitOf('tasks'), missing);
  }
  const carry = draft.facts.carryOver;
  if (carry.length > 0) {
    const open = carry.filter((c) => c.status === undefined).length;
    held.priorShortcomings = at('carryOver', unitOf('carryOver'), open > 0 ? `${open}/${carry.length} hạn chế kỳ trước chưa chọn kết quả khắc phục.` : undefined);
  }
  const scores = form?.parts.flatMap((p) => p.sections).find((s) => s.kind === 'scores');
  if (scores) {
    const { common, results } = draft.assessment.scores;
    const lacking = [common === undefined ? 'nhóm tiêu chí chung' : '', results === undefined ? 'nhóm kết quả thực hiện nhiệm vụ' : ''].filter(Boolean);
    held.scores = at('scores', scores.id, lacking.length > 0 ? `Chưa nhập điểm ${lacking.join(' và ')}.` : undefined);
  }
  return held;
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

export interface BuildOptions {
  /** The unit's overlay (an imported one; the bundled ones are found by id): it may fix readings. */
  overlay?: Overlay;
}

/**
 * `extra`: with a draft, an older `grade-facts:<draftId>` record (read while the draft has no answers of its own);
 * without one, the standalone check's record (year, proposed grade, who is graded, answers).
 */
export function buildCheckCase(draft: Draft | undefined, extra: GradeFacts, activeProfile?: Profile, options: BuildOptions = {}): CaseBuild {
  const notes: string[] = [];
  const answers = draft ? answersOfDraft(draft, extra) : answersOf(extra);
  const held = draft ? heldByDraft(draft) : {};
  const fromDraft = draft ? draftFacts(draft) : {};
  let profile: Profile;
  let kind: SubjectKind | undefined;
  let proposed: CheckCase['proposedGrade'];
  if (draft) {
    kind = subjectKindOfForm(draft.rulebookId, draft.formCode);
    profile = { ...profileFor(draft.profile ?? activeProfile, draft.reviewYear, kind), rulebookId: draft.rulebookId };
    if (!draft.profile) notes.push(activeProfile ? 'Bản kiểm điểm chưa gắn hồ sơ: dùng hồ sơ đang chọn.' : 'Bản kiểm điểm chưa gắn hồ sơ: chỉ xét theo mẫu đã chọn.');
    proposed = draft.assessment.proposedGrade;
  } else {
    const year = extra.reviewYear ?? activeProfile?.reviewYear ?? new Date().getFullYear();
    kind = extra.subjectKind;
    profile = profileFor(activeProfile, year, kind);
    if (!rulebookIdForYear(year)) notes.push('Năm kiểm điểm phải từ 2018 trở đi.');
    proposed = extra.proposedGrade;
  }
  const s = profile.subject;
  const read = answersToFacts(answers, { skip: (id) => id in held, ...(s.kind === 'collective' && s.memberCount !== undefined ? { memberCount: s.memberCount } : {}) });
  const problems = { ...read.problems };
  const overlay = options.overlay ?? (profile.overlayId ? getOverlay(profile.overlayId) : undefined);
  const rulebookId = profile.rulebookId ?? rulebookIdForYear(profile.reviewYear);
  const settings = readingSettings(answers.readings, rulebookId, profile.reviewYear, overlay);
  let facts: CheckFacts = fillMissing(fromDraft, read.facts);
  const caseOf = (f: CheckFacts): unknown => ({
    v: 1,
    profile,
    facts: f,
    ...(proposed ? { proposedGrade: proposed } : {}),
    ...(kind ? { subjectKind: kind } : {}),
    settings,
  });
  let r = parseWith(CheckCaseSchema, caseOf(facts));
  // A relation answersToFacts does not know yet: the block it names is left out (its question stays open) and the
  // refusal is shown in words beside its field. The draft's own facts are never left out.
  for (let i = 0; !r.ok && i < 5; i++) {
    const issues = CheckCaseSchema.safeParse(caseOf(facts)).error?.issues ?? [];
    const inAnswers = issues.filter((x) => x.path[0] === 'facts' && typeof x.path[1] === 'string' && !(x.path[1] in fromDraft));
    if (inAnswers.length === 0 || inAnswers.length < issues.length) break;
    const left = new Set(inAnswers.map((x) => x.path[1] as string));
    for (const x of inAnswers) {
      const w = issueInWords(x.path.slice(1), x.message);
      problems[w.key] ??= w.text;
    }
    facts = Object.fromEntries(Object.entries(facts).filter(([k]) => !left.has(k))) as CheckFacts;
    r = parseWith(CheckCaseSchema, caseOf(facts));
  }
  const base = { fromDraft, held, answers, problems, incomplete: read.incomplete, notes };
  return r.ok ? { ...base, value: r.value, errors: [] } : { ...base, value: null, errors: r.errors };
}
