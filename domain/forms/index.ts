import type { FormCode } from '../core/form-code';
import type { FormItem, FormModel, FormSection } from '../core/form-model';
import type { RulebookId } from '../core/rulebook-id';
import { QD124_FORM_01 } from '../rulebooks/qd124-2023/forms/01';
import { QD124_FORM_02A } from '../rulebooks/qd124-2023/forms/02a';
import { QD124_FORM_02B } from '../rulebooks/qd124-2023/forms/02b';
import { QD124_FORM_03 } from '../rulebooks/qd124-2023/forms/03';
import { QD132_FORM_02 } from '../rulebooks/qd132-2018/forms/02';
import { QD366_FORM_01 } from '../rulebooks/qd366-2025/forms/01';
import { QD366_FORM_02A } from '../rulebooks/qd366-2025/forms/02a';
import { QD366_FORM_02B } from '../rulebooks/qd366-2025/forms/02b';
import { QD366_FORM_02C } from '../rulebooks/qd366-2025/forms/02c';
import { QD366_FORM_03 } from '../rulebooks/qd366-2025/forms/03';

/** Every form model, by rulebook, in the order of the rulebook's form list. */
const FORMS: Record<RulebookId, FormModel[]> = {
  'qd132-2018': [QD132_FORM_02],
  'qd124-2023': [QD124_FORM_01, QD124_FORM_02A, QD124_FORM_02B, QD124_FORM_03],
  'qd366-2025': [QD366_FORM_01, QD366_FORM_02A, QD366_FORM_02B, QD366_FORM_02C, QD366_FORM_03],
};

export function listFormModels(rulebookId: RulebookId): FormModel[] {
  return [...(FORMS[rulebookId] ?? [])];
}

export function getFormModel(rulebookId: RulebookId, code: FormCode): FormModel | undefined {
  return FORMS[rulebookId]?.find((f) => f.code === code);
}

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

export { QD124_FORM_01, QD124_FORM_02A, QD124_FORM_02B, QD124_FORM_03, QD132_FORM_02 };
export { QD366_FORM_01, QD366_FORM_02A, QD366_FORM_02B, QD366_FORM_02C, QD366_FORM_03 };
