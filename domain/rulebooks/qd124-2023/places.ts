import { ref, src } from '../ref';
import type { PlaceRule } from '../types';

const d7 = ref('qd124.d7', 'QĐ 124 Điều 7', src('qd124-2023', 'Điều 7'), 'secondary');
const d7order = ref('qd124.d7.trinh-tu', 'QĐ 124 Điều 7 (trình tự kiểm điểm)', src('qd124-2023', 'Điều 7'), 'secondary');

/** QĐ 124 Điều 7 and Điều 11, HD 25 mục 7.3–7.7 (Hà Tĩnh 2023 I.2, I.4, II.4, II.7). */
export const places: PlaceRule[] = [
  { id: 'qd124.hd25.chuan-bi', topic: 'preparation', rule: ref('qd124.hd25.chuan-bi', 'HD 25 (chuẩn bị kiểm điểm)', src('hd25-2023'), 'secondary'),
    text: 'Người đứng đầu trực tiếp chỉ đạo chuẩn bị báo cáo của tập thể theo Mẫu 01-HD KĐ.ĐG 2023; dự thảo gửi trước cho các thành viên dự hội nghị ít nhất 03 ngày làm việc.' },
  { id: 'qd124.d7.tap-the', topic: 'collective-place', rule: d7,
    text: 'Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý ở cấp nào thì kiểm điểm ở cấp đó.' },
  { id: 'qd124.d7.dang-vien', topic: 'member-place', rule: d7, text: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt.' },
  { id: 'qd124.d7.lanh-dao', topic: 'leader-places', rule: d7,
    text: 'Đảng viên giữ chức vụ lãnh đạo, quản lý ngoài kiểm điểm ở chi bộ nơi sinh hoạt còn kiểm điểm trước tập thể lãnh đạo, quản lý nơi mình là thành viên (và cấp ủy nếu là cấp ủy viên).' },
  { id: 'qd124.d7.chi-bo-truoc', topic: 'leader-order', rule: d7order,
    text: 'Đảng viên giữ chức vụ lãnh đạo, quản lý: kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.' },
  { id: 'qd124.d7.tap-the-truoc', topic: 'collective-order', rule: d7order,
    text: 'Kiểm điểm tập thể trước, cá nhân sau; tập thể lãnh đạo, quản lý của chính quyền, chuyên môn, đoàn thể trước, cấp ủy, tổ chức đảng sau.' },
  { id: 'qd124.d7.nguoi-dung-dau', topic: 'head-order', rule: d7order,
    text: 'Người đứng đầu kiểm điểm trước, cấp phó và các thành viên kiểm điểm sau.' },
  { id: 'qd124.d11.thu-tu', topic: 'grading-order',
    rule: ref('qd124.d11.thu-tu', 'QĐ 124 Điều 11; HD 25 mục 7.3', src('qd124-2023', 'Điều 11'), 'verified'),
    text: 'Thứ tự xếp loại: chính quyền, chuyên môn, đoàn thể trước, tổ chức đảng sau; cấp dưới trước, cấp trên sau; tập thể trước, cá nhân thành viên sau; xếp loại đơn vị xong mới xếp loại người đứng đầu.' },
  { id: 'qd124.hd25.7.3.cbccvc', topic: 'civil-servant-first', rule: ref('qd124.hd25.7.3', 'HD 25 mục 7.3', src('hd25-2023', 'mục 7.3'), 'secondary'),
    text: 'Đảng viên là công chức, viên chức thực hiện đánh giá, xếp loại chất lượng đảng viên sau khi có kết quả đánh giá, xếp loại công chức, viên chức.' },
  { id: 'qd124.hd25.7.5', topic: 'concurrent', rule: ref('qd124.hd25.7.5-7.7', 'HD 25 mục 7.5, 7.6, 7.7', src('hd25-2023', 'mục 7.5, 7.6, 7.7'), 'secondary'),
    text: 'Kiêm nhiệm nhiều chức vụ tương đương: kiểm điểm ở nơi có thời gian công tác nhiều hơn. Kiêm nhiệm không chuyên trách ở đơn vị khác: không kiểm điểm ở đó nhưng báo cáo kết quả nhiệm vụ kiêm nhiệm; nơi kiêm nhiệm gửi nhận xét về nơi công tác chính. Chỉ xếp loại ở nơi giữ chức vụ cao nhất (tương đương thì nơi có thời gian công tác nhiều hơn).' },
  { id: 'qd124.hd25.7.4', topic: 'small-collective', rule: ref('qd124.hd25.7.4', 'HD 25 mục 7.4', src('hd25-2023', 'mục 7.4'), 'secondary'),
    text: 'Tổ chức đảng chỉ có bí thư hoặc bí thư và phó bí thư; tập thể lãnh đạo, quản lý có dưới 3 thành viên thì kiểm điểm ở tổ chức đảng, tập thể cơ quan, đơn vị.' },
  { id: 'qd124.d7.khong-chi-uy', topic: 'no-committee', rule: d7, collectiveKinds: ['chi-bo-co-so', 'chi-bo-truc-thuoc'],
    text: 'Chi bộ không có chi ủy: bí thư, phó bí thư kiểm điểm trước chi bộ.' },
];
