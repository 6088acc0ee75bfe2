import { ref, src } from '../ref';
import type { SubjectRules } from '../types';


/** QĐ 124 Điều 5 (Hà Tĩnh 2023 I.1) and HD 25 mục 7.11–7.14 (Hà Tĩnh 2023 II.7). */
export const subjects: SubjectRules = {
  collectives: {
    rule: ref('qd124.d5.k1', 'QĐ 124 Điều 5 khoản 1', src('qd124-2023', 'Điều 5 khoản 1'), 'verified'),
    text: 'Tập thể được kiểm điểm: cấp ủy, tổ chức đảng và tập thể lãnh đạo, quản lý (HĐND, UBND, MTTQ, đoàn thể, cơ quan, đơn vị).',
  },
  members: {
    rule: ref('qd124.d5.k2.1', 'QĐ 124 Điều 5 khoản 2', src('qd124-2023', 'Điều 5 khoản 2'), 'verified'),
    text: 'Đảng viên phải kiểm điểm (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 06 tháng).',
  },
  leaders: {
    rule: ref('qd124.d5.k2.2', 'QĐ 124 Điều 5 khoản 2', src('qd124-2023', 'Điều 5 khoản 2'), 'verified'),
    text: 'Cán bộ lãnh đạo, quản lý các cấp phải kiểm điểm.',
  },
  exemptions: {
    exemptFromWork: {
      rule: ref('qd124.d5.k2.mien', 'QĐ 124 Điều 5 khoản 2', src('qd124-2023', 'Điều 5 khoản 2'), 'verified'),
      text: 'Đảng viên được miễn công tác và sinh hoạt đảng không phải kiểm điểm.',
    },
    suspended: {
      rule: ref('qd124.d5.k2.dinh-chi', 'QĐ 124 Điều 5 khoản 2', src('qd124-2023', 'Điều 5 khoản 2'), 'verified'),
      text: 'Đảng viên bị đình chỉ sinh hoạt đảng không phải kiểm điểm.',
    },
    newlyAdmitted: {
      rule: ref('qd124.d5.k2.moi-ket-nap', 'QĐ 124 Điều 5 khoản 2', src('qd124-2023', 'Điều 5 khoản 2'), 'verified'),
      text: 'Đảng viên mới kết nạp chưa đủ 06 tháng không phải kiểm điểm.',
      months: 6,
    },
    newlyAdmittedReferenceDate: {
      rule: ref('qd124.d5.k2.moc-6-thang', 'QĐ 124 Điều 5 khoản 2 (mốc tính 6 tháng)', src('qd124-2023', 'Điều 5 khoản 2'), 'uncertain'),
      text: 'Văn bản không nói mốc tính "chưa đủ 06 tháng" (đến ngày kiểm điểm hay đến cuối năm); ứng dụng tính đến ngày kiểm điểm, hỏi lại chi ủy nếu sát mốc.',
    },
  },
  reviewedNotGraded: {
    newlyAppointed: {
      rule: ref('qd124.hd25.7.11', 'HD 25 mục 7.11, 7.12', src('hd25-2023', 'mục 7.11, 7.12'), 'secondary'),
      text: 'Cán bộ lãnh đạo, quản lý được bổ nhiệm chức vụ chưa đủ 6 tháng tính đến thời điểm đánh giá, xếp loại vẫn kiểm điểm theo quy định, nhưng không đánh giá, xếp loại.',
      months: 6,
    },
    newCollective: {
      rule: ref('qd124.hd25.7.12.tap-the', 'HD 25 mục 7.11, 7.12', src('hd25-2023', 'mục 7.11, 7.12'), 'secondary'),
      text: 'Tập thể lãnh đạo, quản lý, tổ chức đảng mới thành lập, chia tách, sáp nhập chưa đủ 06 tháng vẫn kiểm điểm nhưng không đánh giá, xếp loại.',
      months: 6,
    },
  },
  gradedOnTimeWorked: {
    sickLeave: {
      rule: ref('qd124.hd25.7.12.om', 'HD 25 mục 7.12', src('hd25-2023', 'mục 7.12'), 'secondary'),
      text: 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên: kết quả xếp loại là kết quả của thời gian làm việc thực tế của năm đó.',
      months: 3,
    },
    maternity: {
      rule: ref('qd124.hd25.7.12.thai-san', 'HD 25 mục 7.12', src('hd25-2023', 'mục 7.12'), 'secondary'),
      text: 'Đảng viên nghỉ thai sản: kết quả xếp loại là kết quả của thời gian làm việc thực tế của năm đó.',
    },
  },
  movedUnit: {
    rule: ref('qd124.hd25.7.13', 'HD 25 mục 7.13', src('hd25-2023', 'mục 7.13'), 'secondary'),
    text: 'Đảng viên chuyển công tác có thời gian sinh hoạt ở tổ chức đảng trước đây từ 06 tháng trở lên thì phải lấy nhận xét của tổ chức đảng trước đây làm căn cứ đánh giá, xếp loại.',
    months: 6,
  },
  temporaryMembership: {
    rule: ref('qd124.hd25.7.14', 'HD 25 mục 7.14', src('hd25-2023', 'mục 7.14'), 'secondary'),
    text: 'Đảng viên sinh hoạt tạm thời được đánh giá, xếp loại ở chi bộ nơi sinh hoạt chính thức, có nhận xét của chi bộ nơi sinh hoạt tạm thời.',
  },
};
