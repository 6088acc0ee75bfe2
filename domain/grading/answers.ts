import { GRADES } from '../core/grade';
import { formatNumberVi } from '../core/text';
import type { CheckCase, CheckFacts } from '../schemas/case';
import { emptyCheckAnswers, type CheckAnswers } from '../schemas/check-answers';
import type { Draft } from '../schemas/draft';
import type { GradeFacts } from '../schemas/grade-facts';
import { checkGrade } from './check';
import { QUESTION_SPECS, conditionKey, factValue, fillMissing, withFact, type FactField, type FactPath, type QuestionSpec } from './questions';
import type { CheckOptions } from './types';

/**
 * The grade check's answers as typed (domain/schemas/check-answers.ts) read into facts. A field that does not read
 * gets a problem in words beside it ("Số đúng hạn (12) lớn hơn tổng số nhiệm vụ (10)."), never a path; a question
 * half answered is left open (with what it still needs) instead of making the whole check fail.
 */
export const pathKey = (p: FactPath): string => p.join('.');

const FIELDS = new Map<string, FactField>(QUESTION_SPECS.flatMap((s) => s.fields.map((f) => [pathKey(f.path), f] as const)));
export const specById = (id: string): QuestionSpec | undefined => QUESTION_SPECS.find((s) => s.id === id);

export type FieldReading = { kind: 'empty' } | { kind: 'value'; value: string | number | boolean } | { kind: 'invalid'; message: string };

const invalid = (message: string): FieldReading => ({ kind: 'invalid', message });
const value = (v: string | number | boolean): FieldReading => ({ kind: 'value', value: v });

/** One field's text: a whole number ("12", "1.000"), a decimal ("62,5", "30%"), Có/Không, a grade or a choice. */
export function readAnswer(field: FactField, raw: string | undefined): FieldReading {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'empty' };
  const i = field.input;
  switch (i.kind) {
    case 'count': {
      const digits = /^\d+$/.test(text) ? text : /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : undefined;
      const n = digits === undefined ? NaN : Number(digits);
      return Number.isSafeInteger(n) && n >= i.min && n <= i.max ? value(n) : invalid(`Cần số nguyên từ ${i.min} đến ${formatNumberVi(i.max)}.`);
    }
    case 'decimal': {
      const t = text.replace(/\s*%$/, '');
      const n = /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
      return Number.isFinite(n) && n >= i.min && n <= i.max ? value(n) : invalid(`Cần số từ ${i.min} đến ${formatNumberVi(i.max)}.`);
    }
    case 'yesno':
      return text === 'true' ? value(true) : text === 'false' ? value(false) : invalid('Cần chọn Có hoặc Không.');
    case 'grade':
      return (GRADES as readonly string[]).includes(text) ? value(text) : invalid('Cần chọn một mức xếp loại.');
    case 'choice':
      return i.options.some((o) => o.value === text) ? value(text) : invalid('Cần chọn một mục trong danh sách.');
  }
}

export interface AnswersReading {
  facts: CheckFacts;
  /** field path ("tasks.onTime") → what is wrong with it, in words. */
  problems: Record<string, string>;
  /** field path → what is still needed before the answers of its question can be used. */
  incomplete: Record<string, string>;
}

