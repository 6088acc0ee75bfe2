import { defineStore } from 'pinia';
import { formatZodError } from '@/domain/schemas/errors';
import {
  ATTACHMENT_MAX_BYTES,
  WORKLOG_MAX_ENTRIES,
  WorklogEntrySchema,
  WorklogPersonSchema,
  WorklogSchema,
  type AttachmentRef,
  type Worklog,
  type WorklogEntry,
  type WorklogPerson,
} from '@/domain/schemas/worklog';
import { QuarterEvaluationSchema, type QuarterEvaluation } from '@/domain/schemas/quarter-evaluation';
import { StateEvaluationSchema, type StateEvaluation } from '@/domain/schemas/state-evaluation';
import { useDatabase, type KiemDiemDB, type StoredAttachment, type StoredWorklogEntry, type WorklogRecord } from './db';
import { newId, plain } from './drafts';
import { listEntries, logIdFor, openLog } from './worklog-read';

export type { StoredWorklogEntry, WorklogRecord, StoredAttachment };
export { NO_PROFILE, logIdFor, byLogOrder, listEntries, openLog } from './worklog-read';

/** Earlier states of quarter and state evaluations kept per log (oldest dropped first). */
export const WORKLOG_HISTORY_MAX = 50;


/** A change refused because the input is not valid: Vietnamese lines naming the field. */
export class WorklogInputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'WorklogInputError';
  }
}

function parseOrThrow<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, value: unknown): T {
  const r = schema.safeParse(plain(value));
  if (!r.success) throw new WorklogInputError(formatZodError(r.error));
  return r.data;
}

const strip = (e: StoredWorklogEntry): WorklogEntry => {
  const { logId: _l, updatedAt: _u, deletedAt: _d, ...entry } = e;
  return entry;
};


// ---- plain functions on a database (the store below wraps them; tests and the backup call them directly) ----



/** Validates and stores entries (new ids where missing); refuses the lot when one is invalid or the log would overflow. */
export async function putEntries(db: KiemDiemDB, logId: string, inputs: readonly (Partial<WorklogEntry> & Pick<WorklogEntry, 'title' | 'status'>)[]): Promise<WorklogEntry[]> {
  const errors: string[] = [];
  const entries = inputs.map((input, i) => {
    const r = WorklogEntrySchema.safeParse(plain({ ...input, id: input.id || newId() }));
    if (!r.success) errors.push(...formatZodError(r.error).map((l) => (inputs.length > 1 ? `Mục ${i + 1}: ${l}` : l)));
    return r.success ? r.data : undefined;
  });
  if (errors.length > 0) throw new WorklogInputError(errors);
  const now = Date.now();
  await db.transaction('rw', db.worklogEntries, db.worklogs, async () => {
    // The log's index counted first (a few ms with 2,000 entries): only a log near the cap reads its rows to count
    // the live ones (tens of ms; the log screen's budget is 20 ms from Enter to saved).
    const stored = await db.worklogEntries.where('logId').equals(logId).count();
    if (stored + entries.length <= WORKLOG_MAX_ENTRIES) {
      await db.worklogEntries.bulkPut(entries.map((e) => ({ ...e!, logId, updatedAt: now })));
      await db.worklogs.update(logId, { updatedAt: now });
      return;
    }
    const live = new Set(await db.worklogEntries.where('logId').equals(logId).filter((r) => r.deletedAt === undefined).primaryKeys());
    const adding = entries.filter((e) => !live.has(e!.id)).length;
    if (live.size + adding > WORKLOG_MAX_ENTRIES)
      throw new WorklogInputError([`Sổ công việc giữ tối đa ${WORKLOG_MAX_ENTRIES.toLocaleString('vi-VN')} mục; đang có ${live.size.toLocaleString('vi-VN')}, thêm ${adding.toLocaleString('vi-VN')} thì vượt.`]);
    await db.worklogEntries.bulkPut(entries.map((e) => ({ ...e!, logId, updatedAt: now })));
    await db.worklogs.update(logId, { updatedAt: now });
  });
  return entries as WorklogEntry[];
}

/** Deleting keeps the entry (with `deletedAt`) so it can be restored; `purge` removes it and its file for good. */
export async function deleteEntry(db: KiemDiemDB, id: string, purge = false): Promise<void> {
  await db.transaction('rw', db.worklogEntries, db.attachments, async () => {
    const row = await db.worklogEntries.get(id);
    if (!row) return;
    if (!purge) return void (await db.worklogEntries.update(id, { deletedAt: Date.now(), updatedAt: Date.now() }));
    await db.worklogEntries.delete(id);
    if (row.evidence?.attachment) await db.attachments.delete(row.evidence.attachment.id);
  });
}

export async function restoreEntry(db: KiemDiemDB, id: string): Promise<void> {
  await db.worklogEntries.where('id').equals(id).modify((r) => {
    delete r.deletedAt;
    r.updatedAt = Date.now();
  });
}

async function updateRecord(db: KiemDiemDB, logId: string, change: (r: WorklogRecord) => void): Promise<WorklogRecord> {
  return db.transaction('rw', db.worklogs, async () => {
    const r = await db.worklogs.get(logId);
    if (!r) throw new WorklogInputError([`Không thấy sổ công việc «${logId}».`]);
    change(r);
    r.updatedAt = Date.now();
    if (r.history.length > WORKLOG_HISTORY_MAX) r.history.splice(0, r.history.length - WORKLOG_HISTORY_MAX);
    await db.worklogs.put(r);
    return r;
  });
}

