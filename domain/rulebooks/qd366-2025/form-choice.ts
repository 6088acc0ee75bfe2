import { ref, src } from '../ref';
import type { FormChoice } from '../types';

const rule = ref('qd366.hd43.2.1', 'HD 43 mục 2.1 điểm a, b', src('hd43-2025', 'mục 2.1 điểm a, b'), 'secondary');

/** HD 43 mục 2.1: Mẫu 01 (tập thể), 2A (giữ chức vụ), 2B (không giữ chức vụ), 2C (ngoài hệ thống chính trị). */
export const formChoices: FormChoice[] = [
  {
    role: 'collective',
    code: '01',
    codeLabel: 'Mẫu 01-HD KĐ.ĐG 2025',
    label: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể',
    rule,
  },
  {
    role: 'leader',
    code: '02A',
    codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2025',
    label: 'Bản kiểm điểm, tự đánh giá, xếp loại cá nhân giữ chức vụ lãnh đạo, quản lý',
    rule,
  },
  {
    role: 'non-leader',
    code: '02B',
    codeLabel: 'Mẫu 02B-HD KĐ.ĐG 2025',
    label: 'Bản kiểm điểm, tự đánh giá, xếp loại cá nhân không giữ chức vụ lãnh đạo, quản lý',
    rule,
  },
  {
    role: 'outside-system',
    code: '02C',
    codeLabel: 'Mẫu 02C-HD KĐ.ĐG 2025',
    label: 'Bản kiểm điểm, tự đánh giá, xếp loại cá nhân là đảng viên không làm việc trong hệ thống chính trị (hưu trí, học sinh, sinh viên, doanh nghiệp tư nhân và các trường hợp khác)',
    rule,
  },
];
