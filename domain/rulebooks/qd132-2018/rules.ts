import { ref, src } from '../ref';
import type { ContentItem, FormChoice, PlaceRule, RuleItem, SpecialRule, SubjectRules } from '../types';

const forms = ref('qd132.hd21.forms', 'HD 21-HD/BTCTW (2019): Mẫu 01, Mẫu 02-HD KĐ.ĐG 2019', src('hd21-2019', 'Mẫu 01, Mẫu 02'), 'verified');
const general = ref('qd132.minimal', 'QĐ 132-QĐ/TW (2018), HD 21-HD/BTCTW (2019)', src('qd132-2018'), 'uncertain');

/** Minimal QĐ 132 (2018–2022) rulebook: exemptions, one Mẫu 02 for all individuals, generic contents. */
export const limitations: RuleItem[] = [
  { rule: general, text: 'Bộ quy định 2018–2022 (QĐ 132, HD 21) mới được mô tả tối thiểu: đối tượng miễn kiểm điểm, mẫu biểu (một Mẫu 02 cho mọi cá nhân) và nội dung chung. Chưa có danh sách nội dung theo từng vai trò, chưa có tiêu chí xếp loại chi tiết và các trường hợp đặc biệt của HD 21; hãy đối chiếu văn bản gốc.' },
];

export const subjects: SubjectRules = {
  collectives: { rule: general, text: 'Tập thể cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý kiểm điểm hằng năm.' },
  members: { rule: ref('qd132.d5', 'QĐ 132 (đối tượng kiểm điểm)', src('qd132-2018'), 'secondary'), text: 'Đảng viên kiểm điểm hằng năm (trừ đảng viên được miễn công tác và sinh hoạt đảng). QĐ 132 chưa miễn cho đảng viên bị đình chỉ sinh hoạt hay mới kết nạp.' },
  leaders: { rule: general, text: 'Cán bộ lãnh đạo, quản lý các cấp kiểm điểm hằng năm.' },
  exemptions: {
    exemptFromWork: { rule: ref('qd132.d5.mien', 'QĐ 132 (đối tượng kiểm điểm)', src('qd132-2018'), 'secondary'), text: 'Đảng viên được miễn công tác và sinh hoạt đảng không phải kiểm điểm.' },
  },
  reviewedNotGraded: {},
  gradedOnTimeWorked: {},
};

export const formChoices: FormChoice[] = [
  { role: 'collective', code: '01', codeLabel: 'Mẫu 01-HD KĐ.ĐG 2019', label: 'Báo cáo kiểm điểm của tập thể', rule: forms },
  { role: 'leader', code: '02', codeLabel: 'Mẫu 02-HD KĐ.ĐG 2019', label: 'Bản kiểm điểm cá nhân (một mẫu cho mọi cá nhân)', rule: forms },
  { role: 'non-leader', code: '02', codeLabel: 'Mẫu 02-HD KĐ.ĐG 2019', label: 'Bản kiểm điểm cá nhân (một mẫu cho mọi cá nhân)', rule: forms },
  { role: 'outside-system', code: '02', codeLabel: 'Mẫu 02-HD KĐ.ĐG 2019', label: 'Bản kiểm điểm cá nhân (một mẫu cho mọi cá nhân)', rule: forms },
];

export const contents: ContentItem[] = [
  { id: 'qd132.chung', group: 'common', audience: ['individual'], rule: general, formUnit: { '02': 'I.1' },
    text: 'Phẩm chất chính trị, đạo đức, lối sống; ý thức tổ chức kỷ luật; kết quả thực hiện chức trách, nhiệm vụ được giao trong năm (nội dung chi tiết theo HD 21 chưa được nhập).' },
  { id: 'qd132.tap-the', group: 'collective', audience: ['collective'], rule: general, formUnit: {},
    text: 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị; xây dựng tổ chức đảng, tập thể (nội dung chi tiết theo HD 21 chưa được nhập).' },
  { id: 'qd132.khac-phuc', group: 'carry-over', audience: ['everyone'], rule: general, formUnit: { '02': 'III' }, ifAny: true,
    text: 'Việc khắc phục hạn chế, khuyết điểm đã được chỉ ra ở kỳ kiểm điểm trước (nếu có).' },
];

export const places: PlaceRule[] = [
  { id: 'qd132.dang-vien', topic: 'member-place', rule: general, text: 'Đảng viên kiểm điểm ở chi bộ nơi sinh hoạt.' },
  { id: 'qd132.lanh-dao', topic: 'leader-places', rule: general, text: 'Cán bộ lãnh đạo, quản lý kiểm điểm ở chi bộ và ở tập thể lãnh đạo, quản lý nơi làm việc.' },
  { id: 'qd132.tap-the', topic: 'collective-place', rule: general, text: 'Tập thể kiểm điểm ở cấp của mình.' },
];

export const special: SpecialRule[] = [
  { id: 'qd132.hd21.nghi-om', title: 'Nghỉ ốm, thai sản (HD 21)', tags: ['leave'],
    rule: ref('qd132.hd21.nghi-om', 'HD 21-HD/BTCTW (2019), theo lawnet.vn', src('hd21-2019'), 'uncertain'),
    text: 'Theo một nguồn thứ cấp, HD 21 không xếp đảng viên nghỉ ốm, nghỉ thai sản dài ngày vào mức "Hoàn thành tốt nhiệm vụ" trở lên; chưa đối chiếu văn bản gốc.' },
];
