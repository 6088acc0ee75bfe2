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

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      drafts: 'id, updatedAt, reviewYear',
      draftVersions: '++seq, draftId, [draftId+savedAt]',
      profiles: 'id, updatedAt',
      rosters: 'id, updatedAt',
      overlays: 'id, updatedAt',
      settings: 'key',
    });
    // Pattern for the next version (do not edit version 1 above; it is frozen in tests/stores/db-upgrade.test.ts):
    //   this.version(2)
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

let instance: KiemDiemDB | undefined;

/** The shared database (tests may call `useDatabase(new KiemDiemDB('test-…'))` first). */
export function useDatabase(replacement?: KiemDiemDB): KiemDiemDB {
  if (replacement) instance = replacement;
  instance ??= new KiemDiemDB();
  return instance;
}
