import { ref, src } from '../ref';
import type { PlaceRule } from '../types';

const d7k2 = ref('qd366.d7.k2', 'QĐ 366 Điều 7 khoản 2', src('qd366-2025', 'Điều 7 khoản 2'), 'secondary');
const d7k3 = ref('qd366.d7.k3', 'QĐ 366 Điều 7 khoản 3', src('qd366-2025', 'Điều 7 khoản 3'), 'secondary');
const d12k2 = ref('qd366.d12.k2', 'QĐ 366 Điều 12 khoản 2', src('qd366-2025', 'Điều 12 khoản 2'), 'secondary');

/** QĐ 366 Điều 7 (where, order), Điều 12 khoản 2 (grading order), HD 43 mục 1, 2.1, 2.3, 7.4. */
export const places: PlaceRule[] = [
  { id: 'qd366.d7.k1', topic: 'preparation', rule: ref('qd366.hd43.2.1.a', 'HD 43 mục 2.1 điểm a', src('hd43-2025', 'mục 2.1 điểm a'), 'secondary'),
    text: 'Người đứng đầu trực tiếp chỉ đạo chuẩn bị báo cáo của tập thể theo Mẫu 01; dự thảo gửi trước cho các thành viên dự hội nghị ít nhất 03 ngày làm việc.' },
  { id: 'qd366.d7.k2.tap-the', topic: 'collective-place', rule: d7k2,
    text: 'Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý ở cấp nào thì kiểm điểm ở cấp đó.' },
  { id: 'qd366.d7.k2.cap-uy', topic: 'committee-members', rule: d7k2, collectiveKinds: ['tap-the-lanh-dao-quan-ly'],
    text: 'Tập thể lãnh đạo, quản lý cùng là thành viên cấp ủy nơi công tác thì kiểm điểm tập thể và từng thành viên tại hội nghị kiểm điểm của cấp ủy.' },
  { id: 'qd366.d7.k2.dang-vien', topic: 'member-place', rule: d7k2,
    text: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt.' },
  { id: 'qd366.d7.k2.lanh-dao', topic: 'leader-places', rule: d7k2,
    text: 'Cán bộ lãnh đạo, quản lý kiểm điểm ở 2 nơi: chi bộ nơi sinh hoạt và tập thể lãnh đạo, quản lý nơi làm việc; giữ nhiều chức vụ thì kiểm điểm thêm ở nơi khác theo quy định.' },
  { id: 'qd366.d7.k3.chi-bo-truoc', topic: 'leader-order', rule: d7k3,
    text: 'Đảng viên giữ chức vụ lãnh đạo, quản lý: kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.' },
  { id: 'qd366.d7.k3.tap-the-truoc', topic: 'collective-order', rule: d7k3,
    text: 'Kiểm điểm tập thể trước, cá nhân sau; tập thể lãnh đạo, quản lý của chính quyền, chuyên môn, đoàn thể kiểm điểm trước, cấp ủy kiểm điểm sau.' },
  { id: 'qd366.d7.k3.nguoi-dung-dau', topic: 'head-order', rule: d7k3,
    text: 'Người đứng đầu kiểm điểm trước, cấp phó và các thành viên kiểm điểm sau.' },
  { id: 'qd366.d12.k2', topic: 'grading-order', rule: d12k2,
    text: 'Thứ tự xếp loại: tập thể lãnh đạo, quản lý trước, cá nhân thành viên sau; xếp loại tập thể trước khi xếp loại người đứng đầu; xếp loại cấp ủy, tổ chức đảng, đảng viên trực thuộc trước khi xếp loại tổ chức đảng; tổ chức, cơ quan, đơn vị trước, tổ chức đảng sau; cấp dưới trước, cấp trên sau.' },
  { id: 'qd366.d3.k4.cbccvc', topic: 'civil-servant-first',
    rule: ref('qd366.d3.k4.cbccvc', 'QĐ 366 Điều 3 khoản 4', src('qd366-2025', 'Điều 3 khoản 4'), 'secondary'), // the state decree by year: state-grading.ts
    text: 'Đảng viên là cán bộ, công chức, viên chức, người lao động: xếp loại cán bộ, công chức, viên chức trước; kết quả đó là cơ sở để xếp loại chất lượng đảng viên.' },
  { id: 'qd366.hd43.2.3.kiem-nhiem', topic: 'concurrent', rule: ref('qd366.hd43.2.3', 'HD 43 mục 2.3', src('hd43-2025', 'mục 2.3'), 'secondary'),
    text: 'Kiêm nhiệm nhiều chức vụ lãnh đạo, quản lý: kiểm điểm ở nơi giữ chức vụ có thời gian công tác nhiều hơn. Kiêm nhiệm chức vụ ở tổ chức, cơ quan, đơn vị khác (không chuyên trách): kiểm điểm cả tại nơi kiêm nhiệm, tập trung vào nhiệm vụ của chức danh kiêm nhiệm.' },
  { id: 'qd366.hd43.7.4', topic: 'small-collective', rule: ref('qd366.hd43.7.4', 'HD 43 mục 7.4', src('hd43-2025', 'mục 7.4'), 'secondary'),
    collectiveKinds: ['tap-the-lanh-dao-quan-ly'],
    text: 'Tập thể lãnh đạo, quản lý có dưới 03 thành viên thì kiểm điểm ở tập thể cấp ủy cơ quan, đơn vị nơi công tác hoặc cơ quan, đơn vị có chức năng tương đồng, do cấp có thẩm quyền quyết định.' },
  { id: 'qd366.hd43.1.khong-chi-uy', topic: 'no-committee', rule: ref('qd366.hd43.1', 'HD 43 mục 1', src('hd43-2025', 'mục 1'), 'secondary'),
    collectiveKinds: ['chi-bo-co-so', 'chi-bo-truc-thuoc'],
    text: 'Chi bộ không có chi ủy: đồng chí Bí thư, Phó Bí thư (nếu có) kiểm điểm tại chi bộ.' },
];
