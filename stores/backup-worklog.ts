import type { Backup } from '@/domain/schemas/backup';
import type { BackupParts } from '@/domain/backup/build';
import type { ImportPlan, StoredIndex } from '@/domain/backup/plan';
import { mergeReplacedLog } from '@/domain/backup/worklog-merge';
import { base64Length, decodeBase64 } from '@/domain/core/base64';
import { formatNumberVi } from '@/domain/core/text';
import type { KiemDiemDB, StoredAttachment, StoredWorklogEntry, WorklogRecord } from './db';
import { WORKLOG_HISTORY_MAX } from './worklog';

/**
 * The work log's part of backup and restore (issue 16): its three tables read for the file, what is already
 * here for the plan, and the write inside the import's one transaction (stores/backup.ts).
 */
export const WORKLOG_TABLES = (db: KiemDiemDB) => [db.worklogs, db.worklogEntries, db.attachments];

/** Logs, entries (deleted ones too) and files, as stored; call inside a read transaction over WORKLOG_TABLES. */
export async function readWorklogParts(db: KiemDiemDB): Promise<Required<Pick<BackupParts, 'worklogs' | 'worklogEntries' | 'attachments'>>> {
  const [worklogs, worklogEntries, attachments] = await Promise.all([db.worklogs.toArray(), db.worklogEntries.toArray(), db.attachments.toArray()]);
  return { worklogs, worklogEntries, attachments };
}

/** What the plan needs to know of the work log here: the files by key only (their bytes are not read). */
export async function readWorklogIndex(db: KiemDiemDB): Promise<Pick<StoredIndex, 'worklogs' | 'worklogEntries' | 'attachments' | 'liveEntries'>> {
  const [logs, entries, files] = await Promise.all([db.worklogs.toArray(), db.worklogEntries.toArray(), db.attachments.toCollection().primaryKeys()]);
  return {
    worklogs: new Map(logs.map((l) => [l.id, l.updatedAt] as const)),
    worklogEntries: new Map(entries.map((e) => [e.id, e.updatedAt] as const)),
    attachments: new Set(files),
    liveEntries: new Map(entries.filter((e) => e.deletedAt === undefined).map((e) => [e.id, e.logId] as const)),
  };
}

/**
 * Writes the plan's logs, entries and files (inside the import's transaction). A replaced log keeps the device's
 * evaluations in its history (domain/backup/worklog-merge.ts); files are decoded here, only those written.
 */
export async function writeWorklogImport(db: KiemDiemDB, backup: Backup, plan: ImportPlan, now: number): Promise<void> {
  const wanted = (table: 'worklogs' | 'worklogEntries' | 'attachments') => new Set(plan.items.filter((i) => i.table === table && i.action !== 'skip').map((i) => i.id));
  const [logIds, entryIds, fileIds] = [wanted('worklogs'), wanted('worklogEntries'), wanted('attachments')];
  if (logIds.size + entryIds.size + fileIds.size === 0) return;
  const logs = backup.worklogs.filter((l) => logIds.has(l.id));
  const here = await db.worklogs.bulkGet(logs.map((l) => l.id));
  const records: WorklogRecord[] = logs.map((l, i) => {
    const old = here[i];
    return old ? mergeReplacedLog(l, old, now, WORKLOG_HISTORY_MAX) : l;
  });
  const entries: StoredWorklogEntry[] = backup.worklogEntries
    .filter((e) => entryIds.has(e.entry.id))
    .map(({ logId, updatedAt, deletedAt, entry }) => (deletedAt === undefined ? { ...entry, logId, updatedAt } : { ...entry, logId, updatedAt, deletedAt }));
  const files: StoredAttachment[] = backup.attachments
    .filter((a) => fileIds.has(a.id))
    .map(({ id, logId, name, type, size, addedAt, data }) => ({ id, logId, name, type, size, addedAt, data: decodeBase64(data).buffer as ArrayBuffer }));
  await Promise.all([
    records.length > 0 ? db.worklogs.bulkPut(records) : undefined,
    entries.length > 0 ? db.worklogEntries.bulkPut(entries) : undefined,
    files.length > 0 ? db.attachments.bulkPut(files) : undefined,
  ]);
}

/**
 * The files that leave the backup when it would pass `maxBytes` (`excess` bytes too many): the largest first, so
 * the fewest are left out. Their entries keep the reference; the import says the file is missing.
 */
export function attachmentsToLeaveOut(files: readonly Pick<StoredAttachment, 'id' | 'size'>[], excess: number): Set<string> {
  const out = new Set<string>();
  let saved = 0;
  for (const f of [...files].sort((a, b) => b.size - a.size)) {
    if (saved >= excess) break;
    out.add(f.id);
    saved += base64Length(f.size) + 200; // the record's other fields, generously
  }
  return out;
}

/** The note shown after an export that left files out. */
export function leftOutNote(files: readonly Pick<StoredAttachment, 'name' | 'size'>[], maxBytes: number): string {
  const mb = (b: number) => formatNumberVi(b / (1024 * 1024), 1);
  const names = files.slice(0, 5).map((f) => `«${f.name}» (${mb(f.size)} MB)`).join(', ');
  const more = files.length > 5 ? ` và ${files.length - 5} tệp khác` : '';
  return `Tệp sao lưu tối đa ${mb(maxBytes)} MB: ${files.length} tệp đính kèm của sổ công việc không được đưa vào (${names}${more}). Các tệp này vẫn ở trên máy; hãy lưu riêng chúng.`;
}
