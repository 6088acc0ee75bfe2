import { AlignmentType, LeaderType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { BODY, CHECKED, SIZE, TEXT_WIDTH, UNCHECKED } from './layout';
import { cleanText, splitParagraphs } from './plain-text';

/** Small paragraph builders shared by the form and decision layouts. All text passes through cleanText (NFC). */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  allCaps?: boolean;
}

export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({ text: cleanText(text), size: style.size ?? SIZE.body, bold: style.bold, italics: style.italics });

/** A tab that fills with dots up to the right margin: an empty field to fill by hand. */
export const dotLeaderTab = (): TextRun => new TextRun({ children: [new Tab()], size: SIZE.body });
const DOT_TABS = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }];

export function bodyParagraph(children: ParagraphChild[], opts: { indent?: boolean; dotted?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: BODY.firstLineIndent },
    spacing: { after: BODY.spacingAfter, line: BODY.line },
    tabStops: opts.dotted ? DOT_TABS : undefined,
    widowControl: true,
  });
}

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

export function headingParagraph(text: string, style: RunStyle = { bold: true }, keepNext = true): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLineIndent },
    spacing: { before: 60, after: BODY.spacingAfter, line: BODY.line },
    keepNext,
  });
}

export function centered(text: string, style: RunStyle, spacingAfter = 0): Paragraph {
  return new Paragraph({ children: [run(text, style)], alignment: AlignmentType.CENTER, spacing: { after: spacingAfter } });
}

export const emptyLine = (after = 0): Paragraph => new Paragraph({ children: [], spacing: { after } });

/** "☒ label" or "☐ label". */
export const boxRun = (checked: boolean, label: string): TextRun[] => [
  run(`${checked ? CHECKED : UNCHECKED} `),
  run(label, { bold: checked }),
];

/** One line per option, the chosen one checked. */
export function boxLines(options: readonly { label: string; checked: boolean }[]): Paragraph[] {
  return options.map((o) => bodyParagraph(boxRun(o.checked, o.label), { indent: true }));
}

/** All options on one line: "Tự đánh giá mức độ thực hiện: ☐ Xuất sắc  ☒ Tốt  ☐ Trung bình  ☐ Kém". */
export function inlineBoxes(prefix: string, options: readonly { label: string; checked: boolean }[]): Paragraph {
  const children: ParagraphChild[] = [run(prefix, { italics: true })];
  options.forEach((o, i) => children.push(run(i === 0 ? ' ' : '   '), ...boxRun(o.checked, o.label)));
  return bodyParagraph(children, { indent: false });
}
