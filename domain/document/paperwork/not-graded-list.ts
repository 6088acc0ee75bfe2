import type { Document, Paragraph, Table } from 'docx';
import { formatNumberVi } from '../../core/text';
import type { RosterResult } from '../../roster/types';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';
import { bodyParagraph, run } from '../paragraphs';
import { partySignerBlock } from '../signature';
import { caveatParagraph, tableBlock, headerDraft, paperworkDocument, titleLines, unitHeader, UNIT_KIND_WORDS } from './frame';
import { signerName } from './missing';
import { NOT_GRADED_CASE_LABELS, notGradedRows } from './not-graded';

/**
 * Danh sách đảng viên chưa kiểm điểm, không xếp loại: every member of the roster who is not reviewed, reviewed
 * but not graded, or still without a grade, with the reason as given and the clause it falls under
 * (domain/roster/reasons.ts). No central form was found.
 */
export const NOT_GRADED_CAVEAT = 'chưa tìm thấy mẫu danh sách của Trung ương; bố cục dựng lại';

export function buildNotGradedList(roster: Roster, result: RosterResult, facts: PaperworkFacts): Document {
  const draft = headerDraft(roster, result.rulebook, facts, facts.signedDate);
  const rows = notGradedRows(roster, result.rulebook);
  const kind = UNIT_KIND_WORDS[roster.unit.kind];
  const children: (Paragraph | Table)[] = [
    unitHeader(draft, roster.unit.kind),
    ...titleLines('DANH SÁCH', `Đảng viên chưa kiểm điểm, không xếp loại chất lượng năm ${roster.reviewYear}`),
  ];
  if (rows.length === 0) children.push(bodyParagraph([run(`Tất cả ${formatNumberVi(roster.members.length, 0)} đảng viên trong danh sách đã được kiểm điểm và có mức xếp loại.`)]));
  else
    children.push(
      ...tableBlock(
        [
          { title: 'STT', share: 0.07, center: true },
          { title: 'Họ và tên', share: 0.22 },
          { title: 'Chức vụ', share: 0.14 },
          { title: 'Trường hợp', share: 0.17 },
          { title: 'Lý do', share: 0.2 },
          { title: 'Căn cứ', share: 0.2 },
        ],
        rows.map((r, i) => [String(i + 1), r.name, r.role, NOT_GRADED_CASE_LABELS[r.case], r.reason, r.clause]),
      ),
      bodyParagraph([run(`Tổng số: ${formatNumberVi(rows.length, 0)} đồng chí (trên ${formatNumberVi(roster.members.length, 0)} đảng viên trong danh sách).`)], { indent: false }),
    );
  children.push(
    partySignerBlock([`T/M ${kind}`, 'BÍ THƯ'], signerName(roster, facts)),
    caveatParagraph(`${NOT_GRADED_CAVEAT}.`),
  );
  return paperworkDocument(`Danh sách chưa kiểm điểm, không xếp loại năm ${roster.reviewYear} — ${roster.unit.name}`, children);
}
