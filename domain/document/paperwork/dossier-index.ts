import { AlignmentType, Paragraph, type Document, type Table } from 'docx';
import { formatNumberVi } from '../../core/text';
import type { RosterResult } from '../../roster/types';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';
import { DOTS, SIZE } from '../layout';
import { bodyParagraph, run } from '../paragraphs';
import { partySignerBlock } from '../signature';
import { caveatParagraph, tableBlock, headerDraft, paperworkDocument, titleLines, unitHeader, UNIT_KIND_WORDS } from './frame';
import { signerName } from './missing';
import { reviewedCount } from './not-graded';
import { DOSSIER_ITEMS, DOSSIER_RULEBOOKS, FORM04_CODE_LABEL, PAPERWORK_RULES, type DossierItem } from './rules';

/**
 * Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại (Mẫu 04-HD KĐ.ĐG 2025 of HD 43). Only the form's title and code
 * were found; its items are those QĐ 366 Điều 17 lists for a dossier, in the article's order, and the layout
 * (one row per item, a count, a note) is reconstructed.
 */
export const DOSSIER_CAVEAT = `chưa tìm thấy bản mẫu của ${FORM04_CODE_LABEL} (${PAPERWORK_RULES.form04.clause}: chỉ có tên mẫu); các thành phần hồ sơ theo ${PAPERWORK_RULES.dossier.clause}, bố cục dựng lại`;

export class DossierRulebookError extends Error {}

export function dossierRows(roster: Roster, result: RosterResult): string[][] {
  const reviewed = reviewedCount(roster, result.rulebook);
  const exempt = roster.members.length - reviewed;
  const countOf = (item: DossierItem): string => (item.count === 'one' ? '01' : item.count === 'reviewed' ? formatNumberVi(reviewed, 0) : DOTS);
  const noteOf = (item: DossierItem): string => {
    if (item.count === 'reviewed')
      return `${formatNumberVi(reviewed, 0)} đảng viên phải kiểm điểm theo danh sách${exempt > 0 ? ` (${formatNumberVi(exempt, 0)} người không phải kiểm điểm)` : ''}`;
    return item.note ? item.note.charAt(0).toLocaleUpperCase('vi-VN') + item.note.slice(1) : '';
  };
  return DOSSIER_ITEMS.map((item, i) => [String(i + 1), item.label, countOf(item), noteOf(item)]);
}

export function buildDossierIndex(roster: Roster, result: RosterResult, facts: PaperworkFacts): Document {
  if (!(DOSSIER_RULEBOOKS as readonly string[]).includes(result.rulebook))
    throw new DossierRulebookError(`Danh mục hồ sơ theo ${FORM04_CODE_LABEL} chỉ áp dụng từ năm kiểm điểm 2025; năm ${roster.reviewYear} không có mẫu này.`);
  const draft = headerDraft(roster, result.rulebook, facts, facts.signedDate);
  const kind = UNIT_KIND_WORDS[roster.unit.kind];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(FORM04_CODE_LABEL, { italics: true, size: SIZE.codeLabel })], alignment: AlignmentType.RIGHT, spacing: { after: 120 } }),
    unitHeader(draft, roster.unit.kind),
    ...titleLines('DANH MỤC HỒ SƠ', `Kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân năm ${roster.reviewYear}`),
    bodyParagraph([run(`Đơn vị: ${roster.unit.name.trim() || `${DOTS}${DOTS}`}. Hồ sơ gồm (${PAPERWORK_RULES.dossier.clause}):`)], { indent: false }),
    ...tableBlock(
      [
        { title: 'STT', share: 0.08, center: true },
        { title: 'Thành phần hồ sơ', share: 0.5 },
        { title: 'Số lượng', share: 0.12, center: true },
        { title: 'Ghi chú', share: 0.3 },
      ],
      dossierRows(roster, result),
    ),
    partySignerBlock([`T/M ${kind}`, 'BÍ THƯ'], signerName(roster, facts)),
    caveatParagraph(`${DOSSIER_CAVEAT}.`),
  ];
  return paperworkDocument(`Danh mục hồ sơ kiểm điểm năm ${roster.reviewYear} — ${roster.unit.name}`, children);
}
