/**
 * "Điền cả trang": proposes which draft text goes into which field of a web form, by label similarity
 * (Vietnamese, accent-insensitive) plus the form's numbering ("I.1", "2.2", "Mục III"). The user confirms
 * or changes every pair before anything is filled; this only proposes.
 */
import { labelSimilarity } from './similarity';
import { parseNumbering, sameNumbering } from './numbering';

/** A text of the draft that can go into a field: one writable unit, or a whole section (its items joined). */
export interface FillSource {
  id: string;
  /** The form's words for the unit ("Hạn chế, khuyết điểm."). */
  label: string;
  /** The section heading ("Hạn chế, khuyết điểm và nguyên nhân"), compared too, with less weight. */
  heading?: string;
  /** [section, item] as numbers: "II.1" -> [2, 1]; a whole section -> [2]. */
  numbering?: number[];
  /** A whole section (its items joined): proposed only when clearly better than one of its items. */
  wholeSection?: boolean;
  /** Other names online systems give the same thing ("Tự xếp loại" for the proposed grade). */
  aliases?: readonly string[];
  /** What the value is: free text (default), a number (a score), or one of a list (the grade). */
  valueKind?: 'text' | 'number' | 'choice';
}

/** A field found on the page, as the content script reports it. */
export interface FieldDescriptor {
  fieldId: string;
  /** Best label: label[for], aria-labelledby, aria-label, placeholder, nearby text. */
  label: string;
  /** Enclosing legend or nearest heading, if any. */
  context?: string;
  /** The control: text (default), number field, select or radio group. */
  kind?: 'input' | 'textarea' | 'contenteditable' | 'number' | 'select' | 'radio';
}

export interface ProposedPair {
  fieldId: string;
  /** undefined: nothing proposed for this field. */
  sourceId?: string;
  /** 0…~1.6, for ordering and display; not a probability. */
  score: number;
  /** Why: 'numbering' when the numbers agree, 'label' when only the words do. */
  basis?: 'numbering' | 'label';
}

/** Below this a pair is not proposed (the field stays "không điền"). Tuned on the tables in tests/domain/fill. */
export const MIN_PROPOSAL_SCORE = 0.3;
/** Added when the field's numbering equals the source's. */
export const NUMBERING_BONUS = 0.6;
/** Subtracted when both carry numbering and it differs. */
export const NUMBERING_PENALTY = 0.3;

/** A whole section's score is scaled by this, so a unit wins a near-tie ("Nguyên nhân" -> II.2, not all of II). */
export const WHOLE_SECTION_FACTOR = 0.9;
/** A label this alike is the same words: a section whose heading the field repeats is not scaled down. */
export const SAME_LABEL = 0.98;

/** Whether a field of this kind can take a value of this kind (a score only into a number or text field…). */
export function fits(field: FieldDescriptor, source: FillSource): boolean {
  const value = source.valueKind ?? 'text';
  if (field.kind === 'number') return value === 'number';
  if (field.kind === 'select' || field.kind === 'radio') return value === 'choice';
  return true;
}

/** Score of one field against one source. */
export function pairScore(field: FieldDescriptor, source: FillSource): { score: number; numbered: boolean } {
  const byLabel = Math.max(labelSimilarity(field.label, source.label), ...(source.aliases ?? []).map((a) => labelSimilarity(field.label, a)));
  const byHeading = source.heading ? 0.8 * labelSimilarity(field.label, source.heading) : 0;
  const byContext = field.context ? 0.5 * labelSimilarity(`${field.context} ${field.label}`, `${source.heading ?? ''} ${source.label}`) : 0;
  const scaled = source.wholeSection && byLabel < SAME_LABEL;
  let score = Math.max(byLabel, byHeading, byContext) * (scaled ? WHOLE_SECTION_FACTOR : 1);
  const fieldNumbering = parseNumbering(field.label);
  const numbered = sameNumbering(fieldNumbering, source.numbering);
  if (numbered) score += NUMBERING_BONUS;
  else if (fieldNumbering && source.numbering) score -= NUMBERING_PENALTY;
  return { score, numbered };
}

/**
 * One proposal per field, in the fields' order. Each source goes to at most one field and each field gets at
 * most one source: the best-scoring pairs are taken first.
 */
export function proposeMapping(fields: readonly FieldDescriptor[], sources: readonly FillSource[]): ProposedPair[] {
  const candidates: { f: number; s: number; score: number; numbered: boolean }[] = [];
  fields.forEach((field, f) =>
    sources.forEach((source, s) => {
      if (!fits(field, source)) return;
      const { score, numbered } = pairScore(field, source);
      if (score >= MIN_PROPOSAL_SCORE) candidates.push({ f, s, score, numbered });
    }),
  );
  // Highest score first; ties keep form order (earlier field, earlier source).
  candidates.sort((a, b) => b.score - a.score || a.f - b.f || a.s - b.s);
  const byField = new Map<number, (typeof candidates)[number]>();
  const usedSources = new Set<number>();
  for (const c of candidates) {
    if (byField.has(c.f) || usedSources.has(c.s)) continue;
    byField.set(c.f, c);
    usedSources.add(c.s);
  }
  return fields.map((field, f) => {
    const c = byField.get(f);
    return c
      ? { fieldId: field.fieldId, sourceId: sources[c.s]!.id, score: c.score, basis: c.numbered ? 'numbering' : 'label' }
      : { fieldId: field.fieldId, score: 0 };
  });
}

/** The proposal for a draft: sections and units with no text yet are never proposed (a field left empty is better). */
export function proposeFromDraft(fields: readonly FieldDescriptor[], sources: readonly (FillSource & { text: string })[]): ProposedPair[] {
  return proposeMapping(
    fields,
    sources.filter((s) => s.text.trim() !== ''),
  );
}
