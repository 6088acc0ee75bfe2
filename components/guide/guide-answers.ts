import { guideQuestions, type GuideQuestion, type QuestionOption } from '@/domain/guide/index';
import { parseWith, type ParseResult } from '@/domain/schemas/errors';
import { CollectiveSchema, IndividualSchema, ProfileSchema, type Profile } from '@/domain/schemas/profile';

/**
 * The wizard's working copy of the profile and the pure steps that fill it from the question data
 * (domain/guide/questions.ts). The wizard knows no rule: it writes each answer to the field path the question names.
 */
export type ProfileDraft = Partial<Profile>;

/** The field of the "do you hold leadership posts" question: a list, edited by GuidePostsEditor. */
export const POSTS_FIELD = 'subject.leadershipPosts';

type Key = string | number;

/** A deep, plain copy (works on Vue proxies, unlike structuredClone). Profiles are JSON data. */
export const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** "subject.leadershipPosts[0].startDate" -> ["subject", "leadershipPosts", 0, "startDate"]. */
export function parseFieldPath(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad field path: ${path}`);
    if (m[1]) keys.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

export function readField(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of parseFieldPath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** A copy of the draft with the field set (removed when value is undefined); missing objects are created. */
export function writeField(draft: ProfileDraft, path: string, value: unknown): ProfileDraft {
  const copy = clone(draft) as Record<Key, unknown>;
  const keys = parseFieldPath(path);
  let node = copy;
  keys.slice(0, -1).forEach((key, i) => {
    const child = node[key];
    if (child === null || typeof child !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<Key, unknown>;
  });
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as ProfileDraft;
}

/** Applies a choice, boolean, date or number answer. Changing "individual/collective" starts a fresh subject. */
export function applyAnswer(draft: ProfileDraft, question: GuideQuestion, value: unknown, thisYear: number): ProfileDraft {
  if (question.field === 'subject.kind') {
    if (draft.subject?.kind === value) return draft;
    const subject = value === 'collective' ? CollectiveSchema.parse({ kind: 'collective' }) : IndividualSchema.parse({ kind: 'individual' });
    // The year defaults to this year (the guide's year picker and the wizard's year question can change it).
    return { ...clone(draft), reviewYear: draft.reviewYear ?? thisYear, subject };
  }
  // "Có" is kept as an answer of its own: left before a post is typed, the wizard asks for the posts again.
  if (question.field === POSTS_FIELD) {
    const answered = writeField(draft, 'subject.holdsPosts', value === true);
    return value === false ? writeField(answered, POSTS_FIELD, []) : answered;
  }
  return writeField(draft, question.field, value);
}

/** What an unchecked option of a 'multi' question stores: false, or 0 for a number option. */
const uncheckedValue = (option: QuestionOption): unknown => (typeof option.value === 'number' ? 0 : false);

export function isOptionChecked(draft: ProfileDraft, option: QuestionOption): boolean {
  const v = option.field ? readField(draft, option.field) : undefined;
  return v !== undefined && v !== false && v !== 0;
}

export function applyOption(draft: ProfileDraft, option: QuestionOption, checked: boolean): ProfileDraft {
  if (!option.field) return draft;
  return writeField(draft, option.field, checked ? option.value : uncheckedValue(option));
}

/** On leaving a 'multi' step: options never touched are recorded as "no", so the question counts as answered. */
export function settleMulti(draft: ProfileDraft, question: GuideQuestion): ProfileDraft {
  let next = draft;
  for (const o of question.options ?? []) {
    if (o.field && readField(next, o.field) === undefined) next = writeField(next, o.field, uncheckedValue(o));
  }
  return next;
}

/**
 * Required questions still unanswered. The posts question counts only when "Có" was answered and no post typed
 * yet (half an answer); otherwise "no posts" is the schema's default (an empty list) and never blocks the guide.
 */
export function missingQuestions(draft: ProfileDraft | undefined, thisYear: number): GuideQuestion[] {
  const subject = draft?.subject;
  const postsPending = subject?.kind === 'individual' && subject.holdsPosts === true && subject.leadershipPosts.length === 0;
  return guideQuestions(draft ?? {}, thisYear).filter((q) => !q.answered && !q.optional && (q.field !== POSTS_FIELD || postsPending));
}
export const toProfile = (draft: ProfileDraft): ParseResult<Profile> => parseWith(ProfileSchema, draft);
