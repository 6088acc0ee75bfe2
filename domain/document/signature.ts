import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, VerticalAlignTable, WidthType } from 'docx';
import type { SignatureBlock } from '../core/form-model';
import { SIGNATURE_GAP, SIZE, TEXT_WIDTH } from './layout';
import { bodyParagraph, dotLeaderTab, dottedLines, run } from './paragraphs';
import { cleanText } from './plain-text';
import { upper } from './header-block';
import { STYLE } from './styles';

/**
 * Signature and assessment blocks after the body, as the form model lists them: the author's signature with
 * their name, and blank blocks (lines to fill, a signature title, room to sign) for chi ủy, chi bộ, đảng ủy and
 * the civil-servant manager. The signature sits in the right half (HD 36-HD/VPTW, kept by HD 05-HD/VPTW:
 * title 14 pt bold caps, signer's name 14 pt bold).
 *
 * Each block is ONE borderless table of one row that may not break across pages: the lines to fill, the
 * title, the room to sign and the name always print on one page (a secretary sends back a block split over two).
 */
const HALF = Math.round(TEXT_WIDTH / 2);
const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

const sigLine = (text: string, style: { bold?: boolean; italics?: boolean; size?: number }, indentLeft = HALF): Paragraph =>
  new Paragraph({ style: STYLE.signature, children: text ? [run(text, style)] : [], indent: indentLeft ? { left: indentLeft } : undefined });

/** Title, note, room to sign, name: centred in the right half (indentLeft) or in a cell of its own (0). */
export function signerParagraphs(titleLines: readonly { text: string; bold?: boolean }[], note: string, name: string, indentLeft = HALF): Paragraph[] {
  const out = titleLines.map((l) => sigLine(l.bold === false ? l.text : upper(l.text), { bold: l.bold !== false, size: SIZE.signatureTitle }, indentLeft));
  if (cleanText(note).trim()) out.push(sigLine(cleanText(note), { italics: true, size: SIZE.note }, indentLeft));
  out.push(new Paragraph({ style: STYLE.signature, children: [], spacing: { after: SIGNATURE_GAP }, indent: indentLeft ? { left: indentLeft } : undefined }));
  out.push(sigLine(cleanText(name).trim(), { bold: true, size: SIZE.signerName }, indentLeft));
  return out;
}

/** One unsplittable row holding the given cells (widths in twips, summing to the text width). */
export function unsplittableRow(cells: { width: number; children: Paragraph[] }[]): Table {
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              children: c.children.length > 0 ? c.children : [new Paragraph({ style: STYLE.signature, children: [] })],
              borders: TableBorders.NONE,
              margins: NO_MARGIN,
              verticalAlign: VerticalAlignTable.TOP,
            }),
        ),
      }),
    ],
    width: { size: cells.reduce((n, c) => n + c.width, 0), type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** A line of a block: "- Nhận xét, đánh giá của chi ủy: …" gets dotted leaders and one more dotted line. */
function blockLine(line: string): Paragraph[] {
  const text = cleanText(line).trim();
  const open = /[:…]$|\.\.\.$/.test(text);
  if (!open) return [bodyParagraph([run(text, { bold: !text.startsWith('-') })], { indent: false, keepNext: true })];
  const stem = text.replace(/\s*(…|\.\.\.)+$/u, '');
  return [bodyParagraph([run(stem + ' '), dotLeaderTab()], { indent: false, dotted: true, keepNext: true }), ...dottedLines(1)];
}

export function signatureBlock(block: SignatureBlock, signerName: string): (Paragraph | Table)[] {
  const children: Paragraph[] = [new Paragraph({ style: STYLE.signature, children: [], spacing: { after: 120 } })];
  for (const line of block.lines) children.push(...blockLine(line));
  children.push(...signerParagraphs([{ text: block.title }], block.note, block.byAuthor ? signerName : ''));
  return [unsplittableRow([{ width: TEXT_WIDTH, children }])];
}

/** A party signer on the right, unsplittable: "T/M CHI BỘ", then the post ("BÍ THƯ"), both bold capitals, then the name. */
export function partySignerBlock(titles: readonly string[], signerName: string): Table {
  const children = [
    new Paragraph({ style: STYLE.signature, children: [], spacing: { after: 120 } }),
    ...signerParagraphs(titles.map((text) => ({ text })), '', signerName),
  ];
  return unsplittableRow([{ width: TEXT_WIDTH, children }]);
}

export function signatureBlocks(blocks: readonly SignatureBlock[], signerName: string): (Paragraph | Table)[] {
  return blocks.flatMap((b) => signatureBlock(b, signerName));
}

/** "Nơi nhận:" (14 pt, underlined, bold italic as printed on party documents) and its list (12 pt). */
export function recipientParagraphs(lines: readonly string[]): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.recipients,
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, underline: { type: UnderlineType.SINGLE }, size: SIZE.body })],
    }),
    ...lines.map((l) => new Paragraph({ style: STYLE.recipients, children: [run(l, { size: SIZE.note })] })),
  ];
}

/**
 * The signing block of a party document (report, decision): "Nơi nhận" on the left, beside it the authority
 * ("T/M CHI ỦY"), the signer's post ("BÍ THƯ"), room to sign and the name; one unsplittable row.
 */
export function partySignatureTable(opts: { recipients: readonly string[]; authority: string; post: string; name: string; note?: string }): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const titles = [{ text: opts.authority }, ...(opts.post ? [{ text: upper(opts.post), bold: false }] : [])];
  return unsplittableRow([
    { width: left, children: [new Paragraph({ style: STYLE.recipients, children: [], spacing: { after: 120 } }), ...recipientParagraphs(opts.recipients)] },
    {
      width: TEXT_WIDTH - left,
      children: [new Paragraph({ style: STYLE.signature, children: [], spacing: { after: 120 } }), ...signerParagraphs(titles, opts.note ?? '', opts.name, 0)],
    },
  ]);
}
