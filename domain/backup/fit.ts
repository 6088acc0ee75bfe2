import { DraftSchema, type Draft } from '../schemas/draft';

/**
 * A draft cut to the schema's limits, with what was cut. Drafts saved before the limits held at input (a
 * section of 250,000 characters was saved and exported) made the backup refuse to import: the export now writes
 * the draft within limits and the cut text beside it (a setting `overflow:<draft id>`), so a backup made by the
 * app always imports and nothing is lost.
 */
export interface Overflow {
  /** where the text was cut: "sections.A.I.1.text", "facts.tasks" (items past the list's maximum, as JSON)… */
  path: string;
  text: string;
}

export const OVERFLOW_KEY_PREFIX = 'overflow:';

type Node = Record<string | number, unknown>;

export function fitDraft(draft: Draft): { draft: Draft; overflow: Overflow[] } {
  const copy = JSON.parse(JSON.stringify(draft)) as Draft;
  const overflow: Overflow[] = [];
  for (let round = 0; round < 10; round++) {
    const r = DraftSchema.safeParse(copy);
    if (r.success) return overflow.length > 0 ? { draft: copy, overflow } : { draft, overflow };
    let changed = false;
    for (const issue of r.error.issues) {
      if (issue.code !== 'too_big' || typeof issue.maximum !== 'number') continue;
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = path.at(-1);
      let parent: unknown = copy;
      for (const p of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Node)[p] : undefined;
      if (key === undefined || !parent || typeof parent !== 'object') continue;
      const value = (parent as Node)[key];
      const max = Number(issue.maximum);
      if (typeof value === 'string' && value.length > max) {
        overflow.push({ path: path.join('.'), text: value.slice(max) });
        (parent as Node)[key] = value.slice(0, max);
        changed = true;
      } else if (Array.isArray(value) && value.length > max) {
        overflow.push({ path: path.join('.'), text: JSON.stringify(value.slice(max)) });
        (parent as Node)[key] = value.slice(0, max);
        changed = true;
      }
    }
    if (!changed) break; // not a length limit: the import names it
  }
  return { draft, overflow };
}
