import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Document } from 'docx';
import { formatDateVi, formatNumberVi } from '../../core/text';
import { WORKLOG_STATUS_LABELS, type WorklogEntry, type WorklogPerson } from '../../schemas/worklog';
import { rollup } from '../../worklog/rollup';
import { evidenceParts } from '../../worklog/evidence';
import { DOTS, SIZE, TEXT_WIDTH } from '../layout';
import { bodyParagraph, centered, emptyLine, run } from '../paragraphs';
import { cleanText } from '../plain-text';
import { caveatParagraph, worklogDocument } from './shell';
import { rollupSentence } from './mau05';

/**
 * "Phụ lục kết quả thực hiện nhiệm vụ" (the forms 2A, 2B and 01 say it is sent with them): a real Word table of
 * the period's tasks and products — product and quantity, progress (deadline, date done, status), quality and the
 * evidence — from the work log, with the counts below.
 */
export const PHU_LUC_TITLE = 'PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ';
export const PHU_LUC_HEADERS = ['TT', 'Nhiệm vụ, sản phẩm', 'Số lượng', 'Tiến độ', 'Chất lượng', 'Minh chứng'] as const;
const WIDTHS = [0.06, 0.3, 0.12, 0.2, 0.17, 0.15].map((f) => Math.round(TEXT_WIDTH * f));

const cell = (text: string, width: number, opts: { bold?: boolean; center?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: cleanText(text).split('\n').map((line) =>
      new Paragraph({ children: [run(line, { bold: opts.bold, size: SIZE.note })], alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT })),
  });

export function progressText(e: WorklogEntry): string {
  const lines = [WORKLOG_STATUS_LABELS[e.status]];
  if (e.deadline) lines.push(`Hạn: ${formatDateVi(e.deadline)}`);
  if (e.doneOn) lines.push(`Xong: ${formatDateVi(e.doneOn)}`);
  return lines.join('\n');
}

export const evidenceText = (e: WorklogEntry): string => evidenceParts(e).join('\n');

export function phuLucTable(entries: readonly WorklogEntry[]): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: PHU_LUC_HEADERS.map((h, i) => cell(h, WIDTHS[i]!, { bold: true, center: true })) });
  const rows = entries.map((e, i) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(String(i + 1), WIDTHS[0]!, { center: true }),
        cell(`${e.title}${e.assignedBy ? `\n(Giao: ${e.assignedBy})` : ''}`, WIDTHS[1]!),
        cell(e.quantity ? `${formatNumberVi(e.quantity.amount)} ${e.quantity.unit}` : '', WIDTHS[2]!, { center: true }),
        cell(progressText(e), WIDTHS[3]!),
        cell(e.qualityNote ?? '', WIDTHS[4]!),
        cell(evidenceText(e), WIDTHS[5]!),
      ],
    }));
  return new Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: WIDTHS, layout: TableLayoutType.FIXED });
}

export interface PhuLucInput {
  person?: WorklogPerson;
  /** "Năm 2026", "Quý III năm 2026". */
  periodLabel: string;
  entries: readonly WorklogEntry[];
  /** the form the appendix goes with, e.g. "Kèm theo Bản kiểm điểm cá nhân (Mẫu 2A)". */
  attachedTo?: string;
}

/** The appendix's title, table and counts: its own file, or a section after the draft's form (buildDocument's `appendix`). */
export function phuLucChildren(input: PhuLucInput): (Paragraph | Table)[] {
  return [
    centered(PHU_LUC_TITLE, { bold: true, size: SIZE.documentType }),
    centered(input.periodLabel, { bold: true, size: SIZE.summary }),
    centered(`${input.attachedTo ?? 'Kèm theo bản kiểm điểm, bản tự đánh giá'}${input.person?.name ? ` của ${input.person.name}` : ''}`, { italics: true, size: SIZE.summary }),
    caveatParagraph('Bảng lập từ sổ công việc: sản phẩm, tiến độ, chất lượng của từng nhiệm vụ; người kiểm điểm kiểm tra lại trước khi nộp.'),
    phuLucTable(input.entries),
    emptyLine(120),
    bodyParagraph([run(input.entries.length > 0 ? rollupSentence(rollup(input.entries)) : `Chưa có nhiệm vụ nào trong kỳ ${DOTS}`)]),
  ];
}

export function phuLucDocument(input: PhuLucInput): Document {
  return worklogDocument(`${PHU_LUC_TITLE} — ${input.periodLabel}`, 'Phụ lục lập từ sổ công việc', phuLucChildren(input));
}
