import { Paragraph, Table } from 'docx';
import type { FormItem, FormModel, FormPart, FormSection } from '../core/form-model';
import { GRADES, GRADE_LABELS, type Grade } from '../core/grade';
import { foldVietnamese } from '../core/text';
import type { Draft } from '../schemas/draft';
import { CRITERION_LEVELS } from '../schemas/draft';
import { isCentralCadre } from './header-values';
import {
  boxLines,
  bodyParagraph,
  dottedLines,
  guidanceParagraph,
  headingParagraph,
  inlineBoxes,
  partHeadingParagraph,
  run,
  userTextParagraphs,
} from './paragraphs';
import { cleanText, hasText } from './plain-text';
import { scoreLineParagraphs } from './score-table';
import { includeItem } from './units';

/** The body of a form: every part, section and item heading in the form's words, the draft's text under it. */
export interface BodyOptions {
  /** Print leader-only items (default true; an item with text is always printed). */
  includeLeaderItems?: boolean;
  /** 2023 VII.1 "Xếp loại cán bộ, công chức, viên chức": the drafts hold no such grade, so boxes stay empty. */
  civilServantGrade?: Grade;
  /** Dotted lines printed under an empty heading. */
  emptyLines?: number;
}

export const LEVEL_LABELS: Record<(typeof CRITERION_LEVELS)[number], string> = {
  'xuat-sac': 'Xuất sắc',
  tot: 'Tốt',
  'trung-binh': 'Trung bình',
  kem: 'Kém',
};

/** "I. Ưu điểm…" unless the form's words already start with the number. */
export function numbered(number: string, text: string): string {
  const t = cleanText(text).trim();
  if (!number) return t;
  return t.startsWith(`${number}.`) || t.startsWith(`${number} `) ? t : `${number}. ${t}`;
}

const itemNumber = (item: FormItem): string => item.id.split('.').pop() ?? '';

/** "1. Hạn chế…" or, where the form prints a dash (Mẫu 01 A.II), "- Hạn chế…". */
export const itemHeadingText = (item: FormItem): string =>
  item.mark ? `${item.mark} ${cleanText(item.label).trim()}` : numbered(itemNumber(item), item.label);

function textOrDots(draft: Draft, key: string, emptyLines: number): Paragraph[] {
  const text = draft.sections[key]?.text;
  return hasText(text) ? userTextParagraphs(text) : dottedLines(emptyLines);
}

function gradeBoxes(checked: Grade | undefined, keepWithNext = false): Paragraph[] {
  return boxLines(GRADES.map((g) => ({ label: GRADE_LABELS[g], checked: g === checked })), keepWithNext);
}

function itemBlock(item: FormItem, draft: Draft, opts: Required<Pick<BodyOptions, 'emptyLines'>>): Paragraph[] {
  const out = [headingParagraph(itemHeadingText(item), { bold: true, italics: true })];
  out.push(...textOrDots(draft, item.id, opts.emptyLines));
  if (item.levelBoxes) {
    const level = draft.assessment.criterionLevels[item.id];
    out.push(
      inlineBoxes(
        'Tự đánh giá mức độ thực hiện:',
        CRITERION_LEVELS.map((l) => ({ label: LEVEL_LABELS[l], checked: l === level })),
      ),
    );
  }
  return out;
}

const isCivilServantItem = (item: FormItem): boolean => /cong chuc|vien chuc/.test(foldVietnamese(item.label));

/** The grade label an item's words name, if the item is itself one grade line (2025 B.II lists the four). */
function gradeOfLabel(label: string): Grade | undefined {
  const folded = foldVietnamese(label).replace(/[^a-z ]/g, '').trim();
  return GRADES.find((g) => foldVietnamese(GRADE_LABELS[g]) === folded);
}

/**
 * 2025 B.II: the items are the four grade lines -> one box each. 2023 VII: the items are groups ("Xếp loại cán
 * bộ, công chức, viên chức:", "Xếp loại đảng viên:") -> the four boxes under each. No items -> the four boxes.
 */
