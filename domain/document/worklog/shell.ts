import { documentStyles } from '../styles';
import { AlignmentType, BorderStyle, Document, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { formatLongDateVi, nfc } from '../../core/text';
import { DOTS, MARGIN, PAGE, SIZE, TEXT_WIDTH } from '../layout';
import { centered, run } from '../paragraphs';
import { upper } from '../header-block';
import { cleanText } from '../plain-text';

/**
 * The frame of the work-log documents (issue 16): page, fonts and sizes of domain/document/layout.ts, the
 * two-column header (left: the upper unit and the issuing unit; right: the national or party line with place and
 * date), and a caveat line saying what the layout is based on. The draft exports use header-block.ts, which reads
 * a Draft; these documents have no draft, so the header is laid out here with the same helpers and sizes.
 */
export interface DocPlace {
  place?: string;
  /** ISO date of signing. */
  signedDate?: string;
}

export function placeDate(p: DocPlace): string {
  const place = cleanText(p.place ?? '').trim() || `${DOTS}${DOTS}`;
  const date = p.signedDate ? formatLongDateVi(p.signedDate) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  return `${place}, ${date}`;
}

const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;
const noBorderCell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children, borders: TableBorders.NONE });

/** Header table: left lines (upper unit upright, issuing unit bold), right the top line(s) and place/date. */
export function headerTwoColumns(left: { upperUnit?: string; unit?: string }, right: { lines: string[] }, p: DocPlace): Table {
  const leftParas = [
    centered(left.upperUnit ? upper(left.upperUnit) : `${DOTS}${DOTS}`, { size: SIZE.upperUnit }),
    centered(left.unit ? upper(left.unit) : `${DOTS}${DOTS}`, { bold: true, size: SIZE.issuingUnit }),
    centered('*', { size: SIZE.issuingUnit }),
  ];
  const rule = new Paragraph({
    children: [],
    alignment: AlignmentType.CENTER,
    indent: { left: Math.round(RIGHT * 0.25), right: Math.round(RIGHT * 0.25) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 120 },
  });
  const rightParas = [
    ...right.lines.map((l, i) => centered(l, { bold: true, size: i === 0 ? SIZE.partyName : SIZE.issuingUnit })),
    rule,
    centered(placeDate(p), { italics: true, size: SIZE.placeDate }),
  ];
  return new Table({
    rows: [new TableRow({ children: [noBorderCell(LEFT, leftParas), noBorderCell(RIGHT, rightParas)] })],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** The caveat line under the title: italic, small — what the layout rests on. */
export const caveatParagraph = (text: string): Paragraph =>
  new Paragraph({ children: [run(text, { italics: true, size: SIZE.note })], alignment: AlignmentType.CENTER, spacing: { after: 200 } });

/** A Document with the house page, fonts and spacing. */
export function worklogDocument(title: string, description: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'Kiểm điểm',
    title: nfc(title),
    description: nfc(description),
    // The named Vietnamese styles the paragraph helpers refer to (domain/document/styles.ts), as in every form.
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN } },
        },
        children,
      },
    ],
  });
}
