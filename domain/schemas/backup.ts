import { z } from 'zod';
import { DraftSchema } from './draft';
import { ProfileSchema } from './profile';
import { clip } from './errors';
import { rejectUnknownKeys } from './strict';
import { INVISIBLE_CHARS } from '../core/json-depth';
import { checkWorklogLinks, WORKLOG_BACKUP_LIMITS, worklogListsShape } from './backup-worklog';

/**
 * Backup v2: everything the app keeps on this device, in one JSON file the user downloads and can import back
 * (same or another browser). Drafts carry their version history. Rosters, overlays and settings are kept as
 * stored (their own schemas validate them when read), so a backup never drops data another part added,
 * e.g. `fill-mapping:*` settings.
 * v2 (2026): a version may leave out the sections it shares with the next version of its list (or, for the
 * last one, with the draft itself) and name them in `same` (domain/sync/version-chain.ts). v1 files, whose
 * versions are complete, are read as they are.
 * v3 (issue 16): the work logs with their evaluations and history, their entries (deleted ones too) and the
 * attached files (base64) — domain/schemas/backup-worklog.ts. v1 and v2 files are upgraded with empty lists.
 */
export const BACKUP_FORMAT = 'kiem-diem-backup';
export const BACKUP_VERSION = 3;

/** Limits that keep a hostile or broken file from exhausting memory; far above real use. */
export const BACKUP_LIMITS = {
  drafts: 5000,
  versionsPerDraft: 500,
  profiles: 5000,
  records: 5000,
  settings: 10000,
  idChars: 100,
  settingKeyChars: 300,
  ...WORKLOG_BACKUP_LIMITS,
} as const;

const id = z.string().min(1, { error: 'cần mã (id)' }).max(BACKUP_LIMITS.idChars);
const timestamp = z.number().int().nonnegative();

export const VERSION_REASONS_V1 = ['autosave', 'before-restore', 'before-compose', 'manual'] as const;
/**
 * Why a version was kept. 2026: 'opened' (the draft as it was when first opened in a session, before any edit),
 * 'before-paste' (before a paste over more than a paragraph), 'conflict' (another window's text, kept before a
 * save of this one replaced it).
 */
export const VERSION_REASONS = [...VERSION_REASONS_V1, 'opened', 'before-paste', 'conflict'] as const;

/** v1: every version complete. Frozen. */
export const BackupVersionV1Schema = z.object({
  savedAt: timestamp,
  reason: z.enum(VERSION_REASONS_V1).default('manual'),
  draft: DraftSchema,
});

/** v2: `same` names the sections taken from the next version of the list (the draft itself, for the last). */
export const BackupVersionSchema = BackupVersionV1Schema.extend({
  reason: z.enum(VERSION_REASONS).default('manual'),
  same: z.array(z.string().max(100)).max(2000).optional(),
});
export type BackupVersion = z.infer<typeof BackupVersionSchema>;

const backupDraftSchema = <V extends typeof BackupVersionV1Schema>(version: V) => z
  .object({
    draft: DraftSchema,
    versions: z.array(version).max(BACKUP_LIMITS.versionsPerDraft).default([]),
  })
  .superRefine((entry, ctx) => {
    entry.versions.forEach((version, i) => {
      if (version.draft.id !== entry.draft.id)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'draft', 'id'],
          message: `phiên bản thuộc bản kiểm điểm khác («${clip(version.draft.id)}» thay vì «${clip(entry.draft.id)}»)`,
        });
    });
  });
export const BackupDraftSchema = backupDraftSchema(BackupVersionSchema);
export type BackupDraft = z.infer<typeof BackupDraftSchema>;

export const BackupProfileSchema = z.object({ id, updatedAt: timestamp, profile: ProfileSchema });
export type BackupProfile = z.infer<typeof BackupProfileSchema>;

const present = z.unknown().refine((v) => v !== undefined, { error: 'thiếu giá trị bắt buộc' });

/** A roster or overlay as stored; its own schema validates `data` when the app reads it. */
export const BackupRecordSchema = z.object({ id, updatedAt: timestamp, data: present });
export type BackupRecord = z.infer<typeof BackupRecordSchema>;

export const BackupSettingSchema = z.object({
  key: z.string().min(1, { error: 'cần khóa' }).max(BACKUP_LIMITS.settingKeyChars),
  value: present,
});
export type BackupSetting = z.infer<typeof BackupSettingSchema>;

/** Ids must be unique inside each list, or the import could not say which record wins. */
function uniqueBy<T>(list: readonly T[], key: (item: T) => string, path: (i: number) => PropertyKey[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: path(i), message: `mã «${clip(k)}» bị trùng trong tệp` });
    seen.add(k);
  });
}

/** The lists every version has (v1 and v2 frozen: their shape never changes). */
const backupShape = <N extends number, V extends typeof BackupVersionV1Schema>(v: N, version: V) => z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'không phải tệp sao lưu của Kiểm điểm' }),
  v: z.literal(v),
  /** ms since epoch when the file was written. */
  exportedAt: timestamp,
  /** app version that wrote the file (informative). */
  app: z.string().max(50).optional(),
  profiles: z.array(BackupProfileSchema).max(BACKUP_LIMITS.profiles).default([]),
  drafts: z.array(backupDraftSchema(version)).max(BACKUP_LIMITS.drafts).default([]),
  rosters: z.array(BackupRecordSchema).max(BACKUP_LIMITS.records).default([]),
  overlays: z.array(BackupRecordSchema).max(BACKUP_LIMITS.records).default([]),
  settings: z.array(BackupSettingSchema).max(BACKUP_LIMITS.settings).default([]),
});

