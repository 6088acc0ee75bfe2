import { z } from 'zod';
import { QuarterEvaluationSchema } from './quarter-evaluation';
import { StateEvaluationSchema } from './state-evaluation';
import { ATTACHMENT_MAX_BYTES, WORKLOG_MAX_ENTRIES, WorklogEntrySchema, WorklogPersonSchema } from './worklog';
import { clip } from './errors';
import { BASE64_PATTERN, base64ByteLength, base64Length } from '../core/base64';
import { formatNumberVi } from '../core/text';

/**
 * The work log in the backup file (v3, issue 16): each log record with its quarter and state evaluations and
 * their history, every entry (soft-deleted ones too, with `deletedAt`), and the attached files' bytes as base64.
 * Records are written as the app stores them (stores/db.ts: WorklogRecord, StoredWorklogEntry, StoredAttachment);
 * an entry is wrapped as `{ logId, updatedAt, deletedAt?, entry }` so the entry itself is checked by its schema.
 */
export const WORKLOG_BACKUP_LIMITS = {
  worklogs: 1000,
  historyPerLog: 500,
  /** all entries of the file; each log also holds at most WORKLOG_MAX_ENTRIES live entries, as in the app. */
  worklogEntries: 100_000,
  attachments: 1000,
  /** `<profile id>:<year>`: a profile id (100) and the year. */
  logIdChars: 120,
  /** all attached files together (bytes): the file's own bound (stores/backup.ts MAX_BACKUP_BYTES). */
  attachmentBytes: 50 * 1024 * 1024,
} as const;

const timestamp = z.number().int().nonnegative();
const logId = z.string().min(1, { error: 'cần mã sổ công việc' }).max(WORKLOG_BACKUP_LIMITS.logIdChars);
const mb = (bytes: number) => formatNumberVi(bytes / (1024 * 1024), 1);

export const BackupWorklogHistoryItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ savedAt: timestamp, kind: z.literal('quarter'), quarter: QuarterEvaluationSchema }),
    z.object({ savedAt: timestamp, kind: z.literal('state'), state: StateEvaluationSchema }),
  ],
  { error: 'cần «kind» là "quarter" hoặc "state"' },
);

export const BackupWorklogSchema = z.object({
  id: logId,
  profileId: z.string().min(1).max(100).optional(),
  year: z.number({ error: 'cần năm' }).int().min(2018).max(2100),
  updatedAt: timestamp,
  person: WorklogPersonSchema.optional(),
  quarters: z.array(QuarterEvaluationSchema).max(8).default([]),
  stateEvaluations: z.array(StateEvaluationSchema).max(24).default([]),
  history: z.array(BackupWorklogHistoryItemSchema).max(WORKLOG_BACKUP_LIMITS.historyPerLog).default([]),
});
export type BackupWorklog = z.infer<typeof BackupWorklogSchema>;

export const BackupWorklogEntrySchema = z.object({
  logId,
  updatedAt: timestamp,
  /** set: deleted in the app (kept, restorable). */
  deletedAt: timestamp.optional(),
  entry: WorklogEntrySchema,
});
export type BackupWorklogEntry = z.infer<typeof BackupWorklogEntrySchema>;

export const BackupAttachmentSchema = z
  .object({
    id: z.string().min(1, { error: 'cần mã tệp' }).max(100),
    logId,
    name: z.string().min(1, { error: 'cần tên tệp' }).max(255),
    type: z.string().max(100).default(''),
    size: z
      .number({ error: 'cần kích thước (byte)' })
      .int({ error: 'cần số nguyên (byte)' })
      .min(0)
      .max(ATTACHMENT_MAX_BYTES, { error: `tệp lớn quá ${mb(ATTACHMENT_MAX_BYTES)} MB (giới hạn của sổ công việc)` }),
    addedAt: timestamp,
    /** the file's bytes, base64. */
    data: z
      .string({ error: 'cần nội dung tệp (base64)' })
      .max(base64Length(ATTACHMENT_MAX_BYTES), { error: `nội dung lớn quá ${mb(ATTACHMENT_MAX_BYTES)} MB (giới hạn của sổ công việc)` })
      .regex(BASE64_PATTERN, { error: 'nội dung tệp không phải base64 hợp lệ' }),
  })
  .superRefine((a, ctx) => {
    const bytes = base64ByteLength(a.data);
    if (bytes !== a.size)
      ctx.addIssue({ code: 'custom', path: ['data'], message: `nội dung dài ${bytes} byte, khác kích thước «size» (${a.size} byte)` });
  });
