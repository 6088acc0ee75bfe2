import type { RuleRef } from '../core/rule';
import { formatDateVi } from '../core/text';
import type { SpecialInput, SpecialOutcome, Threshold } from './types';

/** Rules a rulebook gives for the special outcomes (exempt, not graded, graded on time worked). */
export interface SpecialRules {
  exempt: RuleRef;
  newMemberMonths: Threshold;
  sickLeaveMonths: Threshold;
  timeWorked: RuleRef;
  newPostMonths: Threshold;
  /** true: a post held under 6 months is "reviewed, not graded" (HD 25 7.12); false: only a note (2025). */
  newPostNotGraded: boolean;
  /** Same for collectives formed under 6 months. */
  newCollectiveNotGraded: boolean;
  newCollective: RuleRef;
}

/** "2025-06-30" + 6 months = "2025-12-30" (the day is clamped to the month's length). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Said after an outcome whose rule is uncertain, so the user knows to ask the competent level. */
const uncertainNote = (rule: RuleRef): string =>
  rule.certainty === 'uncertain' ? ` (Chưa chắc chắn: ${rule.clause}; đề nghị hỏi cấp ủy cấp trên.)` : '';

/** Fewer than `months` full months between `start` and `ref`. */
export const underMonths = (start: string, ref: string, months: number): boolean => addMonths(start, months) > ref;

export function specialOutcomes(input: SpecialInput, r: SpecialRules): SpecialOutcome[] {
  const out: SpecialOutcome[] = [];
  const ref = input.referenceDate;
  const s = input.subject;
  if (s.kind === 'collective') {
    if (s.formedDate && underMonths(s.formedDate, ref, r.newPostMonths.value)) {
      out.push({
        outcome: r.newCollectiveNotGraded ? 'not-graded' : 'graded',
        rule: r.newCollective,
        note: r.newCollectiveNotGraded
          ? `Tập thể mới thành lập (${formatDateVi(s.formedDate)}) chưa đủ ${r.newPostMonths.value} tháng: vẫn kiểm điểm nhưng không đánh giá, xếp loại.${uncertainNote(r.newCollective)}`
          : `Tập thể mới thành lập chưa đủ ${r.newPostMonths.value} tháng: chưa tìm thấy quy định trong hướng dẫn năm nay (năm 2023 không xếp loại); đề nghị hỏi cấp có thẩm quyền.`,
      });
    }
    return out;
  }
  if (s.partyStatus === 'mien-sinh-hoat' || s.partyStatus === 'dinh-chi-sinh-hoat') {
    out.push({
      outcome: 'exempt',
      rule: r.exempt,
      note: s.partyStatus === 'mien-sinh-hoat'
        ? 'Đảng viên được miễn công tác và sinh hoạt đảng: không thuộc đối tượng kiểm điểm, xếp loại.'
        : 'Đảng viên bị đình chỉ sinh hoạt đảng: không thuộc đối tượng kiểm điểm, xếp loại.',
    });
  }
  if (s.partyJoinDate && underMonths(s.partyJoinDate, ref, r.newMemberMonths.value)) {
    out.push({
      outcome: 'exempt',
      rule: r.newMemberMonths.rule,
      note: `Kết nạp ngày ${formatDateVi(s.partyJoinDate)}, chưa đủ ${r.newMemberMonths.value} tháng tính đến ${formatDateVi(ref)}: không thuộc đối tượng kiểm điểm (mốc tính 6 tháng chưa được văn bản nêu rõ).`,
    });
  }
  const posts = s.leadershipPosts.filter((p) => !p.endDate || p.endDate >= ref);
  if (posts.length > 0) {
    const starts = s.leadershipPosts.map((p) => p.startDate);
    if (starts.every((d): d is string => d !== undefined)) {
      const earliest = starts.reduce((a, b) => (a < b ? a : b));
      if (underMonths(earliest, ref, r.newPostMonths.value)) {
        out.push({
          outcome: r.newPostNotGraded ? 'not-graded' : 'graded',
          rule: r.newPostMonths.rule,
          note: r.newPostNotGraded
            ? `Giữ chức vụ lãnh đạo, quản lý từ ${formatDateVi(earliest)}, chưa đủ ${r.newPostMonths.value} tháng: vẫn kiểm điểm nhưng không đánh giá, xếp loại.${uncertainNote(r.newPostMonths.rule)}`
            : `Giữ chức vụ lãnh đạo, quản lý chưa đủ ${r.newPostMonths.value} tháng: chưa tìm thấy quy định trong hướng dẫn năm nay (năm 2023: kiểm điểm nhưng không xếp loại); đề nghị hỏi cấp có thẩm quyền.`,
        });
      }
    }
  }
  const sick = s.sickLeaveMonths ?? 0;
  if (sick >= r.sickLeaveMonths.value || s.maternityLeave === true) {
    out.push({
      outcome: 'graded',
      rule: r.timeWorked,
      note: s.maternityLeave
        ? 'Nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế trong năm.'
        : `Nghỉ ốm ${sick} tháng (từ ${r.sickLeaveMonths.value} tháng trở lên): xếp loại căn cứ kết quả làm việc thực tế trong năm.`,
    });
  }
  return out;
}
