import { nfc } from '../core/text';
import type { Profile } from '../schemas/profile';
import { COLLECTIVE_KIND_LABELS } from './labels';

/**
 * How a stored profile is named in the profile switcher (mine, my chi bộ, my unit's leadership collective):
 * the name, then what it is. Names not typed yet are said so.
 */
export interface ProfileLabel {
  name: string;
  what: string;
}

export function profileLabel(profile: Profile): ProfileLabel {
  const s = profile.subject;
  if (s.kind === 'individual') {
    return { name: nfc(s.fullName.trim() || 'Cá nhân (chưa ghi họ tên)'), what: 'Cá nhân' };
  }
  return { name: nfc(s.name.trim() || 'Tập thể (chưa ghi tên)'), what: s.collectiveKind ? COLLECTIVE_KIND_LABELS[s.collectiveKind] : 'Tập thể' };
}

/** A stable order for the switcher: individuals first, then collectives, each by name (Vietnamese order). */
export function sortProfiles<T extends { id: string; profile: Profile }>(list: T[]): T[] {
  const rank = (p: Profile) => (p.subject.kind === 'individual' ? 0 : 1);
  return [...list].sort(
    (a, b) => rank(a.profile) - rank(b.profile) || profileLabel(a.profile).name.localeCompare(profileLabel(b.profile).name, 'vi') || a.id.localeCompare(b.id),
  );
}
