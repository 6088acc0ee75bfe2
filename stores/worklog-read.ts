import type { WorklogEntry } from '@/domain/schemas/worklog';
import { useDatabase, type KiemDiemDB, type StoredWorklogEntry, type WorklogRecord } from './db';
import { readActiveProfile } from './active-profile';

/**
 * Reading a work log, light (no schema, no zod): its id, its entries in the log's order, and the prefetch that the
 * menu starts when «Sổ công việc» is chosen, so the entries are read while the screen's code loads (the log screen's
 * first paint with 2,000 entries: about 40 ms of code load and 50 ms of reading, one after the other without it).
 */

/** The log of a person with no profile yet (the profile may come later; the log keeps its id). */
export const NO_PROFILE = 'ca-nhan';

/** The id of one person's log for one year. */
export const logIdFor = (profileId: string | undefined, year: number): string => `${profileId || NO_PROFILE}:${year}`;

/** Entries in the order the log shows them: by their date (done, else deadline, else assigned), then by title. */
const dateKey = (e: WorklogEntry) => e.doneOn ?? e.deadline ?? e.assignedOn ?? '9999';
// One collator, made on first use: `localeCompare(…, 'vi')` builds one per call, and making it when the module loads
// would cost the side panel's first render (this module is in its first JavaScript, for the menu's prefetch).
let collator: Intl.Collator | undefined;
export const byLogOrder = (a: WorklogEntry, b: WorklogEntry): number => {
  const da = dateKey(a);
  const db = dateKey(b);
  return da < db ? -1 : da > db ? 1 : (collator ??= new Intl.Collator('vi')).compare(a.title, b.title);
};

export async function listEntries(db: KiemDiemDB, logId: string, opts: { deleted?: boolean } = {}): Promise<StoredWorklogEntry[]> {
  const rows = await db.worklogEntries.where('logId').equals(logId).toArray();
  return rows.filter((r) => (opts.deleted ? r.deletedAt !== undefined : r.deletedAt === undefined)).sort(byLogOrder);
}

export async function openLog(db: KiemDiemDB, year: number, profileId?: string): Promise<WorklogRecord> {
  const id = logIdFor(profileId, year);
  return db.transaction('rw', db.worklogs, async () => {
    const found = await db.worklogs.get(id);
    if (found) return found;
    const record: WorklogRecord = { id, profileId, year, updatedAt: Date.now(), quarters: [], stateEvaluations: [], history: [] };
    await db.worklogs.put(record);
    return record;
  });
}

export interface PrefetchedLog {
  year: number;
  profileId?: string;
  logId: string;
  /** undefined when the log does not exist yet (the screen creates it). */
  record?: WorklogRecord;
  entries: StoredWorklogEntry[];
}

/** A prefetch older than this is not used (the screen reads again). */
const PREFETCH_FRESH_MS = 5000;
let pending: { year: number; at: number; result: Promise<PrefetchedLog | undefined> } | undefined;
/** Once the screen has opened a log it stays alive (the shell keeps it): no prefetch is needed again. */
let screenOpened = false;

/** Starts reading the active profile's log of `year` (nothing is written; a failure is the screen's to report). */
export function prefetchWorklog(year: number, db: KiemDiemDB = useDatabase()): void {
  if (screenOpened) return;
  const result = (async () => {
    const profileId = (await readActiveProfile(db))?.id;
    const logId = logIdFor(profileId, year);
    const [record, entries] = await Promise.all([db.worklogs.get(logId), listEntries(db, logId)]);
    return { year, profileId, logId, record, entries };
  })().catch(() => undefined);
  pending = { year, at: Date.now(), result };
}

/** The prefetch of `year`, once: undefined when none was started, or it is stale. */
export function takePrefetch(year: number): Promise<PrefetchedLog | undefined> | undefined {
  const p = pending;
  pending = undefined;
  screenOpened = true;
  return p && p.year === year && Date.now() - p.at < PREFETCH_FRESH_MS ? p.result : undefined;
}

export type { StoredWorklogEntry, WorklogRecord };

/** The reads above on the shared database, for composables and components (which never touch stores/db). */
export const worklogReads = {
  getLog: (logId: string): Promise<WorklogRecord | undefined> => useDatabase().worklogs.get(logId),
  listEntries: (logId: string, opts?: { deleted?: boolean }): Promise<StoredWorklogEntry[]> => listEntries(useDatabase(), logId, opts),
  openLog: (year: number, profileId?: string): Promise<WorklogRecord> => openLog(useDatabase(), year, profileId),
  activeProfileId: async (): Promise<string | undefined> => (await readActiveProfile(useDatabase()))?.id,
};

/** The active profile's overlay id, read without the profile schema (the log's axes come from that overlay). */
export async function activeOverlayId(): Promise<string | undefined> {
  return (await readActiveProfile(useDatabase()))?.profile.overlayId;
}
