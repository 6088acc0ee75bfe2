import { AlignmentType, Document, Header, Paragraph, Table, TextRun, PageNumber } from 'docx';
import type { FormModel } from '../core/form-model';
import { GRADES, GRADE_LABELS, type Grade } from '../core/grade';
import { nfc } from '../core/text';
import type { Draft } from '../schemas/draft';
import { formBody, type BodyOptions } from './body';
import { decisionChildren } from './decision';
import { subjectName } from './file-name';
import { codeLabelParagraph, headerFieldParagraphs, headerTable, reviewHeaderLeft, titleBlock } from './header-block';
import { MARGIN, PAGE, SIZE } from './layout';
import { layoutRuleFor } from './layout-rule';
import { reportChildren } from './report';
import { signatureBlocks } from './signature';
import { documentStyles, STYLE } from './styles';
import { phuLucChildren, type PhuLucInput } from './worklog/phu-luc';

/**
 * Draft + form model -> a docx Document of the year-correct official form, laid out per the party document
 * standard in force on its date (HD 36-HD/VPTW, then HD 05-HD/VPTW from 27/5/2026: layout-rule.ts), with named
 * Vietnamese paragraph styles (styles.ts). Pure: no I/O; pack it with packDocx (pack.ts).
 */
export type BuildOptions = BodyOptions & {
  /** "Phụ lục kết quả thực hiện nhiệm vụ" from the work log, printed after the form on a new page (issue 16). */
  appendix?: PhuLucInput;
};

export class DocumentMismatchError extends Error {}

/** The draft must be written on this form: same rulebook and code. */
export function assertFormMatches(draft: Draft, form: FormModel): void {
  if (draft.rulebookId !== form.rulebookId || draft.formCode !== form.code)
    throw new DocumentMismatchError(
      nfc(
        `Bản nháp dùng mẫu ${draft.formCode} (${draft.rulebookId}) nhưng mẫu được chọn là ${form.code} (${form.rulebookId}).`,
      ),
    );
}

function reviewChildren(draft: Draft, form: FormModel, opts: BuildOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const label = codeLabelParagraph(form);
  if (label) out.push(label);
  out.push(headerTable(draft, reviewHeaderLeft(draft)));
  out.push(...titleBlock(form, draft));
  out.push(...headerFieldParagraphs(form.headerFields, draft));
  // 2023 VII.1 "Xếp loại cán bộ, công chức, viên chức": the agency's grade, as answered in the grade check.
  const answered = draft.assessment.checkAnswers?.raw['civilServantGrade'];
  const civilServantGrade: Grade | undefined = opts.civilServantGrade ?? GRADES.find((g) => g === answered);
  out.push(...formBody(form, draft, { ...opts, ...(civilServantGrade ? { civilServantGrade } : {}) }));
  const signer = draft.profile?.subject.kind === 'individual' ? subjectName(draft) : '';
  out.push(...signatureBlocks(form.signatureBlocks, signer));
  return out;
}

const pageNumberHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE.centred,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
      }),
    ],
  });

export function buildDocument(draft: Draft, form: FormModel, options: BuildOptions = {}): Document {
  assertFormMatches(draft, form);
  const children =
    form.code === '03' ? decisionChildren(draft, form) : form.code === '01' ? reportChildren(draft, form, options) : reviewChildren(draft, form, options);
  const proposed = draft.assessment.proposedGrade;
  const layout = layoutRuleFor(form, draft);
  const page = { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN } };
  // The appendix starts on a new page (a section of its own), numbered like the form.
  const appendix = options.appendix
    ? [{ properties: { page }, headers: { default: pageNumberHeader() }, children: phuLucChildren(options.appendix) }]
    : [];
  return new Document({
    creator: 'Kiểm điểm',
    title: nfc(`${form.title} — ${subjectName(draft) || draft.reviewYear}`),
    description: nfc(`${form.codeLabel}${proposed ? ` — đề xuất: ${GRADE_LABELS[proposed]}` : ''}`),
    ...(layout ? { subject: nfc(`Thể thức trình bày: ${layout.clause}`) } : {}),
    styles: documentStyles(),
    sections: [
      {
        properties: { page, titlePage: true },
        // Page numbers: centred at the top, none on page 1 (HD 36-HD/VPTW, kept by HD 05-HD/VPTW).
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
      ...appendix,
    ],
  });
}
