import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DraftSchema, type Draft } from '../../domain/schemas/draft';
import { ProfileSchema } from '../../domain/schemas/profile';
import { KiemDiemDB } from '../../stores/db';
import type { BackupInput } from '../../domain/schemas/backup';
import { buildBackup } from '../../domain/backup/build';

/** Shared test data for stores and safety tests: real fixture drafts, a fresh database per test. */
export function fixtureDraft(name = 'qd366-2025-02A', overrides: Partial<Draft> = {}): Draft {
  const path = join(process.cwd(), 'tests/fixtures/drafts', `${name}.json`);
  return DraftSchema.parse({ ...JSON.parse(readFileSync(path, 'utf8')), ...overrides });
}

export const sampleProfile = ProfileSchema.parse({
  id: 'p-1',
  reviewYear: 2025,
  partyUnit: 'Chi bộ Văn phòng',
  subject: { kind: 'individual', fullName: 'Nguyễn Văn Ánh', occupation: 'cong-chuc' },
});

let counter = 0;
/** A fresh, uniquely named database (fake-indexeddb). */
export function freshDb(prefix = 'test'): KiemDiemDB {
  counter++;
  return new KiemDiemDB(`${prefix}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A small but complete backup: 2 drafts (one with history), a profile, a roster, an overlay, settings. */
export function sampleBackup(exportedAt = 1_760_000_000_000): BackupInput {
  const a = fixtureDraft('qd366-2025-02A', { updatedAt: 1_750_000_000_000 });
  const b = fixtureDraft('qd124-2023-01', { updatedAt: 1_750_000_000_000 });
  const older = { ...a, sections: { 'A.I.1': { text: 'Bản cũ hơn.' } }, updatedAt: 1_740_000_000_000 };
  return structuredClone(buildBackup(
    {
      profiles: [{ id: 'p-1', updatedAt: 1_750_000_000_000, profile: sampleProfile }],
      drafts: [{ draft: a, versions: [{ savedAt: 1_740_000_000_000, reason: 'autosave', draft: older }] }, { draft: b }],
      rosters: [{ id: 'r-1', updatedAt: 1_750_000_000_000, data: { v: 1, members: [{ name: 'Trần Thị Bình' }] } }],
      overlays: [{ id: 'ha-tinh-2023-xa-a', updatedAt: 1_750_000_000_000, data: { v: 1, id: 'ha-tinh-2023-xa-a' } }],
      settings: [
        { key: 'ui:last-screen', value: 'drafts' },
        { key: 'fill-mapping:dichvucong.example', value: { fields: { 'A.I.1': '#noi-dung' } } },
      ],
    },
    exportedAt,
  ));
}

/** Everything in the database, as plain data, for "nothing changed" comparisons. */
export async function dumpDb(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
