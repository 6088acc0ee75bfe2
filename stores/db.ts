import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from '@/domain/schemas/draft';
import type { Profile } from '@/domain/schemas/profile';
import { compactChain, resolveChain } from '@/domain/sync/version-chain';
import { whoOf } from '@/domain/drafting/card';
import type { WorklogEntry, WorklogPerson } from '@/domain/schemas/worklog';
import type { QuarterEvaluation } from '@/domain/schemas/quarter-evaluation';
import type { StateEvaluation } from '@/domain/schemas/state-evaluation';

/**
 * The one IndexedDB database of the product. Versions are numbered and never edited once released:
 * add `this.version(N + 1).stores({...}).upgrade(tx => ...)` for every change (see tests/stores/db-upgrade.test.ts).
 * Components never use this module directly; stores do.
 */
export type VersionReason = 'autosave' | 'before-restore' | 'before-compose' | 'manual' | 'opened' | 'before-paste' | 'conflict';

/** One kept version of a draft, complete, as the history screen and restore use it. */
export interface DraftVersion {
  draftId: string;
  /** numbers the versions of one draft, in the order they were kept. */
  seq: number;
  savedAt: number;
  /** why this version was kept: periodic autosave snapshot, before a restore, before composition… */
  reason: VersionReason;
  draft: Draft;
}

/** A version as stored inside its draft's history: it may leave out what it shares with the next one. */
export interface StoredVersion extends Omit<DraftVersion, 'draftId'> {
  /** sections taken from the next version (domain/sync/version-chain.ts); the last version has none. */
  same?: string[];
}

/**
 * A draft's whole history in one record (v3): the versions oldest first, as a chain. One record per draft
 * instead of one per version: an import of 1,000 drafts with 3,000 versions writes 1,000 history records,
 * and each record stays small because versions repeat nothing (a 20-page draft, 50 versions: ~0.3 MB, not 2.8).
 * Read and written through stores/history.ts only.
 */
export interface DraftHistoryRecord {
  draftId: string;
  nextSeq: number;
  versions: StoredVersion[];
}

export interface StoredProfile {
  id: string;
  updatedAt: number;
  profile: Profile;
}

export interface StoredRecord {
  id: string;
  updatedAt: number;
  /** validated by its own zod schema when read (roster, overlay). */
  data: unknown;
}

/** What the draft list shows, kept beside each draft so the list never loads whole drafts (v2). */
export interface DraftSummaryRecord {
  id: string;
  title: string;
  reviewYear: number;
  formCode: Draft['formCode'];
  rulebookId: Draft['rulebookId'];
  updatedAt: number;
  /** the draft's revision: a save compares it without loading the whole draft. */
  rev: number;
  /** The person or collective the draft is about (the card's title; '' when none); absent in summaries written before it. */
  who?: string;
}

export const summaryOf = (draft: Draft): DraftSummaryRecord => {
  const { id, title, reviewYear, formCode, rulebookId, updatedAt, rev } = draft;
  return { id, title, reviewYear, formCode, rulebookId, updatedAt, rev, who: whoOf(draft) };
};

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * One person's work log for one year (v5, issue 16): who keeps it, the quarter self-evaluations and the state
 * evaluations. Its entries are records of their own (`worklogEntries`), so adding one writes one small record.
 * Read and written through stores/worklog.ts only.
 */
export interface WorklogRecord {
  /** `<profile id or "ca-nhan">:<year>` (stores/worklog.ts logIdFor). */
  id: string;
  profileId?: string;
  year: number;
  updatedAt: number;
  person?: WorklogPerson;
  quarters: QuarterEvaluation[];
  stateEvaluations: StateEvaluation[];
  /** earlier states of quarter and state evaluations, newest last, bounded (stores/worklog.ts). */
  history: WorklogHistoryItem[];
}

export type WorklogHistoryItem =
  | { savedAt: number; kind: 'quarter'; quarter: QuarterEvaluation }
  | { savedAt: number; kind: 'state'; state: StateEvaluation };

/** A work-log entry as stored: the entry, its log, when it changed, and when it was deleted (kept, restorable). */
export type StoredWorklogEntry = WorklogEntry & { logId: string; updatedAt: number; deletedAt?: number };

/** A file attached to an entry's evidence, kept on this device only (bytes, not a Blob: plain to clone and back up). */
export interface StoredAttachment {
  id: string;
  logId: string;
  name: string;
  type: string;
  size: number;
  addedAt: number;
  data: ArrayBuffer;
}

export const DB_NAME = 'kiem-diem';

