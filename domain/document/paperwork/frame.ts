import {
  AlignmentType,
  Document,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { RulebookId } from '../../core/rulebook-id';
import { nfc } from '../../core/text';
import { DraftSchema, type Draft } from '../../schemas/draft';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster, RosterUnitKind } from '../../schemas/roster';
import { headerTable, issuingUnitLine, upperUnitLine } from '../header-block';
import type { HeaderLines } from '../header-block';
import { DOTS, MARGIN, PAGE, SIZE, TEXT_WIDTH } from '../layout';
import { bodyParagraph, centered, emptyLine, run } from '../paragraphs';
import { documentStyles } from '../styles';

/**
 * What every paperwork file shares, built on the layout helpers of domain/document (A4, Times New Roman 14,
 * margins, the header with "ĐẢNG CỘNG SẢN VIỆT NAM", signature blocks): the header of the unit, the page setup,
 * a bordered table, and the caveat about a reconstructed layout.
 */
export const UNIT_KIND_WORDS: Record<RosterUnitKind, string> = {
  'chi-bo': 'Chi bộ',
  'dang-bo': 'Đảng bộ',
  'tap-the-lanh-dao-quan-ly': 'Tập thể lãnh đạo, quản lý',
  'co-quan-don-vi': 'Cơ quan, đơn vị',
};

/**
 * The header helpers read a draft's profile (unit names) and its place and date. A paperwork file is not a
 * draft: this carries only those fields, so the header is the one every form prints.
 */
export function headerDraft(roster: Roster, rulebookId: RulebookId, facts: PaperworkFacts, date: string | undefined): Draft {
  const unitName = roster.unit.name.trim();
  return DraftSchema.parse({
    v: 1,
    id: 'paperwork',
    reviewYear: roster.reviewYear,
    rulebookId,
    formCode: '01',
    profile: {
      v: 1,
      reviewYear: roster.reviewYear,
      ...(unitName ? { partyUnit: unitName } : {}),
      ...(facts.upperUnit?.trim() ? { upperPartyUnit: facts.upperUnit.trim() } : {}),
      subject: { kind: 'collective', name: unitName },
    },
    ...(facts.placeName?.trim() ? { place: facts.placeName.trim() } : {}),
    ...(date ? { signedDate: date } : {}),
    createdAt: 0,
    updatedAt: 0,
  });
}

/** The header table: upper unit, the unit (bold), "*", and an optional "Số …-BC/…" line under it. */
export function unitHeader(draft: Draft, kind: RosterUnitKind, numberLine?: string): Table {
  const left: HeaderLines['left'] = [
    { text: upperUnitLine(draft), style: { size: SIZE.upperUnit } },
    { text: issuingUnitLine(draft, UNIT_KIND_WORDS[kind]), style: { bold: true, size: SIZE.issuingUnit } },
    { text: '*', style: { size: SIZE.issuingUnit } },
  ];
  if (numberLine) left.push({ text: numberLine, style: { size: SIZE.upperUnit } });
  return headerTable(draft, left);
}

/** Title lines, centred: the kind of paper (16 pt bold) and what it is about (14 pt bold). */
export function titleLines(kind: string, about: string): Paragraph[] {
  return [
    emptyLine(240),
    centered(kind, { bold: true, size: SIZE.documentType }, 60),
    centered(about, { bold: true, size: SIZE.summary }, 60),
    centered('-----', { size: SIZE.summary }, 240),
  ];
}

/** The note that the layout is reconstructed, at the end of the file (small italic, easy to delete in Word). */
export function caveatParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(`Ghi chú về bố cục: ${text}`, { italics: true, size: SIZE.note })],
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 360 },
  });
}

/** "Label: value", or "Label: ……" when the value is not known. */
export const factLine = (label: string, value: string | undefined): Paragraph =>
  bodyParagraph([run(`${label}: `, { bold: true }), run(value?.trim() ? value.trim() : `${DOTS}${DOTS}`)], { indent: false });

/** "08 giờ 00" or "… giờ …". */
export function timeText(t: string | undefined): string {
  const m = t ? /^(\d{1,2})[:hg](\d{2})$/.exec(t) : null;
  return m ? `${m[1]!.padStart(2, '0')} giờ ${m[2]}` : `${DOTS} giờ ${DOTS}`;
}

export interface Column {
  title: string;
  /** share of the text width. */
  share: number;
  center?: boolean;
}

function cell(text: string, width: number, opts: { bold?: boolean; center?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        children: [run(text, { bold: opts.bold, size: SIZE.table })],
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
  });
}

/** A bordered table: the header row repeats on each page, rows never split across pages. */
export function gridTable(columns: readonly Column[], rows: readonly string[][]): Table {
  const widths = columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.title, widths[i]!, { bold: true, center: true })),
  });
  const body = rows.map(
    (r) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', widths[i]!, { center: c.center })) }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** The table and a little space under it (a paragraph right after a table would touch its bottom border). */
export const tableBlock = (columns: readonly Column[], rows: readonly string[][]): (Table | Paragraph)[] => [gridTable(columns, rows), emptyLine(120)];

/** Page setup of party documents (layout.ts): A4, margins, Times New Roman 14, page numbers from page 2. */
export function paperworkDocument(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'Kiểm điểm',
    title: nfc(title),
    // The named Vietnamese styles the paragraph helpers refer to (domain/document/styles.ts), as in every form.
    styles: documentStyles(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN } }, titlePage: true },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })] })],
          }),
          first: new Header({ children: [] }),
        },
        children,
      },
    ],
  });
}
