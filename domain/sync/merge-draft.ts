import type { Draft } from '../schemas/draft';
import { mergeAssessment, pick } from './merge-assessment';
import { mergeTextByWords } from './merge-text';
import { mergeValue } from './merge-value';

/**
 * Three-way merge of a draft edited in two views (side panel and full tab) at once. Nothing typed is dropped:
 * a field changed on one side only takes that side; texts changed on both sides are merged by words (both
 * insertions kept); only the same words changed on both sides keep "mine" (the view that is saving) and report
 * the other text as a conflict for the user to choose.
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


/** Words merged (domain/sync/merge-text.ts); when both sides changed the same words, "mine" and a conflict. */
function mergeText(key: string, base: string, mine: string, theirs: string, conflicts: DraftConflict[]): string {
  const merged = mergeTextByWords(base, mine, theirs);
  if (merged !== undefined) return merged;
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
    // Field by field and item by item (a task added in each window: both kept).
    profile: mergeValue(base.profile, mine.profile, theirs.profile),
    facts: mergeValue(base.facts, mine.facts, theirs.facts),
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

/** At most this many conflicts wait on screen (one per field: a newer one replaces the older of its field). */
export const MAX_OPEN_CONFLICTS = 20;

/**
 * The conflicts on screen with `found` added: one per field (two windows typing into one section once added an
 * entry per save, 35–102 in 8 s), the newest kept, at most MAX_OPEN_CONFLICTS. Each "theirs" is also kept as a
 * version, so dropping an old entry loses no text.
 */
export function addConflicts(open: readonly DraftConflict[], found: readonly DraftConflict[]): DraftConflict[] {
  if (found.length === 0) return [...open];
  const keys = new Set(found.map((c) => c.key));
  const latest = new Map(found.map((c) => [c.key, c]));
  return [...open.filter((c) => !keys.has(c.key)), ...latest.values()].slice(-MAX_OPEN_CONFLICTS);
}
