import { defineStore } from 'pinia';
import { ProfileSchema, type Profile } from '@/domain/schemas/profile';
import { useDatabase, type StoredProfile } from './db';
import { newId, plain } from './drafts';
import { ACTIVE_PROFILE_KEY, readActiveProfile } from './active-profile';

export type { StoredProfile };

const ACTIVE_KEY = ACTIVE_PROFILE_KEY;

/**
 * Who is being reviewed. Most users have one profile; a unit head may keep one per collective they report for.
 * The active profile's answers are remembered by the role guide and used for new drafts.
 */
export const useProfilesStore = defineStore('profiles', () => {
  const db = () => useDatabase();

  const listProfiles = (): Promise<StoredProfile[]> => db().profiles.orderBy('updatedAt').reverse().toArray();

  const activeProfile = (): Promise<StoredProfile | undefined> => readActiveProfile(db());

  /** Validates and stores a profile (new when it has no id), and makes it the active one. */
  async function saveProfile(profile: Profile): Promise<StoredProfile> {
    const parsed = ProfileSchema.parse(plain(profile));
    const id = parsed.id ?? newId();
    const record: StoredProfile = { id, updatedAt: Date.now(), profile: { ...parsed, id } };
    await db().transaction('rw', db().profiles, db().settings, async () => {
      await db().profiles.put(record);
      await db().settings.put({ key: ACTIVE_KEY, value: id });
    });
    return record;
  }

  async function setActive(id: string): Promise<void> {
    await db().settings.put({ key: ACTIVE_KEY, value: id });
  }

  async function deleteProfile(id: string): Promise<void> {
    await db().profiles.delete(id);
  }

  return { listProfiles, activeProfile, saveProfile, setActive, deleteProfile };
});