export interface ReadOptions {
  /** Questions whose facts the draft holds: their answers here are not read (the draft's own editor is the one place). */
  skip?: (questionId: string) => boolean;
  /** A collective's member count from the profile, which bounds the counts of its members. */
  memberCount?: number;
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const nameOf = (key: string): string => FIELDS.get(key)?.short ?? FIELDS.get(key)?.label ?? key;
const num = (n: number): string => formatNumberVi(n);
const TASK_PARTS = ['onTime', 'late', 'notCompleted'] as const;

/** Reads every answer, then the relations between them (parts ≤ total…), each problem beside the field it is about. */
export function answersToFacts(answers: CheckAnswers, options: ReadOptions = {}): AnswersReading {
  let facts: CheckFacts = {};
  const problems: Record<string, string> = {};
  const incomplete: Record<string, string> = {};
  const na = new Set(answers.notApplicable);
  for (const spec of QUESTION_SPECS) {
    if (options.skip?.(spec.id)) continue;
    if (spec.notApplicable && na.has(spec.id)) {
      facts = fillMissing(facts, spec.notApplicable.facts);
      continue;
    }
    for (const field of spec.fields) {
      const key = pathKey(field.path);
      const r = readAnswer(field, Object.hasOwn(answers.raw, key) ? answers.raw[key] : undefined);
      if (r.kind === 'value') facts = withFact(facts, field.path, r.value);
      else if (r.kind === 'invalid') problems[key] = r.message;
    }
  }
  const get = (path: string): unknown => factValue(facts, path.split('.'));
  const drop = (path: string) => (facts = withFact(facts, path.split('.'), undefined));

  for (const prefix of ['tasks', 'leader.area']) {
    const t = get(prefix) as Partial<Record<'total' | 'onTime' | 'late' | 'notCompleted' | 'exceeded', number>> | undefined;
    if (!t) continue;
    const k = (part: string) => `${prefix}.${part}`;
    if (t.total === undefined) {
      incomplete[k('total')] = 'Cần nhập tổng số nhiệm vụ, chỉ tiêu để dùng các số còn lại.';
      drop(prefix);
      continue;
    }
    const total = t.total;
    for (const part of ['onTime', 'exceeded', 'late', 'notCompleted'] as const) {
      const v = t[part];
      if (v !== undefined && v > total) {
        problems[k(part)] = `${nameOf(k(part))} (${num(v)}) lớn hơn tổng số nhiệm vụ (${num(total)}).`;
        drop(k(part));
        delete t[part];
      }
    }
    const given = TASK_PARTS.filter((p) => t[p] !== undefined);
    const sum = given.reduce((a, p) => a + (t[p] ?? 0), 0);
    if (given.length > 1 && sum > total) {
      const terms = given.map((p, i) => `${i === 0 ? nameOf(k(p)) : lowerFirst(nameOf(k(p)))} (${num(t[p]!)})`).join(' + ');
      problems[k('total')] = `${terms} = ${num(sum)}, lớn hơn tổng số nhiệm vụ (${num(total)}); mỗi nhiệm vụ chỉ tính vào một loại.`;
      for (const p of given) drop(k(p));
    } else if (t.exceeded !== undefined && t.notCompleted !== undefined && t.exceeded + t.notCompleted > total) {
      problems[k('exceeded')] = `Số vượt mức (${num(t.exceeded)}) + số không hoàn thành (${num(t.notCompleted)}) = ${num(t.exceeded + t.notCompleted)}, lớn hơn tổng số nhiệm vụ (${num(total)}); nhiệm vụ không hoàn thành thì không thể vượt mức.`;
      drop(k('exceeded'));
    }
  }

  const prior = facts.priorShortcomings as { total?: number; remedied?: number } | undefined;
  if (prior) {
    if (prior.total === undefined) {
      incomplete['priorShortcomings.total'] = 'Cần nhập số hạn chế, khuyết điểm kỳ trước (0 nếu không có).';
      drop('priorShortcomings');
    } else if (prior.remedied === undefined) {
      // "0 nếu không có": nothing to remedy, so none is left unremedied.
      if (prior.total === 0) facts = withFact(facts, ['priorShortcomings', 'remedied'], 0);
      else {
        incomplete['priorShortcomings.remedied'] = 'Cần nhập số đã khắc phục xong.';
        drop('priorShortcomings');
      }
    } else if (prior.remedied > prior.total) {
      problems['priorShortcomings.remedied'] = `Số đã khắc phục (${num(prior.remedied)}) lớn hơn ${nameOf('priorShortcomings.total')} (${num(prior.total)}).`;
      drop('priorShortcomings');
    }
  }

  if (facts.discipline && facts.discipline.form === undefined) {
    incomplete['discipline.form'] = 'Cần chọn hình thức kỷ luật (hoặc «Không bị kỷ luật»).';
    drop('discipline');
  }

  const c = facts.collective;
  if (c?.subordinateUnits !== undefined) {
    const units = c.subordinateUnits;
    if (c.subordinateUnitsDisciplined !== undefined && c.subordinateUnitsDisciplined > units) {
      problems['collective.subordinateUnitsDisciplined'] = `Số đơn vị trực thuộc bị kỷ luật (${num(c.subordinateUnitsDisciplined)}) lớn hơn số đơn vị trực thuộc (${num(units)}).`;
      drop('collective.subordinateUnitsDisciplined');
    }
    const graded = countsOf(c.subordinateUnitGrades);
    if (graded > units) {
      problems['collective.subordinateUnitGrades.HTXSNV'] = `Số đơn vị trực thuộc được xếp loại (${num(graded)}) lớn hơn số đơn vị trực thuộc (${num(units)}).`;
      drop('collective.subordinateUnitGrades');
    }
  }
  const members = options.memberCount;
  if (members !== undefined && facts.collective) {
    const graded = countsOf(facts.collective.memberGrades);
    if (graded > members) {
      problems['collective.memberGrades.HTXSNV'] = `Số người được xếp loại (${num(graded)}) lớn hơn số đảng viên trong hồ sơ (${num(members)}).`;
      drop('collective.memberGrades');
    }
    const disciplined = facts.collective.membersDisciplined;
    if (disciplined !== undefined && disciplined > members) {
      problems['collective.membersDisciplined'] = `Số đảng viên bị kỷ luật (${num(disciplined)}) lớn hơn số đảng viên trong hồ sơ (${num(members)}).`;
      drop('collective.membersDisciplined');
    }
  }

  const good = facts.votes?.residenceGoodPercent;
  const notGood = facts.votes?.residenceNotGoodPercent;
  if (good !== undefined && notGood !== undefined && good + notGood > 100) {
    problems['votes.residenceNotGoodPercent'] = `Tỉ lệ tốt (${num(good)}%) + tỉ lệ chưa tốt (${num(notGood)}%) = ${num(good + notGood)}%, vượt quá 100%.`;
    drop('votes.residenceNotGoodPercent');
  }
  return { facts, problems, incomplete };
}

const countsOf = (c: Partial<Record<string, number>> | undefined): number => (c ? Object.values(c).reduce<number>((a, b) => a + (b ?? 0), 0) : 0);

/**
 * A refusal of the case schema (a relation this file does not know yet) in words: the «a.b» paths in the message
 * replaced by the labels of their fields, and the field the problem belongs to.
 */
export function issueInWords(path: readonly PropertyKey[], message: string): { key: string; text: string } {
  const parts = path.map(String);
  const keys = [...FIELDS.keys()];
  let key = keys.find((k) => k === parts.join('.')) ?? keys.find((k) => k.startsWith(`${parts.join('.')}.`));
  key ??= keys.find((k) => k.split('.')[0] === parts[0]) ?? parts.join('.');
  const text = message.replace(/«([^»]+)»/g, (all, p: string) => (FIELDS.has(p) ? `«${nameOf(p)}»` : all));
  return { key, text: upperFirst(text.endsWith('.') ? text : `${text}.`) };
}

/** An older settings record's facts (typed values) as answers: each known field's value as text. */
export function legacyFactsToAnswers(facts: Record<string, unknown>): CheckAnswers {
  const out = emptyCheckAnswers();
  for (const key of FIELDS.keys()) {
    const v = factValue(facts as CheckFacts, key.split('.'));
    if (typeof v === 'number' && Number.isFinite(v)) out.raw[key] = String(v).replace('.', ',');
    else if (typeof v === 'boolean') out.raw[key] = String(v);
    else if (typeof v === 'string' && v !== '') out.raw[key] = v;
  }
  return out;
}

/** The answers of a settings record: its own, else those of an older record's facts. */
export const answersOf = (record: Pick<GradeFacts, 'answers' | 'facts'> | undefined): CheckAnswers =>
  record?.answers ?? (record ? legacyFactsToAnswers(record.facts) : emptyCheckAnswers());

/**
 * A draft's answers: its own (`assessment.checkAnswers`) once the check has written there; before that, those of
 * the older `grade-facts:<draftId>` settings record (moved into the draft by the check's first answer).
 */
export const answersOfDraft = (draft: Draft, legacy?: Pick<GradeFacts, 'answers' | 'facts'>): CheckAnswers =>
  draft.assessment.checkAnswers ?? answersOf(legacy);

/** The answers with one field's text set ('' or undefined removes it: not answered). */
export function withAnswer(answers: CheckAnswers, key: string, raw: string | undefined): CheckAnswers {
  const next = { ...answers.raw };
  if (raw === undefined || raw.trim() === '') delete next[key];
  else next[key] = raw;
  return { ...answers, raw: next };
}

export function withNotApplicable(answers: CheckAnswers, questionId: string, on: boolean): CheckAnswers {
  const rest = answers.notApplicable.filter((id) => id !== questionId);
  return { ...answers, notApplicable: on ? [...rest, questionId] : rest };
}

/**
 * "Does not apply" is offered when its facts decide every condition the question decides (the rules then say
 * what "none" means, e.g. no confidence vote this year → not above 50% low-confidence votes).
 */
export function offersNotApplicable(spec: QuestionSpec, input: CheckCase, options?: CheckOptions): boolean {
  if (!spec.notApplicable) return false;
  const without = spec.fields.reduce<CheckFacts>((acc, f) => withFact(acc, f.path, undefined), input.facts);
  const known = (facts: CheckFacts) =>
    new Set(checkGrade({ ...input, facts }, options).conditions.filter((c) => c.status !== 'unknown').map(conditionKey));
  const before = known(without);
  const byProbe = [...known(fillMissing(without, spec.probe))].filter((k) => !before.has(k));
  if (byProbe.length === 0) return false;
  const byNa = known(fillMissing(without, spec.notApplicable.facts));
  return byProbe.every((k) => byNa.has(k));
}
