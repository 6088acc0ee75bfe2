import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { formatNumberVi } from '../core/text';
import type { Draft } from '../schemas/draft';
import { DOTS, SIZE, TEXT_WIDTH } from './layout';
import { bodyParagraph, run } from './paragraphs';
import { STYLE } from './styles';

/**
 * 2025 self-scoring (QĐ 366 Điều 10, forms B.I): common group …/30, task results …/70, total …/100.
 * The total is computed here, and only when both groups are scored.
 */
export const SCORE_MAX = { common: 30, results: 70, total: 100 } as const;

export interface ScoreLines {
  common: string;
  results: string;
  total: string;
}

const fmt = (n: number | undefined, max: number): string => `${n === undefined ? DOTS : formatNumberVi(n)}/${max}`;

export function scoreLines(draft: Draft): ScoreLines {
  const { common, results } = draft.assessment.scores;
  const total = common !== undefined && results !== undefined ? common + results : undefined;
  return {
    common: fmt(common, SCORE_MAX.common),
    results: fmt(results, SCORE_MAX.results),
    total: fmt(total, SCORE_MAX.total),
  };
}

const LABEL_WIDTH = Math.round(TEXT_WIDTH * 0.72);
const SCORE_WIDTH = TEXT_WIDTH - LABEL_WIDTH;

function cell(text: string, width: number, opts: { bold?: boolean; center?: boolean; keepNext?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [
      new Paragraph({
        style: STYLE.bodyFlush,
        children: [run(text, { bold: opts.bold, size: SIZE.table })],
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext: opts.keepNext,
      }),
    ],
  });
}

export function scoreTable(draft: Draft): Table {
  const s = scoreLines(draft);
  // keepNext on every row but the last keeps the table on one page.
  const row = (label: string, value: string, bold = false, keepNext = true): TableRow =>
    new TableRow({
      cantSplit: true,
      children: [cell(label, LABEL_WIDTH, { bold, keepNext }), cell(value, SCORE_WIDTH, { bold, center: true, keepNext })],
    });
  return new Table({
    rows: [
      row('Nhóm tiêu chí', 'Điểm tự chấm', true),
      row('1. Nhóm tiêu chí chung', s.common),
      row('2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', s.results),
      row('Tổng điểm', s.total, true, false),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, SCORE_WIDTH],
    layout: TableLayoutType.FIXED,
  });
}

/**
 * The score lines as the 2025 forms print them (Mẫu 01, 2B, 2C as quoted: "1. Nhóm tiêu chí chung: …/30
 * 2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70 Tổng điểm: …/100"): lines, not a table. Settled with the
 * source: every quote gives them as running lines, none as a table. All but the last keep with the next line.
 */
export const SCORE_LINE_LABELS = ['1. Nhóm tiêu chí chung', '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', 'Tổng điểm'] as const;

export function scoreLineParagraphs(draft: Draft): Paragraph[] {
  const s = scoreLines(draft);
  const values = [s.common, s.results, s.total];
  return SCORE_LINE_LABELS.map((label, i) =>
    bodyParagraph([run(`${label}: `), run(values[i] ?? DOTS, { bold: i === 2 })], { keepNext: i < SCORE_LINE_LABELS.length - 1 }),
  );
}
