import { ref, src } from '../ref';
import type { SpecialRule } from '../types';


/** HD 43 mục 7.4–7.7, 7.12; QĐ 366 "một số trường hợp cần lưu ý". */
export const special: SpecialRule[] = [
  { id: 'qd366.hd43.7.4', title: 'Tập thể dưới 03 thành viên', tags: ['small-unit', 'collective'],
    rule: ref('qd366.hd43.7.4', 'HD 43 mục 7.4', src('hd43-2025', 'mục 7.4'), 'secondary'),
    text: 'Tập thể lãnh đạo, quản lý có dưới 03 thành viên kiểm điểm ở tập thể cấp ủy cơ quan, đơn vị nơi công tác hoặc cơ quan, đơn vị có chức năng tương đồng, do cấp có thẩm quyền quyết định.' },
  { id: 'qd366.hd43.7.5', title: 'Nghỉ ốm từ 03 tháng, nghỉ thai sản', tags: ['leave'],
    rule: ref('qd366.hd43.7.5', 'HD 43 mục 7.5', src('hd43-2025', 'mục 7.5'), 'secondary'),
    text: 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên hoặc nghỉ thai sản: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó.' },
  { id: 'qd366.hd43.7.6', title: 'Sinh hoạt đảng tạm thời', tags: ['temporary'],
    rule: ref('qd366.hd43.7.6', 'HD 43 mục 7.6', src('hd43-2025', 'mục 7.6'), 'secondary'),
    text: 'Kiểm điểm, đánh giá, xếp loại ở nơi sinh hoạt đảng chính thức; trước khi xếp loại phải lấy nhận xét của chi bộ nơi sinh hoạt tạm thời.' },
  { id: 'qd366.hd43.7.7', title: 'Cấp ủy viên bị đình chỉ sinh hoạt cấp ủy', tags: ['committee-suspended'],
    rule: ref('qd366.hd43.7.7', 'HD 43 mục 7.7', src('hd43-2025', 'mục 7.7'), 'secondary'),
    text: 'Cấp ủy viên bị đình chỉ sinh hoạt cấp ủy phải kiểm điểm trách nhiệm trong thời gian trước khi bị đình chỉ, tại chi bộ nơi đang sinh hoạt.' },
  { id: 'qd366.hd43.7.12', title: 'Điểm từng tiêu chí do cấp ủy cấp trên cụ thể hóa', tags: ['all'],
    rule: ref('qd366.hd43.7.12', 'HD 43 mục 7.12', src('hd43-2025', 'mục 7.12'), 'secondary'),
    text: 'Khung 30 điểm tiêu chí chung và 70 điểm kết quả thực hiện nhiệm vụ; điểm của từng tiêu chí con do cấp ủy, tổ chức đảng cấp trên cụ thể hóa. Hỏi chi ủy về bảng điểm áp dụng ở đơn vị.' },
  { id: 'qd366.d15.k1', title: 'Kết quả đánh giá hằng quý', tags: ['all'],
    rule: ref('qd366.d15.k1', 'QĐ 366 Điều 15 khoản 1', src('qd366-2025', 'Điều 15 khoản 1'), 'secondary'),
    text: 'Kết quả đánh giá hằng quý (nếu trong năm đã đánh giá theo quý) được dùng làm căn cứ đánh giá hằng năm. Văn bản chưa nêu cách tổng hợp các quý thành kết quả năm (không có quy tắc lấy trung bình): hỏi cấp ủy cấp trên nếu các quý có mức khác nhau.' },
  { id: 'qd366.d3.k4', title: 'Xếp loại công chức, viên chức trước', tags: ['civil-servant'],
    rule: ref('qd366.d3.k4.cbccvc', 'QĐ 366 Điều 3 khoản 4', src('qd366-2025', 'Điều 3 khoản 4'), 'secondary'),
    text: 'Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức, người lao động là cơ sở để đánh giá, xếp loại chất lượng đảng viên; xếp loại ở nơi giữ chức vụ cao nhất.' },
  { id: 'qd366.d3.nguoi-dung-dau', title: 'Người đứng đầu gắn với kết quả đơn vị', tags: ['head'],
    rule: ref('qd366.d3.nguoi-dung-dau', 'QĐ 366 Điều 3; Điều 12 khoản 2 (chưa thấy quy định "không cao hơn tập thể" trong HD 43)', src('qd366-2025', 'Điều 3; Điều 12 khoản 2'), 'uncertain'),
    text: 'Kết quả của người đứng đầu gắn với kết quả của đơn vị; tập thể được xếp loại trước người đứng đầu. Quy định "người đứng đầu không được xếp cao hơn tập thể" (HD 25 mục 7.15, năm 2023) chưa thấy trong HD 43: ứng dụng cảnh báo, trừ khi hướng dẫn địa phương quy định bắt buộc.' },
  { id: 'qd366.5.5.ky-luat-muon', title: 'Kỷ luật muộn vi phạm năm trước', tags: ['late-discipline', 'all'],
    rule: ref('qd366.d11.luu-y.1', 'QĐ 366 Điều 11 (một số trường hợp cần lưu ý); Điều 13; Mẫu 03', src('qd366-2025', 'Điều 11; Điều 13'), 'secondary'),
    text: 'Vi phạm từ năm trước nhưng đến kỳ này mới bị kỷ luật (hoặc tăng nặng): cấp ủy cấp trên căn cứ hình thức kỷ luật để đánh giá, xếp loại ở thời điểm hiện tại; xếp loại lại dùng Mẫu 03.' },
  { id: 'qd366.5.5.chuyen-don-vi', title: 'Vi phạm ở đơn vị cũ', tags: ['moved'],
    rule: ref('qd366.d11.luu-y.2', 'QĐ 366 Điều 11 (một số trường hợp cần lưu ý)', src('qd366-2025', 'Điều 11'), 'secondary'),
    text: 'Vi phạm xảy ra ở đơn vị cũ nhưng bị kỷ luật ở đơn vị mới thì tính vào kết quả xếp loại của đơn vị cũ; vi phạm ở cả hai nơi thì tính theo thời điểm vi phạm tại mỗi nơi.' },
];