/** Stores a quarter's self-evaluation (one per quarter); the one it replaces goes into the history. */
export async function saveQuarter(db: KiemDiemDB, logId: string, input: QuarterEvaluation): Promise<QuarterEvaluation> {
  const q = parseOrThrow<QuarterEvaluation>(QuarterEvaluationSchema, input);
  await updateRecord(db, logId, (r) => {
    const i = r.quarters.findIndex((x) => x.quarter === q.quarter);
    if (i >= 0) r.history.push({ savedAt: Date.now(), kind: 'quarter', quarter: r.quarters[i]! });
    r.quarters = [...r.quarters.filter((x) => x.quarter !== q.quarter), q].sort((a, b) => a.quarter - b.quarter);
  });
  return q;
}

/** Stores a state evaluation (one per period, by its first and last day); the one it replaces goes into the history. */
export async function saveStateEvaluation(db: KiemDiemDB, logId: string, input: StateEvaluation): Promise<StateEvaluation> {
  const s = parseOrThrow<StateEvaluation>(StateEvaluationSchema, input);
  const same = (x: StateEvaluation) => x.period.from === s.period.from && x.period.to === s.period.to;
  await updateRecord(db, logId, (r) => {
    const old = r.stateEvaluations.find(same);
    if (old) r.history.push({ savedAt: Date.now(), kind: 'state', state: old });
    r.stateEvaluations = [...r.stateEvaluations.filter((x) => !same(x)), s].sort((a, b) => (a.period.from < b.period.from ? -1 : 1));
  });
  return s;
}

export async function savePerson(db: KiemDiemDB, logId: string, input: WorklogPerson): Promise<WorklogPerson> {
  const person = parseOrThrow<WorklogPerson>(WorklogPersonSchema, input);
  await updateRecord(db, logId, (r) => void (r.person = person));
  return person;
}

/** Keeps a file on this device for an entry's evidence; refuses files over the cap (named in the message). */
export async function addAttachment(db: KiemDiemDB, logId: string, file: { name: string; type: string; data: ArrayBuffer }): Promise<AttachmentRef> {
  const size = file.data.byteLength;
  if (size > ATTACHMENT_MAX_BYTES)
    throw new WorklogInputError([`Tệp «${file.name}» nặng ${(size / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB; sổ công việc nhận tệp đến ${ATTACHMENT_MAX_BYTES / 1048576} MB.`]);
  const ref: AttachmentRef = { id: newId(), name: file.name.slice(0, 255) || 'tep', size, type: file.type.slice(0, 100) };
  await db.attachments.put({ ...ref, logId, addedAt: Date.now(), data: file.data });
  return ref;
}

export const readAttachment = (db: KiemDiemDB, id: string): Promise<StoredAttachment | undefined> => db.attachments.get(id);
export const deleteAttachment = (db: KiemDiemDB, id: string): Promise<void> => db.attachments.delete(id);

/** The log as the domain reads it (domain/schemas/worklog.ts): live entries, quarters and state evaluations. */
export async function loadWorklog(db: KiemDiemDB, logId: string): Promise<Worklog | undefined> {
  const record = await db.worklogs.get(logId);
  if (!record) return undefined;
  const entries = (await listEntries(db, logId)).map(strip);
  return WorklogSchema.parse({ v: 1, year: record.year, person: record.person, entries, quarters: record.quarters, stateEvaluations: record.stateEvaluations });
}

/** Pinia facade over the functions above, on the shared database. */
export const useWorklogStore = defineStore('worklog', () => {
  const db = () => useDatabase();
  return {
    logIdFor,
    openLog: (year: number, profileId?: string) => openLog(db(), year, profileId),
    listLogs: () => db().worklogs.orderBy('year').reverse().toArray(),
    getLog: (logId: string) => db().worklogs.get(logId),
    listEntries: (logId: string, opts?: { deleted?: boolean }) => listEntries(db(), logId, opts),
    putEntries: (logId: string, inputs: Parameters<typeof putEntries>[2]) => putEntries(db(), logId, inputs),
    putEntry: async (logId: string, input: Parameters<typeof putEntries>[2][number]) => (await putEntries(db(), logId, [input]))[0]!,
    deleteEntry: (id: string, purge?: boolean) => deleteEntry(db(), id, purge),
    restoreEntry: (id: string) => restoreEntry(db(), id),
    saveQuarter: (logId: string, q: QuarterEvaluation) => saveQuarter(db(), logId, q),
    saveStateEvaluation: (logId: string, s: StateEvaluation) => saveStateEvaluation(db(), logId, s),
    savePerson: (logId: string, p: WorklogPerson) => savePerson(db(), logId, p),
    addAttachment: (logId: string, file: { name: string; type: string; data: ArrayBuffer }) => addAttachment(db(), logId, file),
    readAttachment: (id: string) => readAttachment(db(), id),
    deleteAttachment: (id: string) => deleteAttachment(db(), id),
    loadWorklog: (logId: string) => loadWorklog(db(), logId),
    findLogForYear: (year: number, profileId?: string) => findLogForYear(db(), year, profileId),
  };
});

/**
 * The log a draft of `year` draws from, without creating one: the profile's own log of that year, else the only
 * log of that year on this device; undefined when there is none (or several with no way to choose).
 */
export async function findLogForYear(db: KiemDiemDB, year: number, profileId?: string): Promise<WorklogRecord | undefined> {
  const own = await db.worklogs.get(logIdFor(profileId, year));
  if (own) return own;
  const ofYear = await db.worklogs.where('year').equals(year).toArray();
  return ofYear.length === 1 ? ofYear[0] : undefined;
}
