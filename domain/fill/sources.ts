/** The draft's texts offered to "Điền cả trang": every writable unit, and every multi-item section as a whole. */
import type { Grade } from '../core/grade';
import type { FormModel } from '../core/form-model';
import { writableUnits } from '../forms';
import type { FillSource } from './match';
import { unitNumbering } from './numbering';
import { GRADE_SOURCE_ID, personSources, type PersonFacts } from './person-sources';

export { GRADE_SOURCE_ID };

export interface FillSourceWithText extends FillSource {
  /** What the picker shows: "I.1. Về phẩm chất chính trị…". */
  display: string;
  text: string;
}

/** Prefix of the id of a whole-section source ("section:A.I"). */
export const SECTION_SOURCE_PREFIX = 'section:';

const shortLabel = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function buildFillSources(
  form: FormModel,
  sections: Readonly<Record<string, { text?: string } | undefined>>,
  proposedGrade?: Grade,
  facts: Omit<PersonFacts, 'proposedGrade'> = {},
): FillSourceWithText[] {
  const out: FillSourceWithText[] = [];
  const units = writableUnits(form);
  const seenSections = new Set<string>();
  for (const u of units) {
    if (u.item && !seenSections.has(u.sectionId)) {
      seenSections.add(u.sectionId);
      const items = units.filter((x) => x.sectionId === u.sectionId);
      const text = items
        .map((x) => (sections[x.id]?.text ?? '').trim())
        .filter((t) => t !== '')
        .join('\n\n');
      out.push({
        id: `${SECTION_SOURCE_PREFIX}${u.sectionId}`,
        label: u.section.heading,
        numbering: unitNumbering(u.section.number, u.sectionId, false),
        wholeSection: true,
        display: `${u.section.number}. ${shortLabel(u.section.heading)} (cả mục)`,
        text,
      });
    }
    const numbering = unitNumbering(u.section.number, u.id, !!u.item);
    const printed = numbering ? (u.item ? `${u.section.number}.${numbering[1] ?? ''}` : u.section.number) : u.id;
    out.push({
      id: u.id,
      label: u.label,
      heading: u.item ? u.section.heading : undefined,
      numbering,
      display: `${printed}. ${shortLabel(u.label)}`,
      text: sections[u.id]?.text ?? '',
    });
  }
  out.push(...personSources({ ...facts, proposedGrade }));
  return out;
}
