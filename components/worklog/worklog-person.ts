import { computed, onMounted, ref, type ComputedRef, type Ref } from 'vue';
import type { Profile } from '@/domain/schemas/profile';
import type { WorklogPerson } from '@/domain/schemas/worklog';
import { useProfilesStore } from '@/stores/profiles';
import type { WorklogView } from '@/composables/useWorklog';

/**
 * Who the work-log papers print (Mẫu 05, the state phiếu): what the person saved in the log (record.person), and
 * for each field left empty what the active profile has (name, birth date, posts, workplace, party units). The
 * profile is read once; the papers never invent what neither has (blanks print as dotted lines).
 */
export function personFromProfile(p: Profile | undefined): WorklogPerson {
  if (!p || p.subject.kind !== 'individual') return {};
  const s = p.subject;
  const out: WorklogPerson = {
    name: s.fullName || undefined,
    birthDate: s.birthDate,
    partyPost: s.partyPostText,
    govPost: s.jobTitle ?? s.leadershipPosts[0]?.title,
    unionPost: s.unionPostText,
    workUnit: s.workplace,
    partyUnit: p.partyUnit,
    upperPartyUnit: p.upperPartyUnit,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as WorklogPerson;
}

export interface WorklogPersonView {
  profile: Ref<Profile | undefined>;
  /** the profile's values under what the log saved. */
  person: ComputedRef<WorklogPerson>;
  /** a leader or manager by the profile (posts held). */
  leader: ComputedRef<boolean | undefined>;
}

export function useWorklogPerson(log: WorklogView): WorklogPersonView {
  const profile = ref<Profile>();
  onMounted(async () => {
    profile.value = (await useProfilesStore().activeProfile().catch(() => undefined))?.profile;
  });
  const person = computed<WorklogPerson>(() => ({ ...personFromProfile(profile.value), ...(log.record.value?.person ?? {}) }));
  const leader = computed(() => {
    const s = profile.value?.subject;
    if (!s || s.kind !== 'individual') return undefined;
    return s.leadershipPosts.length > 0 || s.holdsPosts === true;
  });
  return { profile, person, leader };
}