export class KiemDiemDB extends Dexie {
  drafts!: EntityTable<Draft, 'id'>;
  draftHistories!: EntityTable<DraftHistoryRecord, 'draftId'>;
  profiles!: EntityTable<StoredProfile, 'id'>;
  rosters!: EntityTable<StoredRecord, 'id'>;
  overlays!: EntityTable<StoredRecord, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  draftSummaries!: EntityTable<DraftSummaryRecord, 'id'>;
  worklogs!: EntityTable<WorklogRecord, 'id'>;
  worklogEntries!: EntityTable<StoredWorklogEntry, 'id'>;
  attachments!: EntityTable<StoredAttachment, 'id'>;

  constructor(name = DB_NAME) {
    // 'relaxed': a commit is done once the browser has the data, without waiting for the disk flush (Chromium's
    // own default for most sites). It survives closing the tab or a browser crash; only a power cut in the same
    // instant could lose the last keystrokes. Saves in a 20-page draft then take a few milliseconds.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      drafts: 'id, updatedAt, reviewYear',
      draftVersions: '++seq, draftId, [draftId+savedAt]',
      profiles: 'id, updatedAt',
      rosters: 'id, updatedAt',
      overlays: 'id, updatedAt',
      settings: 'key',
    });
    // v2: the draft list reads small summaries instead of whole drafts (1,000 drafts: one list in under 100 ms).
    // Every write of a draft goes through putDraftRecord / deleteDraftRecord below, in the same transaction.
    this.version(2)
      .stores({ draftSummaries: 'id, updatedAt' })
      .upgrade(async (tx) => {
        const drafts = (await tx.table('drafts').toArray()) as Draft[];
        await tx.table('draftSummaries').bulkPut(drafts.map(summaryOf));
      });
    // v3: a draft's versions move from one record each (draftVersions) into one history record per draft, as a
    // chain that repeats nothing (stores/history.ts). v4 then drops the old table (Dexie reads a table in an
    // upgrade only when it is deleted in a later version).
    this.version(3)
      .stores({ draftHistories: 'draftId' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('draftVersions').toArray()) as (StoredVersion & { draftId: string })[];
        const byDraft = new Map<string, (StoredVersion & { draftId: string })[]>();
        for (const row of rows) byDraft.set(row.draftId, [...(byDraft.get(row.draftId) ?? []), row]);
        await tx.table('draftHistories').bulkPut([...byDraft].map(([draftId, chain]) => historyFromRows(draftId, chain)));
      });
    this.version(4).stores({ draftVersions: null });
    // v5 (issue 16): the year-round work log. New tables only; nothing older changes.
    this.version(5).stores({
      worklogs: 'id, year, updatedAt',
      worklogEntries: 'id, logId, updatedAt',
      attachments: 'id, logId',
    });
    // Pattern for the next version (do not edit released versions above; version 1 is frozen in tests/stores/db-upgrade.test.ts):
    //   this.version(3)
    //     .stores({ drafts: 'id, updatedAt, reviewYear, formCode' }) // only the tables whose indexes change; null deletes a table
    //     .upgrade(async (tx) => {
    //       // rewrite records in place; never drop a field the user typed
    //       await tx.table('drafts').toCollection().modify((d) => { d.newField ??= defaultValue; });
    //     });
    // Then: bump the draft/profile schema `v` if their shape changed (with an up() migration), add a case to
    // db-upgrade.test.ts (v1 database → current class → every record survives, upgraded), and a backup upgrade
    // step in domain/schemas/backup.ts (BACKUP_UPGRADES) if the backup file shape changes.
  }
}

/** Writes a draft and its list summary (call inside a transaction that includes both tables). */
export async function putDraftRecord(db: KiemDiemDB, draft: Draft): Promise<void> {
  await Promise.all([db.drafts.put(draft), db.draftSummaries.put(summaryOf(draft))]);
}

/** Deletes a draft, its summary and its history (call inside a transaction that includes the three tables). */
export async function deleteDraftRecord(db: KiemDiemDB, id: string): Promise<void> {
  await Promise.all([db.drafts.delete(id), db.draftSummaries.delete(id), db.draftHistories.delete(id)]);
}

/**
 * v2 → v3: the rows of one draft (one per version, complete, or chained in `seq` order) become one history,
 * oldest first by time, repeating nothing.
 */
function historyFromRows(draftId: string, rows: (StoredVersion & { draftId: string })[]): DraftHistoryRecord {
  const complete = resolveChain(rows).sort((a, b) => a.savedAt - b.savedAt);
  const versions = compactChain(complete.map(({ savedAt, reason, draft }, i) => ({ seq: i + 1, savedAt, reason, draft })));
  return { draftId, nextSeq: versions.length + 1, versions };
}

let instance: KiemDiemDB | undefined;

/** The shared database (tests may call `useDatabase(new KiemDiemDB('test-…'))` first). */
export function useDatabase(replacement?: KiemDiemDB): KiemDiemDB {
  if (replacement) instance = replacement;
  instance ??= new KiemDiemDB();
  return instance;
}
