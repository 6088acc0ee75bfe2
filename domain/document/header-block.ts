import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { FormModel, HeaderField } from '../core/form-model';
import { formatLongDateVi } from '../core/text';
import type { Draft } from '../schemas/draft';
import { HEADER_FIELD_LABELS, headerFieldValue } from './header-values';
import { DOTS, PARTY_NAME_WIDTH, SIZE, TEXT_WIDTH } from './layout';
import { centered, fieldParagraph, run, type RunStyle } from './paragraphs';
import { cleanText } from './plain-text';
import { STYLE } from './styles';

/**
 * The top of a party document (HD 36-HD/VPTW, "Header layout"): a borderless two-column table, left the
 * upper party unit (upright) and the issuing unit (bold) with "*" below, right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt
 * bold) with a short rule and the italic place and date.
 */
const LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.47);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;
/** Cell margins Word and LibreOffice give a table cell by default (0.08 in each side). */
const CELL_MARGIN = 108;
const RULE_INDENT = Math.max(0, Math.round((RIGHT_WIDTH - 2 * CELL_MARGIN - PARTY_NAME_WIDTH) / 2));

export const upper = (s: string): string => cleanText(s).trim().toLocaleUpperCase('vi-VN');

export function upperUnitLine(draft: Draft): string {
  const name = draft.profile?.upperPartyUnit?.trim();
  return name ? upper(name) : `ĐẢNG BỘ ${DOTS}${DOTS}`;
}

/**
 * "CHI BỘ VĂN PHÒNG"; a name that already starts with its kind (Chi bộ, Đảng bộ, Đảng ủy) keeps it. A collective's
 * report (Mẫu 01) without a chi bộ name is issued by the collective itself: its name is used.
 */
export function issuingUnitLine(draft: Draft, kind = 'Chi bộ'): string {
  const subject = draft.profile?.subject;
  const name = draft.profile?.partyUnit?.trim() || (subject?.kind === 'collective' ? subject.name.trim() : '');
  if (!name) return `${upper(kind)} ${DOTS}${DOTS}`;
  return /^(chi bộ|đảng bộ|đảng ủy|đảng uỷ|chi ủy|chi uỷ|ban thường vụ)/iu.test(cleanText(name)) ? upper(name) : upper(`${kind} ${name}`);
}

/** "Hà Tĩnh, ngày 05 tháng 12 năm 2025" or "……, ngày … tháng … năm …" to fill by hand. */
export function placeDateLine(draft: Draft): string {
  const place = cleanText(draft.place ?? '').trim() || `${DOTS}${DOTS}`;
  const date = draft.signedDate ? formatLongDateVi(draft.signedDate) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`;
  return `${place}, ${date}`;
}

const cell = (width: number, children: Paragraph[]): TableCell =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children, borders: TableBorders.NONE });

export interface HeaderLines {
  /** Left column, top to bottom, each with its style. */
  left: { text: string; style: RunStyle }[];
}

export function headerTable(draft: Draft, left: HeaderLines['left']): Table {
  const leftParas = left.map((l) => centered(l.text, l.style));
  const rule = new Paragraph({
    style: STYLE.centred,
    children: [],
    alignment: AlignmentType.CENTER,
    // As long as the party name above it (HD 36/HD 05: a rule the length of the line it underlines).
    indent: { left: RULE_INDENT, right: RULE_INDENT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 120 },
  });
  const rightParas = [
    centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: SIZE.partyName }),
    rule,
    centered(placeDateLine(draft), { italics: true, size: SIZE.placeDate }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(LEFT_WIDTH, leftParas), cell(RIGHT_WIDTH, rightParas)] })],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** Left column of a self-review or collective report: "ĐẢNG BỘ …" / "CHI BỘ …" / "*". */
export function reviewHeaderLeft(draft: Draft): HeaderLines['left'] {
  return [
    { text: upperUnitLine(draft), style: { size: SIZE.upperUnit } },
    { text: issuingUnitLine(draft), style: { bold: true, size: SIZE.issuingUnit } },
    { text: '*', style: { size: SIZE.issuingUnit } },
  ];
}

/** "Số 12-BC/CB", or "Số …-BC/…" to fill by hand; `kind` is the document's symbol (BC báo cáo, QĐ quyết định). */
export function numberLine(draft: Draft, kind: 'BC' | 'QĐ'): string {
  const given = cleanText(draft.issuance?.number ?? '').trim().replace(/^số\s*/iu, '');
  return given ? `Số ${given}` : `Số ${DOTS}-${kind}/${DOTS}`;
}

/** "Mẫu 02A-HD KĐ.ĐG 2025", top right, above the header table. */
export function codeLabelParagraph(form: FormModel): Paragraph | undefined {
  const label = cleanText(form.codeLabel ?? '').trim();
  if (!label) return undefined;
  return new Paragraph({ style: STYLE.codeLabel, children: [run(label)] });
}

/** Title, "Năm …", subtitle, as printed on the forms. */
export function titleBlock(form: FormModel, draft: Draft): Paragraph[] {
  const paras = [
    new Paragraph({ style: STYLE.centred, children: [], spacing: { before: 240 } }),
    new Paragraph({ style: STYLE.documentTitle, children: [run(upper(form.title), { bold: true, size: SIZE.documentType })] }),
    centered(`Năm ${draft.reviewYear}`, { bold: true, size: SIZE.summary }, 60),
  ];
  if (form.subtitle) paras.push(centered(cleanText(form.subtitle), { italics: true, size: SIZE.summary }));
  paras.push(new Paragraph({ style: STYLE.centred, children: [], spacing: { after: 120 } }));
  return paras;
}

/** Personal details, one line per field; an empty field shows dotted leaders to the margin. */
export function headerFieldParagraphs(fields: readonly HeaderField[], draft: Draft): Paragraph[] {
  return fields.map((f) => fieldParagraph(HEADER_FIELD_LABELS[f], headerFieldValue(f, draft)));
}