export type BackupAttachment = z.infer<typeof BackupAttachmentSchema>;

/** The new lists of v3, added to the backup object's shape. */
export const worklogListsShape = {
  worklogs: z.array(BackupWorklogSchema).max(WORKLOG_BACKUP_LIMITS.worklogs).default([]),
  worklogEntries: z.array(BackupWorklogEntrySchema).max(WORKLOG_BACKUP_LIMITS.worklogEntries).default([]),
  attachments: z.array(BackupAttachmentSchema).max(WORKLOG_BACKUP_LIMITS.attachments).default([]),
};

interface WorklogLists {
  worklogs: readonly { id: string }[];
  worklogEntries: readonly { logId: string; deletedAt?: number | undefined }[];
  attachments: readonly { logId: string; size: number }[];
}

/**
 * What holds between the lists: every entry and file belongs to a log of the file, a log holds at most
 * WORKLOG_MAX_ENTRIES live entries (the app refuses more), all files together stay within the file's bound.
 */
export function checkWorklogLinks(b: WorklogLists, ctx: z.RefinementCtx): void {
  const logs = new Set(b.worklogs.map((l) => l.id));
  const live = new Map<string, number>();
  b.worklogEntries.forEach((e, i) => {
    if (!logs.has(e.logId)) ctx.addIssue({ code: 'custom', path: ['worklogEntries', i, 'logId'], message: `sổ công việc «${clip(e.logId)}» không có trong tệp` });
    if (e.deletedAt === undefined) live.set(e.logId, (live.get(e.logId) ?? 0) + 1);
  });
  for (const [id, count] of live)
    if (count > WORKLOG_MAX_ENTRIES) {
      const i = b.worklogs.findIndex((l) => l.id === id);
      ctx.addIssue({
        code: 'custom',
        path: i >= 0 ? ['worklogs', i, 'id'] : ['worklogEntries'],
        message: `sổ «${clip(id)}» có ${formatNumberVi(count, 0)} mục chưa xóa; một sổ giữ tối đa ${formatNumberVi(WORKLOG_MAX_ENTRIES, 0)} mục`,
      });
    }
  let total = 0;
  b.attachments.forEach((a, i) => {
    if (!logs.has(a.logId)) ctx.addIssue({ code: 'custom', path: ['attachments', i, 'logId'], message: `sổ công việc «${clip(a.logId)}» không có trong tệp` });
    total += a.size;
  });
  if (total > WORKLOG_BACKUP_LIMITS.attachmentBytes)
    ctx.addIssue({
      code: 'custom',
      path: ['attachments'],
      message: `các tệp đính kèm tổng cộng ${mb(total)} MB, quá ${mb(WORKLOG_BACKUP_LIMITS.attachmentBytes)} MB của một tệp sao lưu`,
    });
}

/**
 * Entries whose evidence names a file the backup does not carry (removed on the device, or left out of a backup
 * too large): imported without the file, said in a note. At most `max` lines, then how many more.
 */
export function missingAttachmentNotes(b: { worklogEntries: readonly BackupWorklogEntry[]; attachments: readonly { id: string }[] }, max = 10): string[] {
  const files = new Set(b.attachments.map((a) => a.id));
  const missing = b.worklogEntries.filter((e) => e.entry.evidence?.attachment && !files.has(e.entry.evidence.attachment.id));
  const lines = missing.slice(0, max).map(({ entry }) => {
    const file = entry.evidence!.attachment!;
    return `Mục công việc «${clip(entry.title)}» (mã «${clip(entry.id)}») dẫn đến tệp đính kèm «${clip(file.name)}» (mã «${clip(file.id)}») không có trong tệp sao lưu: mục vẫn được nhập, tệp thì không.`;
  });
  if (missing.length > max) lines.push(`Và ${formatNumberVi(missing.length - max, 0)} mục công việc khác dẫn đến tệp đính kèm không có trong tệp sao lưu.`);
  return lines;
}