function gradeSection(section: FormSection, draft: Draft, opts: BodyOptions, keepWithNext: boolean): Paragraph[] {
  const proposed = draft.assessment.proposedGrade;
  if (section.items.length === 0) return gradeBoxes(proposed, keepWithNext);
  const lines = section.items.map((i) => gradeOfLabel(i.label));
  if (lines.every((g) => g !== undefined))
    return boxLines(lines.map((g) => ({ label: GRADE_LABELS[g], checked: g === proposed })), keepWithNext);
  return section.items.flatMap((item, i) => [
    headingParagraph(itemHeadingText(item), { bold: true, italics: true }),
    ...gradeBoxes(isCivilServantItem(item) ? opts.civilServantGrade : proposed, keepWithNext || i < section.items.length - 1),
  ]);
}

/** Intros that only show empty boxes ("□ Hoàn thành …") are replaced by the filled boxes. */
const isBoxTemplate = (intro: string): boolean => intro.includes('□');

/** The section's printed intro; on 2A for a cadre managed centrally, the Phụ lục 2 wording (QĐ 366 Điều 10 2.1). */
export function sectionIntro(section: FormSection, draft: Draft): string | undefined {
  return section.introCentral && isCentralCadre(draft) ? section.introCentral : section.intro;
}

/**
 * `keepWithNext`: the section's last printed line stays with what follows (the grade list with the attachment
 * note after it).
 */
export function sectionBlock(section: FormSection, draft: Draft, opts: BodyOptions = {}, keepWithNext = false): (Paragraph | Table)[] {
  const emptyLines = opts.emptyLines ?? 2;
  const out: (Paragraph | Table)[] = [headingParagraph(numbered(section.number, section.heading))];
  const intro = sectionIntro(section, draft);
  const ownText = draft.sections[section.id]?.text;
  if (section.kind === 'scores') {
    // The B.I sentence and its score lines are one block: printed as the form's lines (not a table), kept together.
    if (intro) out.push(bodyParagraph([run(intro)], { keepNext: true }));
    out.push(...scoreLineParagraphs(draft));
    if (hasText(ownText)) out.push(...userTextParagraphs(ownText));
    return out;
  }
  if (intro && !isBoxTemplate(intro)) out.push(guidanceParagraph(intro, true));
  if (section.kind === 'grade') {
    out.push(...gradeSection(section, draft, opts, keepWithNext || hasText(ownText)));
    if (hasText(ownText)) out.push(...userTextParagraphs(ownText));
  } else if (section.items.length === 0) {
    out.push(...textOrDots(draft, section.id, emptyLines));
  } else {
    // Text typed at the section level (not a writable unit when the section has items) is still printed.
    if (hasText(ownText)) out.push(...userTextParagraphs(ownText));
    for (const item of section.items)
      if (includeItem(item, draft, opts.includeLeaderItems)) out.push(...itemBlock(item, draft, { emptyLines }));
  }
  return out;
}

export function partBlock(part: FormPart, draft: Draft, opts: BodyOptions = {}, keepWithNext = false): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (part.heading.trim()) out.push(partHeadingParagraph(numbered(part.id, part.heading)));
  part.sections.forEach((section, i) => out.push(...sectionBlock(section, draft, opts, keepWithNext && i === part.sections.length - 1)));
  return out;
}

/** Every part in order, then the attachment note after the grade list (or at the end when there is none). */
export function formBody(form: FormModel, draft: Draft, opts: BodyOptions = {}): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (form.preamble) out.push(bodyParagraph([run(preambleText(form.preamble, draft))]));
  const note = !!form.attachmentNote;
  form.parts.forEach((part, i) => out.push(...partBlock(part, draft, opts, note && i === form.parts.length - 1)));
  if (form.attachmentNote) out.push(guidanceParagraph(form.attachmentNote));
  return out;
}

/** "…; tập thể...... kiểm điểm" -> "…; tập thể Chi bộ Văn phòng kiểm điểm" when the collective's name is known. */
export function preambleText(preamble: string, draft: Draft): string {
  const subject = draft.profile?.subject;
  const name = subject?.kind === 'collective' ? cleanText(subject.name).trim() : '';
  return name ? cleanText(preamble).replace(/tập thể\s*[.…]{2,}\s*/u, `tập thể ${name} `) : cleanText(preamble);
}
