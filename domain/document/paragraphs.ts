import { LeaderType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { CHECKBOX_FONT, CHECKED, TEXT_WIDTH, UNCHECKED } from './layout';
import { cleanText, splitParagraphs } from './plain-text';
import { STYLE, type StyleId } from './styles';

/**
 * Small paragraph builders shared by the form and decision layouts. All text passes through cleanText (NFC).
 * Each paragraph names one of the document's styles (styles.ts); runs carry only what differs from it.
 */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  allCaps?: boolean;
}

/** A run; size, bold and italics are written only when asked for (the paragraph's style gives the rest). */
export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text: cleanText(text),
    ...(style.size !== undefined ? { size: style.size } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });

/** A tab that fills with dots up to the right margin: an empty field to fill by hand. */
export const dotLeaderTab = (): TextRun => new TextRun({ children: [new Tab()] });
const DOT_TABS = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }];

/** A paragraph of the given style with the given runs; `keepNext` ties it to the next paragraph. */
export function styledParagraph(style: StyleId, children: ParagraphChild[], opts: { keepNext?: boolean; dotted?: boolean } = {}): Paragraph {
  return new Paragraph({
    style,
    children,
    widowControl: true,
    ...(opts.keepNext ? { keepNext: true } : {}),
    ...(opts.dotted ? { tabStops: DOT_TABS } : {}),
  });
}

export function bodyParagraph(children: ParagraphChild[], opts: { indent?: boolean; dotted?: boolean; keepNext?: boolean } = {}): Paragraph {
  return styledParagraph(opts.indent === false ? STYLE.bodyFlush : STYLE.body, children, opts);
}

/** An italic guidance line printed by the form ("Kiểm điểm rõ từng hạn chế…", the attachment note). */
export const guidanceParagraph = (text: string, keepNext = false): Paragraph =>
  styledParagraph(STYLE.guidance, [run(text)], { keepNext });

/** The user's plain text, one paragraph per non-blank line; never parsed as markup. */
export function userTextParagraphs(text: string): Paragraph[] {
  return splitParagraphs(text).map((line) => bodyParagraph([run(line)]));
}

/** One or more dotted lines left to be filled by hand. */
export function dottedLines(count = 1): Paragraph[] {
  return Array.from({ length: count }, () => bodyParagraph([dotLeaderTab()], { indent: false, dotted: true }));
}

/** "Label: value" or "Label: ……" (dotted to the margin) for an empty value. */
export function fieldParagraph(label: string, value: string): Paragraph {
  const children: ParagraphChild[] = [run(`${label}: `)];
  if (value) children.push(run(value, { bold: false }));
  else children.push(dotLeaderTab());
  return bodyParagraph(children, { indent: false, dotted: !value });
}

/**
 * A heading: bold -> "Tiêu đề mục" (I., II.), bold italic -> "Tiêu đề tiểu mục" (1., 2.). The styles keep a
 * heading with the next paragraph and on one page; `keepNext = false` lifts that for one paragraph.
 */
export function headingParagraph(text: string, style: RunStyle = { bold: true }, keepNext = true): Paragraph {
  const id = style.italics ? STYLE.itemHeading : STYLE.sectionHeading;
  return new Paragraph({ style: id, children: [run(text, { size: style.size })], ...(keepNext ? {} : { keepNext: false }) });
}

/** "A. NỘI DUNG KIỂM ĐIỂM". */
export const partHeadingParagraph = (text: string): Paragraph => new Paragraph({ style: STYLE.partHeading, children: [run(text)] });

export function centered(text: string, style: RunStyle, spacingAfter = 0, keepNext = false): Paragraph {
  return new Paragraph({
    style: STYLE.centred,
    children: [run(text, style)],
    ...(spacingAfter ? { spacing: { after: spacingAfter } } : {}),
    ...(keepNext ? { keepNext: true } : {}),
  });
}

export const emptyLine = (after = 0): Paragraph => new Paragraph({ style: STYLE.centred, children: [], spacing: { after } });

/**
 * "☒ label" or "☐ label". The box is set in MS Gothic, the font Word itself uses for its check-box control
 * (installed with Office on Windows and Mac), because Times New Roman has no ☐/☒ and Word would fall back to
 * a font of its own choosing.
 */
export const boxRun = (checked: boolean, label: string): TextRun[] => [
  new TextRun({ text: checked ? CHECKED : UNCHECKED, font: CHECKBOX_FONT }),
  run(' '),
  run(label, { bold: checked }),
];

/** One line per option, the chosen one checked; the lines keep together (and with what follows, if asked). */
export function boxLines(options: readonly { label: string; checked: boolean }[], keepWithNext = false): Paragraph[] {
  return options.map((o, i) => bodyParagraph(boxRun(o.checked, o.label), { indent: true, keepNext: keepWithNext || i < options.length - 1 }));
}

/** All options on one line: "Tự đánh giá mức độ thực hiện: ☐ Xuất sắc  ☒ Tốt  ☐ Trung bình  ☐ Kém". */
export function inlineBoxes(prefix: string, options: readonly { label: string; checked: boolean }[]): Paragraph {
  const children: ParagraphChild[] = [run(prefix, { italics: true })];
  options.forEach((o, i) => children.push(run(i === 0 ? ' ' : '   '), ...boxRun(o.checked, o.label)));
  return bodyParagraph(children, { indent: false });
}
