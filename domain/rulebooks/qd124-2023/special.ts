import { ref, src } from '../ref';
import type { SpecialRule } from '../types';

const r = (n: string) => ref(`qd124.hd25.${n}`, `HD 25 mục ${n}`, src('hd25-2023', `mục ${n}`), 'secondary');

/** HD 25 mục 7.2–7.17 as reproduced in the Hà Tĩnh city guidance of 2023 (its II.7). */
export const special: SpecialRule[] = [
  { id: 'qd124.hd25.7.2', title: 'Kiểm điểm xong mới xếp loại', tags: ['all'], rule: r('7.2'),
    text: 'Tập thể, cá nhân phải hoàn thành việc kiểm điểm mới được đánh giá, xếp loại; người vắng mặt được xếp loại trong thời gian sớm nhất.' },
  { id: 'qd124.hd25.7.3', title: 'Xếp loại công chức, viên chức trước', tags: ['civil-servant'], rule: r('7.3'),
    text: 'Đảng viên là công chức, viên chức được xếp loại đảng viên sau khi có kết quả xếp loại công chức, viên chức; kiểm điểm ở nhiều nơi mà mức biểu quyết khác nhau thì cấp có thẩm quyền quyết định.' },
  { id: 'qd124.hd25.7.4', title: 'Tổ chức, tập thể quá nhỏ', tags: ['small-unit', 'collective'], rule: r('7.4'),
    text: 'Tổ chức đảng chỉ có bí thư (và phó bí thư), tập thể lãnh đạo dưới 3 thành viên: kiểm điểm ở tổ chức đảng, tập thể cơ quan, đơn vị.' },
  { id: 'qd124.hd25.7.5', title: 'Kiêm nhiệm nhiều chức vụ tương đương', tags: ['concurrent'], rule: r('7.5'),
    text: 'Kiểm điểm ở nơi giữ chức vụ có thời gian công tác nhiều hơn; người đứng đầu chủ trì kiểm điểm của đơn vị mình.' },
  { id: 'qd124.hd25.7.6', title: 'Kiêm nhiệm không chuyên trách', tags: ['concurrent'], rule: r('7.6'),
    text: 'Không kiểm điểm ở nơi kiêm nhiệm nhưng báo cáo kết quả nhiệm vụ kiêm nhiệm; nơi kiêm nhiệm gửi nhận xét về nơi công tác chính.' },
  { id: 'qd124.hd25.7.7', title: 'Xếp loại ở nơi giữ chức vụ cao nhất', tags: ['concurrent'], rule: r('7.7'),
    text: 'Kiêm nhiệm nhiều chức danh chỉ xếp loại ở nơi giữ chức vụ cao nhất; chức vụ tương đương thì ở nơi có thời gian công tác nhiều hơn.' },
  { id: 'qd124.hd25.7.8', title: 'Kỷ luật muộn vi phạm năm trước', tags: ['late-discipline', 'all'], rule: r('7.8'),
    text: 'Vi phạm từ năm trước đến năm đánh giá mới bị kỷ luật (hoặc tăng nặng): cấp ủy cấp trên đánh giá lại kết quả xếp loại tại thời điểm vi phạm, hủy kết quả cũ và công nhận kết quả mới theo Mẫu 03-HD KĐ.ĐG 2023.' },
  { id: 'qd124.hd25.7.9', title: 'Vi phạm ở đơn vị cũ', tags: ['moved'], rule: r('7.9'),
    text: 'Vi phạm ở đơn vị cũ nhưng bị kỷ luật ở đơn vị mới thì tính vào kết quả xếp loại của đơn vị cũ (không quy trách nhiệm cho đơn vị mới).' },
  { id: 'qd124.hd25.7.10', title: 'Vi phạm ở cả hai đơn vị', tags: ['moved'], rule: r('7.10'),
    text: 'Vi phạm ở cả đơn vị cũ và mới: tính hình thức kỷ luật vào kết quả xếp loại theo thời điểm vi phạm tại mỗi đơn vị.' },
  { id: 'qd124.hd25.7.11', title: 'Mới thành lập, mới bổ nhiệm chưa đủ 6 tháng', tags: ['newly-appointed', 'new-collective'], rule: r('7.11'),
    text: 'Cấp ủy, tổ chức đảng mới thành lập, chia tách, sáp nhập; cán bộ được bổ nhiệm chức vụ chưa đủ 6 tháng tính đến thời điểm đánh giá: vẫn kiểm điểm nhưng không xếp loại. Tổ chức đảng mới tiếp nhận trong năm: lấy nhận xét của cấp ủy cấp trên nơi chuyển giao.' },
  { id: 'qd124.hd25.7.12', title: 'Nghỉ ốm từ 03 tháng, nghỉ thai sản', tags: ['leave', 'newly-appointed', 'new-collective'], rule: r('7.12'),
    text: 'Không xếp loại tập thể, tổ chức đảng mới thành lập và cán bộ mới bổ nhiệm chưa đủ 06 tháng. Nghỉ ốm từ 03 tháng trở lên hoặc nghỉ thai sản: xếp loại theo thời gian làm việc thực tế của năm.' },
  { id: 'qd124.hd25.7.13', title: 'Chuyển sinh hoạt đảng', tags: ['moved'], rule: r('7.13'),
    text: 'Đảng viên chuyển công tác có thời gian sinh hoạt ở tổ chức đảng trước đây từ 06 tháng trở lên: lấy nhận xét của tổ chức đảng trước đây.' },
  { id: 'qd124.hd25.7.14', title: 'Sinh hoạt tạm thời', tags: ['temporary'], rule: r('7.14'),
    text: 'Xếp loại ở chi bộ nơi sinh hoạt chính thức, có nhận xét của chi bộ nơi sinh hoạt tạm thời.' },
  { id: 'qd124.hd25.7.15', title: 'Người đứng đầu không cao hơn tập thể', tags: ['head'], rule: r('7.15'),
    text: 'Mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể, tổ chức, cơ quan, đơn vị do mình đứng đầu, trừ người đứng đầu mới chuyển đến.' },
  { id: 'qd124.hd25.7.16', title: 'Cấp ủy viên bị đình chỉ sinh hoạt cấp ủy', tags: ['committee-suspended'], rule: r('7.16'),
    text: 'Kiểm điểm trách nhiệm trong thời gian trước khi bị đình chỉ sinh hoạt cấp ủy, tại chi bộ nơi đang sinh hoạt.' },
  { id: 'qd124.hd25.7.17', title: 'Đơn vị dưới 05 đối tượng', tags: ['small-unit', 'collective'], rule: r('7.17'),
    text: 'Nơi có dưới 05 tổ chức đảng, tập thể, đảng viên hoặc cán bộ mà 100% xếp loại "Hoàn thành tốt nhiệm vụ" thì được chọn 01 xếp loại "Hoàn thành xuất sắc nhiệm vụ" nếu đủ điều kiện.' },
];
