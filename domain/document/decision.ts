import { AlignmentType, Paragraph, Table } from 'docx';
import type { FormModel, SignatureBlock } from '../core/form-model';
import { GRADES, GRADE_LABELS } from '../core/grade';
import type { Draft } from '../schemas/draft';
import { formBody, type BodyOptions } from './body';
import { subjectName } from './file-name';
import { codeLabelParagraph, headerTable, upper } from './header-block';
import { DOTS, SIZE } from './layout';
import { boxLines, centered, emptyLine, fieldParagraph, headingParagraph, run } from './paragraphs';
import { cleanText } from './plain-text';
import { signatureBlocks } from './signature';

/**
 * Mẫu 03 — "Quyết định đánh giá, xếp loại lại tổ chức đảng, đảng viên năm …" (QĐ 366 Điều 13, 15.3;
 * HD 25 7.8). Only the title and code are sourced: this is a simple, clearly labelled
 * decision layout (issuer, number, "QUYẾT ĐỊNH", summary, the form's sections, the new grade, recipients,
 * signature), not the official page.
 */
const DEFAULT_SIGNATURE: SignatureBlock = {
  id: 'issuer',
  lines: [],
  title: 'T/M ĐẢNG ỦY',
  note: '(Ký, ghi rõ họ tên, đóng dấu)',
  byAuthor: false,
};

/** "QUYẾT ĐỊNH ĐÁNH GIÁ, XẾP LOẠI LẠI … NĂM …" -> "Về việc đánh giá, xếp loại lại … năm 2024". */
export function decisionSummary(form: FormModel, draft: Draft): string {
  const rest = cleanText(form.title)
    .trim()
    .replace(/^quyết định\s*/iu, '')
    .replace(/\s*(năm)?[\s.…]*$/iu, '');
  const lower = rest === rest.toLocaleUpperCase('vi-VN') ? rest.toLocaleLowerCase('vi-VN') : rest;
  const body = lower ? lower.charAt(0).toLocaleLowerCase('vi-VN') + lower.slice(1) : 'đánh giá, xếp loại lại';
  return `Về việc ${body} năm ${draft.reviewYear}`;
}

/** Who is re-graded: the collective's or the member's name (the form's header fields do not fit both). */
function subjectParagraph(draft: Draft): Paragraph {
  return fieldParagraph('Tổ chức đảng, đảng viên được xếp loại lại', cleanText(subjectName(draft)).trim());
}

export function decisionChildren(draft: Draft, form: FormModel, opts: BodyOptions): (Paragraph | Table)[] {
  const issuer = draft.profile?.upperPartyUnit?.trim();
  const out: (Paragraph | Table)[] = [];
  const label = codeLabelParagraph(form);
  if (label) out.push(label);
  out.push(
    headerTable(draft, [
      { text: issuer ? upper(issuer) : `ĐẢNG ỦY ${DOTS}${DOTS}`, style: { bold: true, size: SIZE.issuingUnit } },
      { text: '*', style: { size: SIZE.issuingUnit } },
      { text: `Số ${DOTS}-QĐ/${DOTS}`, style: { size: SIZE.upperUnit } },
    ]),
    emptyLine(240),
    centered('QUYẾT ĐỊNH', { bold: true, size: SIZE.documentType }),
    centered(decisionSummary(form, draft), { bold: true, size: SIZE.summary }),
    centered('-----', { size: SIZE.summary }, 240),
  );
  if (form.subtitle) out.push(centered(cleanText(form.subtitle), { italics: true, size: SIZE.summary }, 120));
  out.push(subjectParagraph(draft));
  out.push(...formBody(form, draft, opts));
  const hasGradeSection = form.parts.some((p) => p.sections.some((s) => s.kind === 'grade'));
  if (!hasGradeSection) {
    out.push(headingParagraph('Mức xếp loại chất lượng sau khi xếp loại lại:'));
    const grade = draft.assessment.proposedGrade;
    out.push(...boxLines(GRADES.map((g) => ({ label: GRADE_LABELS[g], checked: g === grade }))));
  }
  out.push(
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: SIZE.note })], spacing: { before: 240 } }),
    new Paragraph({ children: [run('- Như trên,', { size: SIZE.note })], alignment: AlignmentType.LEFT }),
    new Paragraph({ children: [run('- Lưu.', { size: SIZE.note })], alignment: AlignmentType.LEFT }),
  );
  const blocks = form.signatureBlocks.length > 0 ? form.signatureBlocks : [DEFAULT_SIGNATURE];
  out.push(...signatureBlocks(blocks, ''));
  return out;
}
