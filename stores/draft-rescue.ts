import type { Draft } from '@/domain/schemas/draft';
import { useDatabase } from './db';

/**
 * What was on screen when the page hid or closed, written in one request that is sent and committed before the
 * page handler returns. A normal save needs several round trips (read the revision, write, keep a version) and
 * the browser ends the page's transactions when it destroys the page: a paste saved that way right before a
 * reload or close was lost. The editor merges a rescue copy back the next time the draft opens.
 */
export const RESCUE_PREFIX = 'rescue:';

export interface RescueCopy {
  /** the stored draft the text on screen was edited from, and the text on screen. */
  base: Draft;
  working: Draft;
  at: number;
}

/** Writes the rescue copy at once (native IndexedDB, explicit commit). Returns false when it could not. */
export function writeRescue(base: Draft, working: Draft): boolean {
  try {
    const idb = useDatabase().backendDB();
    if (!idb) return false;
    const tx = idb.transaction(['settings'], 'readwrite', { durability: 'relaxed' });
    const value: RescueCopy = { base, working, at: Date.now() };
    tx.objectStore('settings').put({ key: `${RESCUE_PREFIX}${working.id}`, value });
    tx.commit();
    return true;
  } catch {
    return false;
  }
}

/** The rescue copy of a draft, if one was left. */
export async function readRescue(draftId: string): Promise<RescueCopy | undefined> {
  const row = await useDatabase().settings.get(`${RESCUE_PREFIX}${draftId}`);
  const v = row?.value as Partial<RescueCopy> | undefined;
  return v?.base?.id === draftId && v.working?.id === draftId ? (v as RescueCopy) : undefined;
}

export async function dropRescue(draftId: string): Promise<void> {
  await useDatabase().settings.delete(`${RESCUE_PREFIX}${draftId}`);
}
