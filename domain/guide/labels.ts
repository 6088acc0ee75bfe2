import type { CollectiveKind, Occupation } from '../schemas/profile';
import type { GuideRole } from './types';

export const OCCUPATION_LABELS: Record<Occupation, string> = {
  'can-bo': 'Cán bộ (bầu cử, phê chuẩn)',
  'cong-chuc': 'Công chức',
  'vien-chuc': 'Viên chức',
  'luc-luong-vu-trang': 'Lực lượng vũ trang',
  'nguoi-lao-dong-he-thong-chinh-tri': 'Người lao động trong cơ quan của hệ thống chính trị',
  'doanh-nghiep-nha-nuoc': 'Làm việc ở doanh nghiệp nhà nước',
  'huu-tri': 'Hưu trí',
  'hoc-sinh-sinh-vien': 'Học sinh, sinh viên',
  'doanh-nghiep-tu-nhan': 'Làm việc ở doanh nghiệp tư nhân',
  'cong-nhan-nong-dan': 'Công nhân, nông dân, lao động tự do',
  'khac-ngoai-he-thong': 'Khác, không làm việc trong hệ thống chính trị',
};

export const COLLECTIVE_KIND_LABELS: Record<CollectiveKind, string> = {
  'dang-uy-co-so': 'Đảng ủy cơ sở (ban chấp hành đảng bộ cơ sở)',
  'dang-uy-bo-phan': 'Đảng ủy bộ phận',
  'chi-bo-co-so': 'Chi bộ cơ sở',
  'chi-bo-truc-thuoc': 'Chi bộ trực thuộc',
  'ban-thuong-vu': 'Ban thường vụ cấp ủy',
  'tap-the-lanh-dao-quan-ly': 'Tập thể lãnh đạo, quản lý cơ quan, đơn vị',
};

export const ROLE_LABELS: Record<GuideRole, string> = {
  collective: 'Tập thể',
  leader: 'Cá nhân giữ chức vụ lãnh đạo, quản lý',
  'non-leader': 'Cá nhân không giữ chức vụ lãnh đạo, quản lý',
  'outside-system': 'Đảng viên không làm việc trong hệ thống chính trị',
  'individual-unknown': 'Cá nhân (chưa rõ nơi làm việc)',
};

export const PARTY_STATUS_LABELS = {
  'chinh-thuc': 'Đảng viên chính thức',
  'du-bi': 'Đảng viên dự bị',
  'mien-sinh-hoat': 'Được miễn công tác và sinh hoạt đảng',
  'dinh-chi-sinh-hoat': 'Bị đình chỉ sinh hoạt đảng',
} as const;
