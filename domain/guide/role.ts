import type { Individual, LeadershipPost, Occupation, Profile } from '../schemas/profile';
import type { GuideRole } from './types';

/** Occupations outside the political system (HD 43 mục 2.1 b: hưu trí, học sinh, sinh viên, doanh nghiệp tư nhân…). */
export const OUTSIDE_SYSTEM: readonly Occupation[] = [
  'huu-tri',
  'hoc-sinh-sinh-vien',
  'doanh-nghiep-tu-nhan',
  'cong-nhan-nong-dan',
  'khac-ngoai-he-thong',
];

/** Cán bộ, công chức, viên chức, người lao động graded by their agency before the party grade. */
export const CIVIL_SERVANT: readonly Occupation[] = ['can-bo', 'cong-chuc', 'vien-chuc', 'nguoi-lao-dong-he-thong-chinh-tri'];

/** Posts held at the reference date (no end date, or ending on/after it). */
export function activePosts(subject: Individual, referenceDate: string): LeadershipPost[] {
  return subject.leadershipPosts.filter((p) => !p.endDate || p.endDate >= referenceDate);
}

export function guideRole(profile: Profile, referenceDate: string): GuideRole {
  const s = profile.subject;
  if (s.kind === 'collective') return 'collective';
  if (activePosts(s, referenceDate).length > 0) return 'leader';
  if (!s.occupation) return 'individual-unknown';
  return OUTSIDE_SYSTEM.includes(s.occupation) ? 'outside-system' : 'non-leader';
}

export const isCivilServant = (s: Individual): boolean => !!s.occupation && CIVIL_SERVANT.includes(s.occupation);
