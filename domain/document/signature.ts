import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { SignatureBlock } from '../core/form-model';
import { SIGNATURE_GAP, SIZE, TEXT_WIDTH } from './layout';
import { bodyParagraph, centered, dotLeaderTab, dottedLines, run } from './paragraphs';
import { cleanText } from './plain-text';
import { upper } from './header-block';

/**
 * Signature and assessment blocks after the body, as the form model lists them: the author's signature with
 * their name, and blank blocks (lines to fill, a signature title, room to sign) for chi ủy, chi bộ, đảng ủy and
 * the civil-servant manager. The signature sits in the right half (HD 36-HD/VPTW: title 14 pt bold caps,
 * signer's name 14 pt bold).
 */
const HALF = Math.round(TEXT_WIDTH / 2);

function signatureTable(title: string, note: string, name: string): Table {
  const right = [
    centered(upper(title), { bold: true, size: SIZE.signatureTitle }),
    centered(cleanText(note), { italics: true, size: SIZE.body }),
    new Paragraph({ children: [], spacing: { after: SIGNATURE_GAP } }),
    centered(name, { bold: true, size: SIZE.signerName }),
  ];
  const cell = (children: Paragraph[]): TableCell =>
    new TableCell({ width: { size: HALF, type: WidthType.DXA }, children, borders: TableBorders.NONE });
  return new Table({
    rows: [new TableRow({ children: [cell([new Paragraph({ children: [] })]), cell(right)], cantSplit: true })],
    width: { size: HALF * 2, type: WidthType.DXA },
    columnWidths: [HALF, HALF],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** A line of a block: "- Nhận xét, đánh giá của chi ủy: …" gets dotted leaders and one more dotted line. */
function blockLine(line: string): Paragraph[] {
  const text = cleanText(line).trim();
  const open = /[:…]$|\.\.\.$/.test(text);
  if (!open) return [bodyParagraph([run(text, { bold: !text.startsWith('-') })], { indent: false })];
  const stem = text.replace(/\s*(…|\.\.\.)+$/u, '');
  return [bodyParagraph([run(stem + ' '), dotLeaderTab()], { indent: false, dotted: true }), ...dottedLines(1)];
}

export function signatureBlock(block: SignatureBlock, signerName: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ children: [], spacing: { after: 120 } })];
  for (const line of block.lines) out.push(...blockLine(line));
  out.push(signatureTable(block.title, block.note, block.byAuthor ? cleanText(signerName).trim() : ''));
  return out;
}

export function signatureBlocks(blocks: readonly SignatureBlock[], signerName: string): (Paragraph | Table)[] {
  return blocks.flatMap((b) => signatureBlock(b, signerName));
}
