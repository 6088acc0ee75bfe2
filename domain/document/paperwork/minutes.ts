import type { Document, Paragraph, Table } from 'docx';
import { GRADES, GRADE_LABELS } from '../../core/grade';
import { formatLongDateVi, formatNumberVi } from '../../core/text';
import type { RosterResult } from '../../roster/types';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';
import { DOTS } from '../layout';
import { bodyParagraph, dottedLines, headingParagraph, run, userTextParagraphs } from '../paragraphs';
import { signatureBlock } from '../signature';
import { caveatParagraph, factLine, tableBlock, headerDraft, paperworkDocument, timeText, titleLines, unitHeader, UNIT_KIND_WORDS } from './frame';
import { PAPERWORK_RULES } from './rules';
import { quotaLines } from './summary-report';

/**
 * Biên bản họp chi bộ kiểm điểm, đánh giá, xếp loại (issue 17 item 3). No central form was found: the layout
 * follows the minutes in use (time, place, attendance, chair and secretary, each member's own proposal and the
 * chi bộ's, the votes, the conclusion, two signatures). Every fact comes from the roster or was typed; what was
 * not typed prints as dots.
 */
export const MINUTES_CAVEAT =
  'chưa tìm thấy mẫu biên bản của Trung ương; bố cục theo các biên bản đang dùng ở cơ sở. Biên bản là một thành phần của hồ sơ kiểm điểm';

const dots = `${DOTS}${DOTS}`;
const code = (g: string | undefined): string => g ?? DOTS;
const num = (n: number | undefined): string => (n === undefined ? DOTS : formatNumberVi(n, 0));

export function minutesRows(roster: Roster, facts: PaperworkFacts): string[][] {
  return roster.members.map((m, i) => {
    const v = facts.members[m.name] ?? {};
    if (m.excluded) return [String(i + 1), m.name, m.role ?? '', 'Không xếp loại', 'Không xếp loại', '', ''];
    return [String(i + 1), m.name, m.role ?? '', code(v.selfGrade), code(m.proposedGrade), num(v.votesFor), num(v.votesAgainst)];
  });
}

function attendance(roster: Roster, facts: PaperworkFacts): Paragraph[] {
  const total = roster.members.length;
  const absentCount = facts.present === undefined ? DOTS : formatNumberVi(Math.max(total - facts.present, 0), 0);
  const out = [
    bodyParagraph([
      run('Thành phần: ', { bold: true }),
      run(`tổng số đảng viên của ${UNIT_KIND_WORDS[roster.unit.kind].toLocaleLowerCase('vi-VN')}: ${formatNumberVi(total, 0)} đồng chí; có mặt: ${num(facts.present)} đồng chí; vắng mặt: ${absentCount} đồng chí.`),
    ], { indent: false }),
  ];
  for (const a of facts.absent.filter((x) => x.name.trim() !== '')) out.push(bodyParagraph([run(`- Đồng chí ${a.name} vắng mặt, lý do: ${a.reason.trim() || dots}.`)], { indent: true }));
  if (facts.guests?.trim()) out.push(factLine('Khách mời', facts.guests));
  return out;
}

export function buildMinutes(roster: Roster, result: RosterResult, facts: PaperworkFacts): Document {
  const draft = headerDraft(roster, result.rulebook, facts, facts.meetingDate);
  const kind = UNIT_KIND_WORDS[roster.unit.kind];
  const children: (Paragraph | Table)[] = [
    unitHeader(draft, roster.unit.kind),
    ...titleLines('BIÊN BẢN', `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm ${roster.reviewYear}`),
    bodyParagraph([
      run('Thời gian: ', { bold: true }),
      run(`bắt đầu lúc ${timeText(facts.startTime)}, ${facts.meetingDate ? formatLongDateVi(facts.meetingDate) : `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`}.`),
    ], { indent: false }),
    factLine('Địa điểm', facts.location),
    ...attendance(roster, facts),
    factLine('Chủ trì', facts.chair),
    factLine('Thư ký', facts.secretary),
    headingParagraph('NỘI DUNG'),
    headingParagraph(`1. Kiểm điểm, đề xuất xếp loại chất lượng từng đảng viên`, { bold: true, italics: true }),
    bodyParagraph([run(`Từng đảng viên trình bày bản kiểm điểm, tự đánh giá, xếp loại; ${kind.toLocaleLowerCase('vi-VN')} góp ý và biểu quyết mức đề xuất xếp loại. Kết quả:`)]),
    ...tableBlock(
      [
        { title: 'STT', share: 0.07, center: true },
        { title: 'Họ và tên', share: 0.27 },
        { title: 'Chức vụ', share: 0.18 },
        { title: 'Tự xếp loại', share: 0.13, center: true },
        { title: `${kind} đề xuất`, share: 0.13, center: true },
        { title: 'Tán thành', share: 0.11, center: true },
        { title: 'Không tán thành', share: 0.11, center: true },
      ],
      minutesRows(roster, facts),
    ),
    bodyParagraph([run(GRADES.map((g) => `${g}: ${GRADE_LABELS[g]}`).join('; ') + '.', { italics: true })], { indent: false }),
    headingParagraph(`2. Tổng hợp mức ${kind.toLocaleLowerCase('vi-VN')} đề xuất`, { bold: true, italics: true }),
    ...result.summary.rows.map((r) => bodyParagraph([run(`- ${r.label}: ${r.text}.`)])),
    ...quotaLines(result),
    headingParagraph('3. Kết luận của hội nghị', { bold: true, italics: true }),
    ...(facts.conclusion?.trim() ? userTextParagraphs(facts.conclusion) : dottedLines(3)),
    bodyParagraph([run(`Hội nghị kết thúc lúc ${timeText(facts.endTime)} cùng ngày.`)]),
    ...signatureBlock({ id: 'secretary', lines: [], title: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', byAuthor: true }, facts.secretary ?? ''),
    ...signatureBlock({ id: 'chair', lines: [], title: 'CHỦ TRÌ', note: '(Ký, ghi rõ họ tên)', byAuthor: true }, facts.chair ?? ''),
    caveatParagraph(result.rulebook === 'qd366-2025' ? `${MINUTES_CAVEAT} (${PAPERWORK_RULES.dossier.clause}).` : `${MINUTES_CAVEAT}.`),
  ];
  return paperworkDocument(`Biên bản họp kiểm điểm năm ${roster.reviewYear} — ${roster.unit.name}`, children);
}
