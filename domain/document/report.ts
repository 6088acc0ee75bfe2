import type { Paragraph, Table } from 'docx';
import type { FormModel } from '../core/form-model';
import type { Draft } from '../schemas/draft';
import { formBody, type BodyOptions } from './body';
import { codeLabelParagraph, headerFieldParagraphs, headerTable, numberLine, reviewHeaderLeft, titleBlock } from './header-block';
import { SIZE } from './layout';
import { cleanText } from './plain-text';
import { partySignatureTable } from './signature';
import { recipientLines, reportSigner } from './signer';

/**
 * Mẫu 01 (the collective's report) laid out as a party report (HD 36-HD/VPTW, kept by HD 05-HD/VPTW): the
 * issuing unit's "Số …-BC/…" under "*", and at the end "Nơi nhận" on the left beside "T/M CHI ỦY" (or CHI BỘ,
 * ĐẢNG ỦY…), "BÍ THƯ", room to sign and the signer's name. The form's own header and signature text were not
 * found (qd366 forms/01.ts caveats); this is the party layout, not a quoted one.
 */

/** "Đảng bộ phường Thành Sen" -> "Đảng ủy phường Thành Sen (để báo cáo)"; unknown -> "Cấp ủy cấp trên (để báo cáo)". */
export function upperCommitteeRecipient(draft: Draft): string {
  const upperUnit = cleanText(draft.profile?.upperPartyUnit ?? '').trim();
  const committee = upperUnit ? upperUnit.replace(/^đảng bộ/iu, 'Đảng ủy') : 'Cấp ủy cấp trên';
  return `${committee} (để báo cáo)`;
}

export function reportChildren(draft: Draft, form: FormModel, opts: BodyOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const label = codeLabelParagraph(form);
  if (label) out.push(label);
  out.push(headerTable(draft, [...reviewHeaderLeft(draft), { text: numberLine(draft, 'BC'), style: { size: SIZE.upperUnit } }]));
  out.push(...titleBlock(form, draft));
  out.push(...headerFieldParagraphs(form.headerFields, draft));
  out.push(...formBody(form, draft, opts));
  const signer = reportSigner(draft);
  out.push(partySignatureTable({ recipients: recipientLines(draft, [upperCommitteeRecipient(draft), 'Lưu']), ...signer }));
  return out;
}
