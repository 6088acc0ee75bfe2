import type { Draft } from '../schemas/draft';

type Assessment = Draft['assessment'];
type Answers = NonNullable<Assessment['checkAnswers']>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One value, three ways: the side that changed it wins; changed on both sides, "mine" (the view saving) wins. */
export function pick<T>(base: T, mine: T, theirs: T): T {
  return same(mine, base) ? theirs : mine;
}

const own = <V>(r: Readonly<Record<string, V>> | undefined, k: string): V | undefined => (r && Object.hasOwn(r, k) ? r[k] : undefined);

/** A record merged key by key (a key removed on one side and untouched on the other is removed). */
export function mergeRecord<V>(base: Readonly<Record<string, V>> | undefined, mine: Readonly<Record<string, V>> | undefined, theirs: Readonly<Record<string, V>> | undefined): Record<string, V> {
  const entries: [string, V][] = [];
  for (const k of new Set([...Object.keys(base ?? {}), ...Object.keys(mine ?? {}), ...Object.keys(theirs ?? {})])) {
    const v = pick(own(base, k), own(mine, k), own(theirs, k));
    if (v !== undefined) entries.push([k, v]);
  }
  return Object.fromEntries(entries);
}

/** A set merged three ways: what either side added is in, what either side removed is out. */
function mergeSet(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const removed = (side: readonly string[]) => base.filter((x) => !side.includes(x));
  const gone = new Set([...removed(mine), ...removed(theirs)]);
  return [...new Set([...mine, ...theirs])].filter((x) => !gone.has(x));
}

function mergeAnswers(base: Answers | undefined, mine: Answers | undefined, theirs: Answers | undefined): Answers | undefined {
  if (!mine && !theirs) return undefined;
  const empty: Answers = { raw: {}, notApplicable: [], readings: {} };
  const [b, m, t] = [base ?? empty, mine ?? empty, theirs ?? empty];
  return {
    raw: mergeRecord(b.raw, m.raw, t.raw),
    notApplicable: mergeSet(b.notApplicable, m.notApplicable, t.notApplicable),
    readings: mergeRecord(b.readings, m.readings, t.readings),
  };
}

/**
 * The assessment of a draft edited in two views, field by field: a score typed in one view and a grade-check
 * answer given in the other are both kept (before, the whole assessment of one side won).
 */
export function mergeAssessment(base: Assessment, mine: Assessment, theirs: Assessment): Assessment {
  const { byCriterion: _whole, ...scores } = mergeRecord<unknown>(base.scores, mine.scores, theirs.scores) as Assessment['scores'];
  const byCriterion = mergeRecord(base.scores.byCriterion, mine.scores.byCriterion, theirs.scores.byCriterion);
  const checkAnswers = mergeAnswers(base.checkAnswers, mine.checkAnswers, theirs.checkAnswers);
  const proposedGrade = pick(base.proposedGrade, mine.proposedGrade, theirs.proposedGrade);
  return {
    ...(proposedGrade ? { proposedGrade } : {}),
    scores: { ...scores, ...(Object.keys(byCriterion).length > 0 ? { byCriterion } : {}) },
    criterionLevels: mergeRecord(base.criterionLevels, mine.criterionLevels, theirs.criterionLevels),
    dismissedFlags: mergeRecord(base.dismissedFlags, mine.dismissedFlags, theirs.dismissedFlags),
    ...(checkAnswers ? { checkAnswers } : {}),
  };
}
