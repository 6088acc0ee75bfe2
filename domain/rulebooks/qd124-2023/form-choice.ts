import { ref, src } from '../ref';
import type { FormChoice } from '../types';

const rule = ref('qd124.hd25.forms', 'HD 25 (Mẫu 01, 02A, 02B-HD KĐ.ĐG 2023)', src('hd25-2023'), 'verified');

/** HD 25 (2023): 02A = KHÔNG giữ chức vụ, 02B = giữ chức vụ (the letters swapped in 2025). No 2C: everyone else uses 02A. */
export const formChoices: FormChoice[] = [
  { role: 'collective', code: '01', codeLabel: 'Mẫu 01-HD KĐ.ĐG 2023', label: 'Báo cáo kiểm điểm của tập thể', rule },
  { role: 'leader', code: '02B', codeLabel: 'Mẫu 02B-HD KĐ.ĐG 2023', label: 'Bản kiểm điểm cá nhân (cá nhân giữ chức vụ lãnh đạo, quản lý)', rule },
  { role: 'non-leader', code: '02A', codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2023', label: 'Bản kiểm điểm cá nhân (cá nhân không giữ chức vụ lãnh đạo, quản lý)', rule },
  { role: 'outside-system', code: '02A', codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2023', label: 'Bản kiểm điểm cá nhân (cá nhân không giữ chức vụ lãnh đạo, quản lý) — năm 2023 chưa có mẫu riêng cho đảng viên ngoài hệ thống chính trị', rule },
];
