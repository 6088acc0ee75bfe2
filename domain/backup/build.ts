import { BACKUP_FORMAT, BACKUP_VERSION, type BackupInput, type BackupVersion } from '../schemas/backup';
import { compactChain, resolveChain } from '../sync/version-chain';
import type { Draft } from '../schemas/draft';
import type { Profile } from '../schemas/profile';
import type { BackupWorklog } from '../schemas/backup-worklog';
import type { WorklogEntry } from '../schemas/worklog';
import { encodeBase64 } from '../core/base64';

/** A version as the stores read it (a stored history entry may carry its number). */
type PartVersion = BackupVersion & { seq?: number };

/** Building the backup object written to the file (export), from what the stores read. */
export interface BackupParts {
  profiles?: { id: string; updatedAt: number; profile: Profile }[];
  drafts?: { draft: Draft; versions?: PartVersion[] }[];
  rosters?: { id: string; updatedAt: number; data: unknown }[];
  overlays?: { id: string; updatedAt: number; data: unknown }[];
  settings?: { key: string; value: unknown }[];
  /** work logs as stored (stores/db.ts WorklogRecord). */
  worklogs?: (Omit<BackupWorklog, 'person'> & { person?: BackupWorklog['person'] })[];
  /** entries as stored: the entry with its log, time of change and of deletion. */
  worklogEntries?: (WorklogEntry & { logId: string; updatedAt: number; deletedAt?: number })[];
  /** attached files as stored, their bytes as they are. */
  attachments?: { id: string; logId: string; name: string; type: string; size: number; addedAt: number; data: ArrayBuffer | Uint8Array }[];
}

export const APP_NAME = 'kiem-diem';

/**
 * The file content. Stored records are written as they are (never re-validated here: an export must not fail
 * because one old record would not pass today's schema; the import names such a record instead).
 */
export function buildBackup(parts: BackupParts, exportedAt: number): BackupInput {
  return {
    format: BACKUP_FORMAT,
    v: BACKUP_VERSION,
    exportedAt,
    app: APP_NAME,
    profiles: (parts.profiles ?? []).map(({ id, updatedAt, profile }) => ({ id, updatedAt, profile })),
    drafts: (parts.drafts ?? []).map(({ draft, versions }) => ({ draft, versions: fileVersions(draft, versions ?? []) })),
    rosters: (parts.rosters ?? []).map(({ id, updatedAt, data }) => ({ id, updatedAt, data })),
    overlays: (parts.overlays ?? []).map(({ id, updatedAt, data }) => ({ id, updatedAt, data })),
    settings: (parts.settings ?? []).map(({ key, value }) => ({ key, value })),
    worklogs: (parts.worklogs ?? []).map(({ id, profileId, year, updatedAt, person, quarters, stateEvaluations, history }) => ({
      id,
      ...(profileId === undefined ? {} : { profileId }),
      year,
      updatedAt,
      ...(person === undefined ? {} : { person }),
      quarters,
      stateEvaluations,
      history,
    })),
    worklogEntries: (parts.worklogEntries ?? []).map(({ logId, updatedAt, deletedAt, ...entry }) =>
      deletedAt === undefined ? { logId, updatedAt, entry } : { logId, updatedAt, deletedAt, entry },
    ),
    attachments: (parts.attachments ?? []).map(({ id, logId, name, type, size, addedAt, data }) => ({ id, logId, name, type, size, addedAt, data: encodeBase64(data) })),
  };
}

/**
 * A draft's versions for the file, in the stored chain's order: each keeps only the sections that differ from
 * the next one, the last only those that differ from the draft (1,000 drafts with 3 versions each: 7.6 MB
 * instead of 25). Stored versions are already a chain (stores/history.ts); they are resolved first.
 */
function fileVersions(draft: Draft, versions: PartVersion[]): BackupVersion[] {
  const chain = resolveChain(versions.map(({ savedAt, reason, draft: d, same }) => ({ savedAt, reason, draft: d, same })));
  return compactChain<BackupVersion>(chain, draft);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "kiem-diem-sao-luu-2025-12-05.json", in local time (the day the user sees). */
export function backupFileName(date: Date): string {
  return `kiem-diem-sao-luu-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Without indentation: 15% smaller and faster to write and read (1,000 drafts with history: 7.6 MB, not 8.9). */
export const serializeBackup = (backup: BackupInput): string => JSON.stringify(backup);
