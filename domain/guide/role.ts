import { CIVIL_SERVANT_OCCUPATIONS, OUTSIDE_POLITICAL_SYSTEM, type Individual, type LeadershipPost, type Profile } from '../schemas/profile';
import type { GuideRole } from './types';


/** Posts held at the reference date (no end date, or ending on/after it). */
export function activePosts(subject: Individual, referenceDate: string): LeadershipPost[] {
  return subject.leadershipPosts.filter((p) => !p.endDate || p.endDate >= referenceDate);
}

export function guideRole(profile: Profile, referenceDate: string): GuideRole {
  const s = profile.subject;
  if (s.kind === 'collective') return 'collective';
  if (activePosts(s, referenceDate).length > 0) return 'leader';
  if (!s.occupation) return 'individual-unknown';
  return OUTSIDE_POLITICAL_SYSTEM.includes(s.occupation) ? 'outside-system' : 'non-leader';
}

export const isCivilServant = (s: Individual): boolean => !!s.occupation && CIVIL_SERVANT_OCCUPATIONS.includes(s.occupation);
