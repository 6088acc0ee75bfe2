import type { FormItem, FormModel, FormSection } from '../core/form-model';
import type { Draft } from '../schemas/draft';

/**
 * Which draft keys the export prints. A draft stores text per writable unit (domain/core/form-model.ts):
 * an item id where the section has items, else the section id. Kept here (no import of domain/forms) so the
 * document builder depends on the FormModel type only.
 */
export function sectionUnitIds(section: FormSection): string[] {
  if (section.kind !== 'text') return [];
  return section.items.length > 0 ? section.items.map((i) => i.id) : [section.id];
}

export function documentUnitIds(form: FormModel): string[] {
  return form.parts.flatMap((p) => p.sections.flatMap(sectionUnitIds));
}

/** Every key the export prints: writable units plus a section's own key (text typed above its items). */
function printedKeys(form: FormModel): Set<string> {
  const keys = new Set<string>();
  for (const part of form.parts)
    for (const section of part.sections) {
      keys.add(section.id);
      for (const item of section.items) keys.add(item.id);
    }
  return keys;
}

/** Draft keys with text that no part of the form prints (e.g. typed under another form): the UI can warn. */
export function unprintedSectionKeys(draft: Draft, form: FormModel): string[] {
  const keys = printedKeys(form);
  return Object.entries(draft.sections)
    .filter(([k, v]) => !keys.has(k) && v.text.trim() !== '')
    .map(([k]) => k);
}

/**
 * Leader-only items are printed unless the caller leaves them out (includeLeaderItems: false); an item with
 * text is always printed, so nothing typed is dropped.
 */
export function includeItem(item: FormItem, draft: Draft, includeLeaderItems?: boolean): boolean {
  if (!item.leaderOnly || includeLeaderItems !== false) return true;
  return (draft.sections[item.id]?.text.trim() ?? '') !== '';
}
