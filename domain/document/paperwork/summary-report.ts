import type { Document, Paragraph, Table } from 'docx';
import { GRADE_LABELS } from '../../core/grade';
import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import { formatNumberVi } from '../../core/text';
import { rosterRules } from '../../roster/rules';
import type { RosterResult } from '../../roster/types';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';
import { DOTS } from '../layout';
import { bodyParagraph, headingParagraph, run } from '../paragraphs';
import { partySignerBlock } from '../signature';
import { caveatParagraph, tableBlock, headerDraft, paperworkDocument, titleLines, unitHeader, UNIT_KIND_WORDS } from './frame';
import { signerName } from './missing';
import { NOT_GRADED_CASE_LABELS, notGradedRows } from './not-graded';

/**
 * Báo cáo tổng hợp kết quả xếp loại: count and share per grade, the members not graded with the reason and
 * clause, the HTXSNV quota per group under both readings. Every number is the roster check's
 * (domain/roster/check.ts, summary.ts, quota.ts), never recomputed here.
 */
export const SUMMARY_CAVEAT = 'chưa tìm thấy mẫu báo cáo tổng hợp của Trung ương; bố cục dựng lại theo các báo cáo đang dùng';

const n = (x: number) => formatNumberVi(x, 0);

/** One line per quota group: the count, the cap under the reading in force and under the other, the clause. */
export function quotaLines(result: RosterResult): Paragraph[] {
  const rule = rosterRules(result.rulebook)?.quota.rule;
  return result.quota.map((q) => {
    const inForce = q.reading === 'literal' ? q.literal : q.pool;
    const other = q.reading === 'literal' ? q.pool : q.literal;
    const readings = { literal: 'số được xếp loại Hoàn thành tốt nhiệm vụ', pool: 'số đạt Hoàn thành tốt nhiệm vụ trở lên' } as const;
    const otherKey = q.reading === 'literal' ? 'pool' : 'literal';
    const status = q.within ? 'trong tỉ lệ' : 'vượt tỉ lệ';
    return bodyParagraph([
      run(`- Nhóm «${q.group}»: ${n(q.htxsnv)} "${GRADE_LABELS.HTXSNV}" trên ${n(q.graded)} người được xếp loại: ${status}. `),
      run(`Tối đa ${n(inForce.max)} (${q.percent}% ${readings[q.reading]}: ${n(inForce.denominator)}, cách tính đang áp dụng); ${n(other.max)} theo cách tính ${q.percent}% ${readings[otherKey]} (${n(other.denominator)}).`),
      ...(rule ? [run(` Căn cứ: ${rule.clause}.`, { italics: true })] : []),
    ]);
  });
}

export function buildSummaryReport(roster: Roster, result: RosterResult, facts: PaperworkFacts): Document {
  const draft = headerDraft(roster, result.rulebook, facts, facts.signedDate);
  const kind = UNIT_KIND_WORDS[roster.unit.kind];
  const s = result.summary;
  const notGraded = notGradedRows(roster, result.rulebook);
  const unitGrade = roster.unit.grade;
  const children: (Paragraph | Table)[] = [
    unitHeader(draft, roster.unit.kind, `Số ${DOTS}-BC/${DOTS}`),
    ...titleLines('BÁO CÁO', `Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm ${roster.reviewYear}`),
    bodyParagraph([run(`Căn cứ ${RULEBOOK_LABELS[result.rulebook]}, ${roster.unit.name.trim() || `${kind.toLocaleLowerCase('vi-VN')} ${DOTS}`} báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên năm ${roster.reviewYear} như sau:`)]),
    headingParagraph('1. Số lượng'),
    bodyParagraph([run(`Tổng số đảng viên trong danh sách: ${n(s.total)}; được đánh giá, xếp loại: ${n(s.graded)}; không xếp loại: ${n(s.excluded)}; chưa có mức xếp loại: ${n(s.notProposed)}.`)]),
    headingParagraph('2. Kết quả xếp loại'),
    ...tableBlock(
      [
        { title: 'Mức xếp loại', share: 0.6 },
        { title: 'Số lượng', share: 0.2, center: true },
        { title: 'Tỉ lệ (%)', share: 0.2, center: true },
      ],
      [
        ...s.rows.map((r) => [r.label, n(r.count), formatNumberVi(r.percent, 1)]),
        ['Tổng số được xếp loại', n(s.graded), s.graded > 0 ? '100' : '0'],
      ],
    ),
    bodyParagraph([run('Tỉ lệ tính trên số đảng viên được xếp loại.', { italics: true })], { indent: false }),
    headingParagraph('3. Đảng viên chưa kiểm điểm, không xếp loại'),
  ];
  if (notGraded.length === 0) children.push(bodyParagraph([run('Không có.')]));
  else
    children.push(
      ...tableBlock(
        [
          { title: 'STT', share: 0.07, center: true },
          { title: 'Họ và tên', share: 0.25 },
          { title: 'Trường hợp', share: 0.2 },
          { title: 'Lý do', share: 0.24 },
          { title: 'Căn cứ', share: 0.24 },
        ],
        notGraded.map((r, i) => [String(i + 1), r.name, NOT_GRADED_CASE_LABELS[r.case], r.reason, r.clause]),
      ),
    );
  children.push(headingParagraph(`4. Tỉ lệ "${GRADE_LABELS.HTXSNV}"`));
  const quota = quotaLines(result);
  children.push(...(quota.length > 0 ? quota : [bodyParagraph([run('Chưa có đảng viên nào được xếp loại.')])]));
  children.push(
    headingParagraph(`5. Mức tự xếp loại của ${kind.toLocaleLowerCase('vi-VN')}`),
    bodyParagraph([run(unitGrade ? `${GRADE_LABELS[unitGrade]}.` : `${DOTS}${DOTS}`)]),
    partySignerBlock([`T/M ${kind}`, 'BÍ THƯ'], signerName(roster, facts)),
    caveatParagraph(`${SUMMARY_CAVEAT}. Số liệu lấy từ danh sách xếp loại của đơn vị trong ứng dụng.`),
  );
  return paperworkDocument(`Báo cáo tổng hợp kết quả xếp loại năm ${roster.reviewYear} — ${roster.unit.name}`, children);
}
