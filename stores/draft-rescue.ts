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

/**
 * The same copy in localStorage, written synchronously: when the page's process is killed a few milliseconds after
 * a paste, Chromium aborts the IndexedDB transaction it had not finished committing (1 of 3 crash trials lost the
 * paste with IndexedDB alone), while a localStorage write has already left the page. Bounded: a copy over this many
 * characters is not written there (the IndexedDB copy still is).
 */
export const RESCUE_LOCAL_MAX_CHARS = 2_000_000;
const localKey = (draftId: string) => `kd.${RESCUE_PREFIX}${draftId}`;

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser's settings
  }
}

/** Writes the rescue copy at once (native IndexedDB with an explicit commit, and localStorage). False when neither could. */
export function writeRescue(base: Draft, working: Draft): boolean {
  const value: RescueCopy = { base, working, at: Date.now() };
  let written = false;
  try {
    const json = JSON.stringify(value);
    if (json.length <= RESCUE_LOCAL_MAX_CHARS) {
      local()?.setItem(localKey(working.id), json);
      written = local() !== undefined;
    }
  } catch {
    // quota full: the IndexedDB copy below still goes
  }
  try {
    const idb = useDatabase().backendDB();
    if (!idb) return written;
    const tx = idb.transaction(['settings'], 'readwrite', { durability: 'relaxed' });
    tx.objectStore('settings').put({ key: `${RESCUE_PREFIX}${working.id}`, value });
    tx.commit();
    return true;
  } catch {
    return written;
  }
}

const valid = (draftId: string, v: Partial<RescueCopy> | undefined): v is RescueCopy =>
  v?.base?.id === draftId && v.working?.id === draftId && typeof v.at === 'number';

function readLocal(draftId: string): RescueCopy | undefined {
  try {
    const text = local()?.getItem(localKey(draftId));
    const v = text ? (JSON.parse(text) as Partial<RescueCopy>) : undefined;
    return valid(draftId, v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The rescue copy of a draft, if one was left: the newer of the two places. */
export async function readRescue(draftId: string): Promise<RescueCopy | undefined> {
  const row = await useDatabase().settings.get(`${RESCUE_PREFIX}${draftId}`);
  const fromDb = row?.value as Partial<RescueCopy> | undefined;
  const fromLocal = readLocal(draftId);
  const copies = [valid(draftId, fromDb) ? fromDb : undefined, fromLocal].filter((c): c is RescueCopy => c !== undefined);
  return copies.sort((a, b) => b.at - a.at)[0];
}

export async function dropRescue(draftId: string): Promise<void> {
  try {
    local()?.removeItem(localKey(draftId));
  } catch {
    // nothing to drop
  }
  await useDatabase().settings.delete(`${RESCUE_PREFIX}${draftId}`);
}
