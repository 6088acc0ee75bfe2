import { Paragraph, type Table } from 'docx';
import type { FormModel, FormSection } from '../core/form-model';
import { GRADE_LABELS } from '../core/grade';
import type { Draft } from '../schemas/draft';
import { subjectName } from './file-name';
import { codeLabelParagraph, headerTable, numberLine, upper } from './header-block';
import { DOTS, SIZE } from './layout';
import { bodyParagraph, centered, dotLeaderTab, run } from './paragraphs';
import { cleanText, splitParagraphs } from './plain-text';
import { partySignatureTable } from './signature';
import { recipientLines, signerPost } from './signer';
import { STYLE } from './styles';

/**
 * Mẫu 03 — "Quyết định đánh giá, xếp loại lại tổ chức đảng, đảng viên năm …" (QĐ 366 Điều 13, 15.3;
 * HD 25 7.8). Only the title and code are sourced: the page is laid out as a party decision (HD 36-HD/VPTW,
 * kept by HD 05-HD/VPTW): issuing committee and "Số …-QĐ/…" top left; "QUYẾT ĐỊNH", the summary and "-----";
 * the authority line; the grounds ("- Căn cứ …"); "QUYẾT ĐỊNH:"; the articles with "Điều n." inline; "Nơi
 * nhận" beside the signer (T/M, post, name). The new grade is written in words in Điều 2, no check boxes.
 */

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

/** The issuing committee as typed, else from the upper party unit ("Đảng bộ xã X" -> "Đảng ủy xã X"). */
export function decisionIssuer(draft: Draft): string {
  const typed = cleanText(draft.issuance?.issuer ?? '').trim();
  if (typed) return typed;
  const upperUnit = cleanText(draft.profile?.upperPartyUnit ?? '').trim();
  return upperUnit ? upperUnit.replace(/^đảng bộ/iu, 'Đảng ủy') : '';
}

/** "T/M BAN THƯỜNG VỤ" for a standing committee, else "T/M ĐẢNG ỦY" (or the form's own title when unknown). */
function decisionAuthority(issuer: string, form: FormModel): string {
  if (/^ban thường vụ/iu.test(issuer)) return 'T/M BAN THƯỜNG VỤ';
  if (/^(đảng ủy|đảng uỷ)/iu.test(issuer)) return 'T/M ĐẢNG ỦY';
  if (/^(chi ủy|chi uỷ)/iu.test(issuer)) return 'T/M CHI ỦY';
  return form.signatureBlocks[0]?.title ?? 'T/M ĐẢNG ỦY';
}

const sectionById = (form: FormModel, id: string): FormSection | undefined =>
  form.parts.flatMap((p) => p.sections).find((s) => s.id === id);

/** Lines typed in the section (or its items), in order. */
function sectionLines(form: FormModel, draft: Draft, id: string): string[] {
  const section = sectionById(form, id);
  const keys = section ? [section.id, ...section.items.map((i) => i.id)] : [id];
  return keys.flatMap((k) => splitParagraphs(draft.sections[k]?.text ?? ''));
}

/** "- Căn cứ …" lines: each typed line, with "Căn cứ" added where missing; two dotted lines when none. */
function groundsParagraphs(form: FormModel, draft: Draft): Paragraph[] {
  const lines = sectionLines(form, draft, 'CC');
  if (lines.length === 0)
    return [1, 2].map(() => bodyParagraph([run('- Căn cứ '), dotLeaderTab()], { dotted: true }));
  return lines.map((l) => {
    const t = l.replace(/^[-–•+]\s*/u, '');
    return bodyParagraph([run(/^(căn cứ|xét)/iu.test(t) ? `- ${t}` : `- Căn cứ ${t}`)]);
  });
}

/** "Điều n. text" with the first typed paragraph inline, the others after it; a default or dots when empty. */
function articleParagraphs(n: number, lines: readonly string[], fallback: string): Paragraph[] {
  const head = run(`Điều ${n}. `, { bold: true });
  const [first, ...rest] = lines.length > 0 ? lines : [fallback];
  const open = lines.length === 0 && /[:…]$/u.test(fallback);
  const firstPara = open
    ? bodyParagraph([head, run(`${(first ?? '').replace(/\s*…$/u, '')} `), dotLeaderTab()], { dotted: true })
    : bodyParagraph([head, run(first ?? '')]);
  return [firstPara, ...rest.map((l) => bodyParagraph([run(l)]))];
}

export function decisionChildren(draft: Draft, form: FormModel): (Paragraph | Table)[] {
  const issuer = decisionIssuer(draft);
  const parent = cleanText(draft.issuance?.issuerParent ?? '').trim();
  const headerIssuer = issuer.replace(/^ban thường vụ\s*/iu, '');
  const subject = cleanText(subjectName(draft)).trim();
  const year = draft.reviewYear;
  const grade = draft.assessment.proposedGrade;
  const out: (Paragraph | Table)[] = [];
  const label = codeLabelParagraph(form);
  if (label) out.push(label);
  out.push(
    headerTable(draft, [
      { text: parent ? upper(parent) : `ĐẢNG BỘ ${DOTS}${DOTS}`, style: { size: SIZE.upperUnit } },
      { text: headerIssuer ? upper(headerIssuer) : `ĐẢNG ỦY ${DOTS}${DOTS}`, style: { bold: true, size: SIZE.issuingUnit } },
      { text: '*', style: { size: SIZE.issuingUnit } },
      { text: numberLine(draft, 'QĐ'), style: { size: SIZE.upperUnit } },
    ]),
    new Paragraph({ style: STYLE.centred, children: [], spacing: { after: 240 } }),
    new Paragraph({ style: STYLE.documentTitle, children: [run('QUYẾT ĐỊNH')] }),
    centered(decisionSummary(form, draft), { bold: true, size: SIZE.summary }, 0, true),
    centered('-----', { size: SIZE.summary }, 240, true),
    centered(issuer ? upper(issuer) : `ĐẢNG ỦY ${DOTS}${DOTS}`, { bold: true, size: SIZE.issuingUnit }, 120, true),
    ...groundsParagraphs(form, draft),
    centered('QUYẾT ĐỊNH:', { bold: true, size: SIZE.documentType }, 120, true),
    ...articleParagraphs(
      1,
      sectionLines(form, draft, 'D1'),
      `Hủy bỏ kết quả xếp loại chất lượng năm ${year} của ${subject || DOTS}: …`,
    ),
    ...articleParagraphs(
      2,
      sectionLines(form, draft, 'D2'),
      grade
        ? `Công nhận kết quả xếp loại chất lượng năm ${year} của ${subject || DOTS}: ${GRADE_LABELS[grade]}.`
        : `Công nhận kết quả xếp loại chất lượng năm ${year} của ${subject || DOTS}: …`,
    ),
    ...articleParagraphs(3, sectionLines(form, draft, 'D3'), 'Các tổ chức, cá nhân thi hành Quyết định này: …'),
  );
  out.push(
    partySignatureTable({
      recipients: recipientLines(draft, ['Như Điều 3', 'Lưu']),
      authority: decisionAuthority(issuer, form),
      post: signerPost(draft),
      name: cleanText(draft.issuance?.signerName ?? '').trim(),
    }),
  );
  return out;
}
