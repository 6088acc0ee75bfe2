import type { Draft } from '../schemas/draft';
import { mergeAssessment, pick } from './merge-assessment';

/**
 * Three-way merge of a draft edited in two views (side panel and full tab) at once. Nothing typed is dropped:
 * a field changed on one side only takes that side; a text changed on both sides to different values keeps
 * "mine" (the view that is saving) and reports the other text as a conflict for the user to choose.
 */
export interface DraftConflict {
  /** "title", "place", "sections.A.I.1" … */
  key: string;
  mine: string;
  theirs: string;
}

export interface MergeResult {
  merged: Draft;
  conflicts: DraftConflict[];
}


function mergeText(key: string, base: string, mine: string, theirs: string, conflicts: DraftConflict[]): string {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  conflicts.push({ key, mine, theirs });
  return mine;
}

export function mergeDraft(base: Draft, mine: Draft, theirs: Draft): MergeResult {
  const conflicts: DraftConflict[] = [];
  // Own-property lookups and defineProperty-style building: a section key such as "__proto__" or "constructor"
  // is plain data here, never the object's prototype (assignment would silently drop that section).
  const own = (record: Draft['sections'], key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const entries: [string, Draft['sections'][string]][] = [];
  const keys = new Set([...Object.keys(base.sections), ...Object.keys(mine.sections), ...Object.keys(theirs.sections)]);
  for (const key of keys) {
    const b = own(base.sections, key);
    const m = own(mine.sections, key);
    const t = own(theirs.sections, key);
    const text = mergeText(`sections.${key}`, b?.text ?? '', m?.text ?? '', t?.text ?? '', conflicts);
    const fromMine = m && m.text === text ? m : undefined;
    const fromTheirs = t && t.text === text ? t : undefined;
    const chosen = fromMine ?? fromTheirs ?? { text };
    if (text !== '' || m || t) entries.push([key, { ...chosen, text }]);
  }
  const sections: Draft['sections'] = Object.fromEntries(entries);
  const merged: Draft = {
    ...mine,
    title: mergeText('title', base.title, mine.title, theirs.title, conflicts),
    place: mergeText('place', base.place ?? '', mine.place ?? '', theirs.place ?? '', conflicts) || undefined,
    signedDate: pick(base.signedDate, mine.signedDate, theirs.signedDate),
    profile: pick(base.profile, mine.profile, theirs.profile),
    facts: {
      tasks: pick(base.facts.tasks, mine.facts.tasks, theirs.facts.tasks),
      achievements: pick(base.facts.achievements, mine.facts.achievements, theirs.facts.achievements),
      shortcomings: pick(base.facts.shortcomings, mine.facts.shortcomings, theirs.facts.shortcomings),
      suggestions: pick(base.facts.suggestions, mine.facts.suggestions, theirs.facts.suggestions),
      carryOver: pick(base.facts.carryOver, mine.facts.carryOver, theirs.facts.carryOver),
    },
    assessment: mergeAssessment(base.assessment, mine.assessment, theirs.assessment),
    sections,
    rev: Math.max(mine.rev, theirs.rev),
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
  };
  const issuance = pick(base.issuance, mine.issuance, theirs.issuance);
  if (issuance === undefined) delete merged.issuance;
  else merged.issuance = issuance;
  return { merged, conflicts };
}
