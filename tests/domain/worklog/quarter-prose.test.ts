import { describe, expect, it } from 'vitest';
import { QuarterEvaluationSchema } from '../../../domain/schemas/quarter-evaluation';
import type { WorklogEntry } from '../../../domain/schemas/worklog';
import { composeQuarterProse, quarterEvaluationText, quarterRollup, QUARTER_PROSE_MAX_TITLES } from '../../../domain/worklog';
import { mau05FileName, statePhieuFileName } from '../../../domain/document/worklog/file-names';

const e = (id: string, title: string, status: WorklogEntry['status'], doneOn?: string, deadline?: string): WorklogEntry => ({
  v: 1, id, kind: 'nhiem-vu', title, status, ...(doneOn ? { doneOn } : {}), ...(deadline ? { deadline } : {}),
});

const Q2 = { year: 2026, quarter: 2 } as const;
const LOG: WorklogEntry[] = [
  e('1', 'báo cáo sơ kết 6 tháng (bản trình UBND)', 'vuot-chat-luong', '2026-06-20'),
  e('2', 'Kế hoạch kiểm tra chuyên đề.', 'dung-han', '2026-04-10'),
  e('3', 'Thẩm định hồ sơ dự án A', 'cham', '2026-05-30', '2026-05-15'),
  e('4', 'Rà soát quy chế chi tiêu nội bộ', 'chua-hoan-thanh', undefined, '2026-06-30'),
  e('5', 'Tổng kết năm 2025', 'dung-han', '2026-01-15'),
];

describe('composeQuarterProse', () => {
  it('the quarter only: the share done, main results (exceeded first, with how), late and not completed by title', () => {
    expect(composeQuarterProse(LOG, Q2)).toBe([
      'Trong quý, bản thân hoàn thành 3/4 nhiệm vụ, sản phẩm được giao (75%), trong đó 1 vượt mức.',
      'Kết quả chính: báo cáo sơ kết 6 tháng, bản trình UBND (vượt mức về chất lượng); Kế hoạch kiểm tra chuyên đề.',
      'Hoàn thành chậm so với thời hạn: Thẩm định hồ sơ dự án A.',
      'Chưa hoàn thành: Rà soát quy chế chi tiêu nội bộ.',
    ].join('\n'));
  });

  it('nothing in the quarter: empty', () => {
    expect(composeQuarterProse(LOG, { year: 2026, quarter: 3 })).toBe('');
  });

  it.each([[QUARTER_PROSE_MAX_TITLES, ''], [QUARTER_PROSE_MAX_TITLES + 2, ' và 2 nhiệm vụ, sản phẩm khác']])('%i titles on time: %s', (n, tail) => {
    const many = Array.from({ length: n }, (_, i) => e(`m${i}`, `Việc ${i + 1}`, 'dung-han', '2026-04-02'));
    const line = composeQuarterProse(many, Q2).split('\n')[1]!;
    expect(line.endsWith(`Việc ${QUARTER_PROSE_MAX_TITLES}${tail}.`)).toBe(true);
  });
});

describe('quarterEvaluationText and file names', () => {
  it('the plain text has the quarter, the counts, the prose, the points and the grade', () => {
    const q = QuarterEvaluationSchema.parse({ year: 2026, quarter: 2, scores: { general: { score: 27.5 }, results: { score: 60 } }, prose: 'Đoạn văn.', proposedGrade: 'HTTNV' });
    expect(quarterEvaluationText(q, { rollup: quarterRollup(LOG, Q2), person: { name: 'Trần Thị Bình' } }).split('\n')).toEqual([
      'Bản tự đánh giá, xếp loại của cá nhân — Quý II năm 2026',
      'Họ và tên: Trần Thị Bình',
      'I. Tự đánh giá kết quả thực hiện nhiệm vụ',
      'Trong kỳ thực hiện 4 nhiệm vụ, sản phẩm: 2 hoàn thành đúng hạn (trong đó 1 vượt mức), 1 hoàn thành chậm, 1 chưa hoàn thành.',
      'Đoạn văn.',
      'II. Tự đề xuất xếp loại mức chất lượng',
      '- Nhóm tiêu chí chung: 27,5/30',
      '- Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ: 60/70',
      'Tổng điểm: 87,5/100',
      'Tự đề xuất xếp loại: Hoàn thành tốt nhiệm vụ',
    ]);
  });

  it('file names are ASCII', () => {
    expect(mau05FileName({ year: 2026, quarter: 2 }, 'Trần Thị Bình')).toBe('Mau-05-Quy-II-2026-Tran-Thi-Binh.docx');
    expect(mau05FileName({ year: 2026, quarter: 4 })).toBe('Mau-05-Quy-IV-2026.docx');
    expect(statePhieuFileName({ from: '2026-07-01', to: '2026-09-30' }, 'Đặng Văn Hùng')).toBe('Phieu-danh-gia-2026-07-01-2026-09-30-Dang-Van-Hung.docx');
  });
});