type Keyed = (item: never) => string;
type Path = (i: number) => PropertyKey[];
/** The id lists of a backup: each id visible (no zero-width characters) and unique in its list. */
function checkIds(lists: [list: readonly unknown[], key: Keyed, path: Path, visible: boolean][], ctx: z.RefinementCtx): void {
  for (const [list, key, path, visible] of lists) {
    // Ids that differ only by invisible characters would import as two look-alike records.
    if (visible)
      list.forEach((item, i) => {
        const k = key(item as never);
        if (INVISIBLE_CHARS.test(k)) ctx.addIssue({ code: 'custom', path: path(i), message: `mã «${clip(k)}» có ký tự vô hình (độ rộng bằng 0)` });
      });
    uniqueBy(list, key as (item: unknown) => string, path, ctx);
  }
}

interface BaseLists {
  drafts: readonly { draft: { id: string } }[];
  profiles: readonly { id: string }[];
  rosters: readonly { id: string }[];
  overlays: readonly { id: string }[];
  settings: readonly { key: string }[];
}
const baseIds = (b: BaseLists): Parameters<typeof checkIds>[0] => [
  [b.drafts, (d: { draft: { id: string } }) => d.draft.id, (i) => ['drafts', i, 'draft', 'id'], true],
  [b.profiles, (p: { id: string }) => p.id, (i) => ['profiles', i, 'id'], true],
  [b.rosters, (r: { id: string }) => r.id, (i) => ['rosters', i, 'id'], true],
  [b.overlays, (o: { id: string }) => o.id, (i) => ['overlays', i, 'id'], true],
  [b.settings, (s: { key: string }) => s.key, (i) => ['settings', i, 'key'], false],
];

export const BackupV1Schema = backupShape(1, BackupVersionV1Schema).superRefine((b, ctx) => checkIds(baseIds(b), ctx));
export const BackupV2Schema = backupShape(2, BackupVersionSchema).superRefine((b, ctx) => checkIds(baseIds(b), ctx));
export const BackupV3Schema = backupShape(3, BackupVersionSchema)
  .extend(worklogListsShape)
  .superRefine((b, ctx) => {
    checkIds(
      [
        ...baseIds(b),
        [b.worklogs, (l: { id: string }) => l.id, (i) => ['worklogs', i, 'id'], true],
        [b.worklogEntries, (e: { entry: { id: string } }) => e.entry.id, (i) => ['worklogEntries', i, 'entry', 'id'], true],
        [b.attachments, (a: { id: string }) => a.id, (i) => ['attachments', i, 'id'], true],
      ],
      ctx,
    );
    // An entry's or file's log id is checked where it points (checkWorklogLinks); a look-alike one is named too.
    b.worklogEntries.forEach((e, i) => {
      if (INVISIBLE_CHARS.test(e.logId)) ctx.addIssue({ code: 'custom', path: ['worklogEntries', i, 'logId'], message: `mã «${clip(e.logId)}» có ký tự vô hình (độ rộng bằng 0)` });
    });
    checkWorklogLinks(b, ctx);
  });
export type BackupV2 = z.infer<typeof BackupV2Schema>;
export type BackupV3 = z.infer<typeof BackupV3Schema>;
export type BackupInput = z.input<typeof BackupV3Schema>;
export type Backup = BackupV3;
/**
 * What an imported file is checked against: the current version, refusing keys it does not know (a file edited
 * by hand, or written by something else) with the key and its record named. Rosters', overlays' and settings'
 * contents are `unknown` here, so their keys are left to their own schemas when the app reads them.
 */
export const BackupSchema = rejectUnknownKeys(BackupV3Schema);

/** The lists of a backup, in the order the import shows them. */
export const BACKUP_TABLES = ['profiles', 'drafts', 'rosters', 'overlays', 'settings', 'worklogs', 'worklogEntries', 'attachments'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Upgrades an older backup object, one version at a time, to the current version before validation.
 * For v4: add `3: (b) => ({ ...b, v: 4, newList: [] })`, keep the older schemas frozen, and add a test that a
 * v3 file still imports (tests/fixtures/backups/ keeps a file of each older version).
 */
export const BACKUP_UPGRADES: Readonly<Record<number, (input: Record<string, unknown>) => Record<string, unknown>>> = {
  // v1 versions are complete: a v2 version without `same`.
  1: (b) => ({ ...b, v: 2 }),
  // v2 files have no work log.
  2: (b) => ({ ...b, v: 3, worklogs: [], worklogEntries: [], attachments: [] }),
};

export type UpgradeResult = { ok: true; value: unknown } | { ok: false; errors: string[] };

export function upgradeBackup(input: unknown): UpgradeResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: ['Tệp không phải tệp sao lưu của Kiểm điểm (cần một đối tượng JSON).'] };
  let current = input as Record<string, unknown>;
  if (current.format !== BACKUP_FORMAT)
    return { ok: false, errors: ['Tệp không phải tệp sao lưu của Kiểm điểm (thiếu dấu hiệu «format»: "kiem-diem-backup").'] };
  for (let guard = 0; guard < 100; guard++) {
    const v = current.v;
    if (v === BACKUP_VERSION) return { ok: true, value: current };
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      return { ok: false, errors: ['Trường «v»: phiên bản tệp sao lưu không hợp lệ.'] };
    if (v > BACKUP_VERSION)
      return { ok: false, errors: [`Tệp sao lưu phiên bản ${v} do bản Kiểm điểm mới hơn tạo ra; hãy cập nhật ứng dụng rồi nhập lại.`] };
    const step = BACKUP_UPGRADES[v];
    if (!step) return { ok: false, errors: [`Không có cách nâng cấp tệp sao lưu phiên bản ${v}.`] };
    current = step(current);
  }
  return { ok: false, errors: ['Không nâng cấp được tệp sao lưu.'] };
}
