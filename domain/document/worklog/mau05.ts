import type { Document, Paragraph, Table } from 'docx';
import { GRADE_LABELS, GRADES } from '../../core/grade';
import { formatDateVi, formatNumberVi } from '../../core/text';
import type { QuarterEvaluation } from '../../schemas/quarter-evaluation';
import type { WorklogPerson } from '../../schemas/worklog';
import { quarterLabel } from '../../worklog/quarter';
import type { Rollup } from '../../worklog/rollup';
import { rollupSentence } from '../../worklog/rollup-text';
import { DOTS, SIZE } from '../layout';
import { bodyParagraph, centered, emptyLine, fieldParagraph, headingParagraph, run, userTextParagraphs } from '../paragraphs';
import { signatureBlock } from '../signature';
import { caveatParagraph, headerTwoColumns, worklogDocument, type DocPlace } from './shell';

/**
 * Mẫu 05 of HD 43 — "Bản tự đánh giá, xếp loại của cá nhân Quý, Năm" — for one quarter. Its printed text was not
 * found: the layout is reconstructed from four unrelated 2026 local quarterly forms sharing one skeleton (header,
 * six fields, I. self-evaluation of the tasks, II. points and proposed grade, signature, III. the competent
 * level's comment and a confirming signature). The document says so in its caveat line.
 */
export const MAU05_TITLE = 'BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN';
export const MAU05_CAVEAT =
  'Mẫu 05-HD KĐ.ĐG (Hướng dẫn 43-HD/BTCTW): bố cục dựng lại theo các mẫu đánh giá quý của địa phương năm 2026, chưa đối chiếu mẫu gốc.';

export interface Mau05Input {
  person?: WorklogPerson;
  evaluation: QuarterEvaluation;
  /** the quarter's rollup from the log, printed as the counts of section I. */
  rollup?: Rollup;
  signedDate?: string;
}

export { rollupSentence };

const pts = (n: number | undefined, max: number) => `${n === undefined ? DOTS : formatNumberVi(n)}/${max}`;

export function mau05Document(input: Mau05Input): Document {
  const { evaluation: q, person = {} } = input;
  const place: DocPlace = { ...(person.place ? { place: person.place } : {}), ...(input.signedDate ? { signedDate: input.signedDate } : {}) };
  const general = q.scores.general.score;
  const results = q.scores.results.score;
  const children: (Paragraph | Table)[] = [
    headerTwoColumns({ upperUnit: person.upperPartyUnit, unit: person.partyUnit }, { lines: ['ĐẢNG CỘNG SẢN VIỆT NAM'] }, place),
    emptyLine(120),
    centered('Mẫu 05-HD KĐ.ĐG', { size: SIZE.codeLabel }),
    centered(MAU05_TITLE, { bold: true, size: SIZE.documentType }),
    centered(quarterLabel({ year: q.year, quarter: q.quarter as 1 | 2 | 3 | 4 }), { bold: true, size: SIZE.summary }),
    caveatParagraph(MAU05_CAVEAT),
    fieldParagraph('Họ và tên', person.name ?? ''),
    fieldParagraph('Ngày sinh', person.birthDate ? formatDateVi(person.birthDate) : ''),
    fieldParagraph('Chức vụ Đảng', person.partyPost ?? ''),
    fieldParagraph('Chức vụ chính quyền', person.govPost ?? ''),
    fieldParagraph('Chức vụ đoàn thể', person.unionPost ?? ''),
    fieldParagraph('Đơn vị công tác', person.workUnit ?? ''),
    headingParagraph('I. Tự đánh giá kết quả thực hiện nhiệm vụ'),
    bodyParagraph([run('Trên cơ sở nhiệm vụ được giao, cá nhân tự đánh giá về kết quả thực hiện nhiệm vụ theo quý như sau:')]),
    ...(input.rollup ? [bodyParagraph([run(rollupSentence(input.rollup))])] : []),
    ...(q.prose?.trim() ? userTextParagraphs(q.prose) : []),
    headingParagraph('II. Tự đề xuất xếp loại mức chất lượng'),
    bodyParagraph([run('1. Kết quả tự chấm điểm:')]),
    bodyParagraph([run(`- Nhóm tiêu chí chung: ${pts(general, 30)}`)]),
    ...(q.scores.general.criteria ?? []).map((c) => bodyParagraph([run(`+ ${c.label}: ${pts(c.score, c.max)}`)])),
    bodyParagraph([run(`- Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ: ${pts(results, 70)}`)]),
    ...(q.scores.results.criteria ?? []).map((c) => bodyParagraph([run(`+ ${c.label}: ${pts(c.score, c.max)}`)])),
    bodyParagraph([run(`Tổng điểm: ${pts(Math.round((general + results) * 100) / 100, 100)}`, { bold: true })]),
    bodyParagraph([run(`2. Tự đề xuất xếp loại mức chất lượng: ${q.proposedGrade ? GRADE_LABELS[q.proposedGrade] : DOTS}`)]),
    bodyParagraph([run(`(Theo 04 mức: ${GRADES.map((g, i) => `${i + 1}- ${GRADE_LABELS[g]}`).join(', ')})`, { italics: true, size: SIZE.note })]),
    ...signatureBlock({ id: 'ca-nhan', lines: [], title: 'CÁ NHÂN TỰ ĐÁNH GIÁ', note: '(Ký, ghi rõ họ tên)', byAuthor: true }, person.name ?? ''),
    headingParagraph('III. Nhận xét, đánh giá của cấp có thẩm quyền'),
    ...signatureBlock(
      { id: 'cap-tren', lines: ['- Nhận xét: …', '- Chấm điểm: …', '- Đề xuất xếp loại: …'], title: 'XÁC NHẬN CỦA CẤP CÓ THẨM QUYỀN', note: '(Ký, ghi rõ họ tên và đóng dấu)', byAuthor: false },
      '',
    ),
  ];
  return worklogDocument(`${MAU05_TITLE} — ${quarterLabel({ year: q.year, quarter: q.quarter as 1 | 2 | 3 | 4 })}`, MAU05_CAVEAT, children);
}
