import type { FormItem, FormModel, FormSection } from '../core/form-model';

/** One text slot of a draft: an item where the section has items, else the section itself. */
export interface WritableUnit {
  /** Key of Draft.sections. */
  id: string;
  label: string;
  sectionId: string;
  item?: FormItem;
  section: FormSection;
}

/** The draft's text slots in form order; 'scores' and 'grade' sections are not text. */
export function writableUnits(form: FormModel): WritableUnit[] {
  const units: WritableUnit[] = [];
  for (const part of form.parts) {
    for (const section of part.sections) {
      if (section.kind !== 'text') continue;
      if (section.items.length === 0) {
        units.push({ id: section.id, label: section.heading, sectionId: section.id, section });
      } else {
        for (const item of section.items) units.push({ id: item.id, label: item.label, sectionId: section.id, item, section });
      }
    }
  }
  return units;
}

/** What a unit composes from, and whether it needs figures / is required (item wins over section). */
export const unitComposeFrom = (u: WritableUnit) => u.item?.composeFrom ?? u.section.composeFrom ?? [];
export const unitNeedsFigures = (u: WritableUnit): boolean => u.item?.needsFigures ?? u.section.needsFigures ?? false;
export const unitRequired = (u: WritableUnit): boolean => (u.item ? u.item.required && u.section.required : u.section.required);
