import { ref, src } from '../ref';
import type { SubjectRules } from '../types';


/** QĐ 366 Điều 5 (subjects and exemptions), Điều 3 khoản 4, HD 43 mục 1, 7.5, 7.6. */
export const subjects: SubjectRules = {
  collectives: {
    rule: ref('qd366.d5.k1', 'QĐ 366 Điều 5 khoản 1; HD 43 mục 1', src('qd366-2025', 'Điều 5 khoản 1'), 'secondary'),
    text: 'Tập thể được kiểm điểm: cấp ủy, tổ chức đảng (ở cơ sở: đảng ủy cơ sở, đảng ủy bộ phận, chi ủy cơ sở, chi ủy trực thuộc) và tập thể lãnh đạo, quản lý các cơ quan, đơn vị.',
  },
  members: {
    rule: ref('qd366.d5.k2.1', 'QĐ 366 Điều 5 khoản 2 điểm 2.1', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1'), 'secondary'),
    text: 'Đảng viên trong toàn Đảng phải kiểm điểm (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng).',
  },
  leaders: {
    rule: ref('qd366.d5.k2.2', 'QĐ 366 Điều 5 khoản 2 điểm 2.2', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.2'), 'secondary'),
    text: 'Cán bộ lãnh đạo, quản lý các cấp phải kiểm điểm.',
  },
  exemptions: {
    exemptFromWork: {
      rule: ref('qd366.d5.k2.1.mien', 'QĐ 366 Điều 5 khoản 2 điểm 2.1', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1'), 'secondary'),
      text: 'Đảng viên được miễn công tác và sinh hoạt đảng không phải kiểm điểm.',
    },
    suspended: {
      rule: ref('qd366.d5.k2.1.dinh-chi', 'QĐ 366 Điều 5 khoản 2 điểm 2.1', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1'), 'secondary'),
      text: 'Đảng viên bị đình chỉ sinh hoạt đảng không phải kiểm điểm.',
    },
    newlyAdmitted: {
      rule: ref('qd366.d5.k2.1.moi-ket-nap', 'QĐ 366 Điều 5 khoản 2 điểm 2.1', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1'), 'secondary'),
      text: 'Đảng viên mới kết nạp chưa đủ 6 tháng không phải kiểm điểm.',
      months: 6,
    },
    newlyAdmittedReferenceDate: {
      rule: ref('qd366.d5.k2.1.moc-6-thang', 'QĐ 366 Điều 5 khoản 2 điểm 2.1 (mốc tính 6 tháng)', src('qd366-2025', 'Điều 5 khoản 2 điểm 2.1'), 'uncertain'),
      text: 'Văn bản không nói mốc tính "chưa đủ 6 tháng" (đến ngày kiểm điểm hay đến cuối năm); ứng dụng tính đến ngày kiểm điểm, hỏi lại chi ủy nếu sát mốc.',
    },
  },
  reviewedNotGraded: {
    newlyAppointed: {
      rule: ref('qd366.hd43.moi-bo-nhiem', 'HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)', src('hd25-2023', 'mục 7.11, 7.12'), 'uncertain'),
      text: 'Cán bộ mới được bổ nhiệm giữ chức vụ lãnh đạo, quản lý chưa đủ 6 tháng: theo HD 25 (2023) vẫn kiểm điểm nhưng không đánh giá, xếp loại; chưa tìm thấy quy định này trong HD 43 (mục 7.8–7.11 chưa đối chiếu được), trong khi QĐ 366 Điều 3 yêu cầu đã kiểm điểm thì phải xếp loại. Hỏi cấp ủy cấp trên.',
      months: 6,
    },
    newCollective: {
      rule: ref('qd366.hd43.tap-the-moi', 'HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)', src('hd25-2023', 'mục 7.11, 7.12'), 'uncertain'),
      text: 'Tập thể, tổ chức đảng mới thành lập, chia tách, sáp nhập chưa đủ 6 tháng: theo HD 25 (2023) vẫn kiểm điểm nhưng không xếp loại; chưa tìm thấy quy định này trong HD 43. Hỏi cấp ủy cấp trên.',
      months: 6,
    },
  },
  gradedOnTimeWorked: {
    sickLeave: {
      rule: ref('qd366.hd43.7.5.om', 'HD 43 mục 7.5', src('hd43-2025', 'mục 7.5'), 'secondary'),
      text: 'Đảng viên nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó.',
      months: 3,
    },
    maternity: {
      rule: ref('qd366.hd43.7.5.thai-san', 'HD 43 mục 7.5', src('hd43-2025', 'mục 7.5'), 'secondary'),
      text: 'Đảng viên nghỉ thai sản: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó.',
    },
  },
  movedUnit: {
    rule: ref('qd366.nd90.d20.chuyen-don-vi', 'NĐ 90/2020 Điều 20 (quy định của Nhà nước; chưa thấy quy định tương ứng phía Đảng trong HD 43)', src('nd90-2020', 'Điều 20'), 'uncertain'),
    text: 'Chuyển đơn vị trong năm: nếu đã công tác ở nơi cũ từ 06 tháng trở lên thì nơi mới đánh giá, xếp loại có tham khảo nhận xét của nơi cũ (NĐ 90/2020 Điều 20; HD 25 mục 7.13 có quy định tương tự phía Đảng).',
    months: 6,
  },
  temporaryMembership: {
    rule: ref('qd366.hd43.7.6', 'HD 43 mục 7.6', src('hd43-2025', 'mục 7.6'), 'secondary'),
    text: 'Đảng viên đang sinh hoạt đảng tạm thời kiểm điểm, đánh giá, xếp loại ở nơi sinh hoạt đảng chính thức; trước đó phải có nhận xét của chi bộ nơi sinh hoạt tạm thời.',
  },
  reviewedMeansGraded: {
    rule: ref('qd366.d3.k4', 'QĐ 366 Điều 3 khoản 4', src('qd366-2025', 'Điều 3 khoản 4'), 'secondary'),
    text: 'Tập thể, cá nhân được kiểm điểm thì phải đánh giá, xếp loại.',
  },
};
