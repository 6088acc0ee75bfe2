import { formatZodError } from '@/domain/schemas/errors';
import { WORKLOG_MAX_ENTRIES, WorklogEntrySchema, type WorklogEntry } from '@/domain/schemas/worklog';
import { useDatabase, type KiemDiemDB } from './db';
import { newId, plain } from './drafts';
import { WorklogInputError, putEntries } from './worklog';

type EntryInput = Partial<WorklogEntry> & Pick<WorklogEntry, 'title' | 'status'>;

/**
 * putEntries (stores/worklog.ts) for the log screen's keystrokes: the same validation, the same refusals and the
 * same records, but the cap is checked by counting the log's index first (a few ms), and only a log near the cap
 * (live + deleted + new above WORKLOG_MAX_ENTRIES) reads its rows to count the live ones — which putEntries does
 * on every call (tens of ms with 2,000 entries, issue 16 budget "keystroke → saved < 20 ms").
 */
export async function addEntries(db: KiemDiemDB, logId: string, inputs: readonly EntryInput[]): Promise<WorklogEntry[]> {
  const errors: string[] = [];
  const entries = inputs.map((input, i) => {
    const r = WorklogEntrySchema.safeParse(plain({ ...input, id: input.id || newId() }));
    if (!r.success) errors.push(...formatZodError(r.error).map((l) => (inputs.length > 1 ? `Mục ${i + 1}: ${l}` : l)));
    return r.success ? r.data : undefined;
  });
  if (errors.length > 0) throw new WorklogInputError(errors);
  const valid = entries as WorklogEntry[];
  const now = Date.now();
  const fast = await db.transaction('rw', db.worklogEntries, db.worklogs, async () => {
    const stored = await db.worklogEntries.where('logId').equals(logId).count();
    if (stored + valid.length > WORKLOG_MAX_ENTRIES) return false;
    await db.worklogEntries.bulkPut(valid.map((e) => ({ ...e, logId, updatedAt: now })));
    await db.worklogs.update(logId, { updatedAt: now });
    return true;
  });
  // Near the cap: the exact count of live entries (and its Vietnamese refusal) is putEntries'.
  return fast ? valid : putEntries(db, logId, valid);
}

/** The store-facing form, on the shared database. */
export const addWorklogEntries = (logId: string, inputs: readonly EntryInput[]): Promise<WorklogEntry[]> => addEntries(useDatabase(), logId, inputs);
