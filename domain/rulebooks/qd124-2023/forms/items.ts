import type { FormItem } from '../../../core/form-model';
import { GUIDANCE, item } from '../../../forms/build';
import { r2023 } from './shared';

/** Items of section I of the 2023 individual forms (QĐ 124 Điều 6, Hà Tĩnh 2023 I.3.2). */
export function qualityItem(tag: string, form: string, id: string): FormItem {
  return item(
    id,
    'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, "tự diễn biến", "tự chuyển hoá".',
    GUIDANCE.quality,
    r2023(tag, form)(id.toLowerCase(), `mục ${id}; QĐ 124 Điều 6`),
    { levelBoxes: true },
  );
}

export function tasksItem(tag: string, form: string, id: string): FormItem {
  return item(
    id,
    'Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm.',
    GUIDANCE.tasks,
    r2023(tag, form)(id.toLowerCase(), `mục ${id}; QĐ 124 Điều 6`),
    { levelBoxes: true, composeFrom: ['tasks', 'achievements'], needsFigures: true },
  );
}

export function commitmentItem(tag: string, form: string, id: string): FormItem {
  return item(
    id,
    'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.',
    GUIDANCE.commitment,
    r2023(tag, form)(id.toLowerCase(), `mục ${id}; QĐ 124 Điều 6`),
    { levelBoxes: true },
  );
}

/** The three leader items of 02B (QĐ 124 Điều 6, wording from Hà Tĩnh 2023 I.3.2.2). */
export function leaderItems(tag: string, form: string): FormItem[] {
  const r = r2023(tag, form);
  return [
    item(
      'I.3',
      'Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.',
      'Nêu tỉ lệ hoàn thành chỉ tiêu của đơn vị, lĩnh vực phụ trách và kết quả xếp loại các đơn vị trực thuộc (ví dụ: "4/4 đơn vị hoàn thành nhiệm vụ, 3 đơn vị hoàn thành tốt").',
      r('i.3', 'mục I.3; QĐ 124 Điều 6'),
      { levelBoxes: true, needsFigures: true, leaderOnly: true },
    ),
    item(
      'I.4',
      'Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.',
      'Nêu việc khó, mới đã trực tiếp chỉ đạo xử lý và kết quả cụ thể.',
      r('i.4', 'mục I.4; QĐ 124 Điều 6'),
      { levelBoxes: true, leaderOnly: true },
    ),
    item(
      'I.5',
      'Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên.',
      'Nêu việc nêu gương cụ thể, việc kê khai tài sản, thu nhập và kết quả lấy phiếu tín nhiệm (nếu có).',
      r('i.5', 'mục I.5; QĐ 124 Điều 6'),
      { levelBoxes: true, leaderOnly: true },
    ),
  ];
}
