import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from '@/domain/schemas/draft';
import type { Profile } from '@/domain/schemas/profile';

/**
 * The one IndexedDB database of the product. Versions are numbered and never edited once released:
 * add `this.version(N + 1).stores({...}).upgrade(tx => ...)` for every change (see tests/stores/db-upgrade.test.ts).
 * Components never use this module directly; stores do.
 */
export interface DraftVersion {
  seq?: number;
  draftId: string;
  savedAt: number;
  /** why this version was kept: periodic autosave snapshot, before a restore, before composition… */
  reason: 'autosave' | 'before-restore' | 'before-compose' | 'manual';
  /**
   * A draft's versions form a chain in `seq` order (domain/sync/version-chain.ts): a version may leave out the
   * sections it shares with the next one and name them here; the last one is complete. Records written before
   * 2026-11 have no `same` and are complete, which the chain reads as they are. Read through
   * stores/drafts.ts (listVersions), never by `draft` alone.
   */
  same?: string[];
  draft: Draft;
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
}

export const summaryOf = ({ id, title, reviewYear, formCode, rulebookId, updatedAt, rev }: Draft): DraftSummaryRecord => ({
  id,
  title,
  reviewYear,
  formCode,
  rulebookId,
  updatedAt,
  rev,
});

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'kiem-diem';

export class KiemDiemDB extends Dexie {
  drafts!: EntityTable<Draft, 'id'>;
  draftVersions!: EntityTable<DraftVersion, 'seq'>;
  profiles!: EntityTable<StoredProfile, 'id'>;
  rosters!: EntityTable<StoredRecord, 'id'>;
  overlays!: EntityTable<StoredRecord, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  draftSummaries!: EntityTable<DraftSummaryRecord, 'id'>;

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
    // Pattern for the next version (do not edit released versions above; version 1 is frozen in tests/stores/db-upgrade.test.ts):
    //   this.version(3)
    //     .stores({ drafts: 'id, updatedAt, reviewYear, formCode' }) // only the tables whose indexes change; null deletes a table
    //     .upgrade(async (tx) => {
    //       // rewrite records in place; never drop a field the user typed
    //       await tx.table('drafts').toCollection().modify((d) => { d.newField ??= defaultValue; });
    //     });
    // Then: bump the draft/profile schema `v` if their shape changed (with an up() migration), add a v2 case to
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
  await db.drafts.delete(id);
  await db.draftSummaries.delete(id);
  await db.draftVersions.where('draftId').equals(id).delete();
}

let instance: KiemDiemDB | undefined;

/** The shared database (tests may call `useDatabase(new KiemDiemDB('test-…'))` first). */
export function useDatabase(replacement?: KiemDiemDB): KiemDiemDB {
  if (replacement) instance = replacement;
  instance ??= new KiemDiemDB();
  return instance;
}
