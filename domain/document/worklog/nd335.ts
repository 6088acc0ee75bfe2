import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type Document } from 'docx';
import { GRADE_LABELS } from '../../core/grade';
import { formatDateVi, formatNumberVi } from '../../core/text';
import type { StateEvaluation } from '../../schemas/state-evaluation';
import type { WorklogPerson } from '../../schemas/worklog';
import { checkState } from '../../worklog/state-check';
import { DOTS, SIZE, TEXT_WIDTH } from '../layout';
import { bodyParagraph, centered, emptyLine, fieldParagraph, headingParagraph, run, userTextParagraphs } from '../paragraphs';
import { signatureBlock } from '../signature';
import { caveatParagraph, headerTwoColumns, worklogDocument } from './shell';

/**
 * The civil servant's self-evaluation sheet of a period under NĐ 335/2025 (viên chức: NĐ 233/2026, read the same
 * way): the general criteria …/30, the result percentages and the 70 points (Điều 16 formula), the total, the band,
 * strengths and shortcomings, and the comment of the competent level. The official form (an appendix of the
 * decree) was not seen: the summary lines follow implementations of the periodic sheet, and the caveat says so.
 */
export const ND335_TITLE = 'PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG';
export const ND335_CAVEAT = 'Theo Nghị định 335/2025/NĐ-CP (công chức) hoặc 233/2026/NĐ-CP (viên chức): bố cục dựng lại, chưa đối chiếu mẫu phụ lục của nghị định.';

const W = [Math.round(TEXT_WIDTH * 0.62), Math.round(TEXT_WIDTH * 0.19)];
const W3 = TEXT_WIDTH - W[0]! - W[1]!;
const c = (text: string, width: number, bold = false) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: [run(text, { bold, size: SIZE.table })], alignment: width === W[0] ? AlignmentType.LEFT : AlignmentType.CENTER })] });
const pct = (n: number | undefined) => (n === undefined ? DOTS : `${formatNumberVi(n)}%`);

export function nd335Document(input: { person?: WorklogPerson; evaluation: StateEvaluation; signedDate?: string }): Document {
  const s = input.evaluation;
  const person = input.person ?? {};
  const r = checkState(s);
  const parts: [string, number | undefined][] = [
    ['a) Số lượng sản phẩm, công việc hoàn thành so với được giao', s.results.quantity],
    ['b) Chất lượng sản phẩm, công việc', s.results.quality],
    ['c) Tiến độ thực hiện', s.results.progress],
  ];
  if (s.manager)
    parts.push(['d) Kết quả thực hiện nhiệm vụ của cơ quan, đơn vị được giao phụ trách', s.results.unitResults], ['đ) Năng lực tổ chức thực hiện nhiệm vụ', s.results.organising], ['e) Năng lực tập hợp, đoàn kết', s.results.rallying]);
  const table = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: [c('Tiêu chí', W[0]!, true), c('Tỉ lệ đạt', W[1]!, true), c('Điểm', W3, true)] }),
      new TableRow({ children: [c('1. Điểm tiêu chí chung', W[0]!, true), c('', W[1]!), c(`${formatNumberVi(s.general)}/30`, W3)] }),
      new TableRow({ children: [c('2. Điểm tiêu chí kết quả thực hiện nhiệm vụ', W[0]!, true), c('', W[1]!), c(r.score ? `${formatNumberVi(r.score.results)}/70` : `${DOTS}/70`, W3)] }),
      ...parts.map(([label, v]) => new TableRow({ children: [c(label, W[0]!), c(pct(v), W[1]!), c('', W3)] })),
      new TableRow({ children: [c('3. Tổng điểm theo dõi, đánh giá', W[0]!, true), c('', W[1]!), c(r.score ? `${formatNumberVi(r.score.total)}/100` : `${DOTS}/100`, W3, true)] }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [W[0]!, W[1]!, W3],
    layout: TableLayoutType.FIXED,
  });
  const period = `Kỳ đánh giá: từ ngày ${formatDateVi(s.period.from)} đến ngày ${formatDateVi(s.period.to)}`;
  const children = [
    headerTwoColumns({ upperUnit: person.parentAgency, unit: person.agency }, { lines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] }, { ...(person.place ? { place: person.place } : {}), ...(input.signedDate ? { signedDate: input.signedDate } : {}) }),
    emptyLine(120),
    centered(ND335_TITLE, { bold: true, size: SIZE.documentType }),
    centered(s.occupation === 'cong-chuc' ? 'CÔNG CHỨC' : 'VIÊN CHỨC', { bold: true, size: SIZE.summary }),
    centered(period, { italics: true, size: SIZE.summary }),
    caveatParagraph(ND335_CAVEAT),
    fieldParagraph('Họ và tên', person.name ?? ''),
    fieldParagraph('Chức vụ, chức danh', person.govPost ?? ''),
    fieldParagraph('Cơ quan, đơn vị công tác', person.workUnit ?? ''),
    headingParagraph('I. Kết quả tự chấm điểm'),
    table,
    headingParagraph('II. Ưu điểm, hạn chế'),
    bodyParagraph([run('4. Ưu điểm:', { bold: true })], { indent: false }),
    ...(s.strengths?.trim() ? userTextParagraphs(s.strengths) : [bodyParagraph([run(DOTS)])]),
    bodyParagraph([run('5. Hạn chế, khuyết điểm:', { bold: true })], { indent: false }),
    ...(s.shortcomings?.trim() ? userTextParagraphs(s.shortcomings) : [bodyParagraph([run(DOTS)])]),
    headingParagraph('III. Tự xếp loại'),
    bodyParagraph([run(`Mức xếp loại theo điểm: ${r.band ? GRADE_LABELS[r.band] : DOTS}. Tự đề xuất xếp loại: ${s.proposedGrade ? GRADE_LABELS[s.proposedGrade] : DOTS}.`)]),
    ...signatureBlock({ id: 'tu-danh-gia', lines: [], title: 'NGƯỜI TỰ ĐÁNH GIÁ', note: '(Ký, ghi rõ họ tên)', byAuthor: true }, person.name ?? ''),
    headingParagraph('6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá'),
    ...signatureBlock({ id: 'cap-tham-quyen', lines: ['- Nhận xét: …', '- Điểm đánh giá: …', '- Mức xếp loại: …'], title: 'CẤP CÓ THẨM QUYỀN', note: '(Ký, ghi rõ họ tên)', byAuthor: false }, ''),
  ];
  return worklogDocument(`${ND335_TITLE} — ${period}`, ND335_CAVEAT, children);
}
