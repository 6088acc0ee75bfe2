import type { KiemDiemDB, StoredProfile } from './db';

/** The setting that names the active profile. */
export const ACTIVE_PROFILE_KEY = 'active-profile';

/**
 * The active profile as stored: the one the setting names, else the most recently changed. Light on purpose (no
 * schema): the work log's prefetch reads it before the screen's code has loaded (stores/worklog-read.ts).
 */
export async function readActiveProfile(db: KiemDiemDB): Promise<StoredProfile | undefined> {
  const setting = await db.settings.get(ACTIVE_PROFILE_KEY);
  const id = typeof setting?.value === 'string' ? setting.value : undefined;
  if (id) {
    const found = await db.profiles.get(id);
    if (found) return found;
  }
  return db.profiles.orderBy('updatedAt').reverse().first();
}
