import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DraftSchema, type Draft } from '../../domain/schemas/draft';
import { ProfileSchema } from '../../domain/schemas/profile';
import { KiemDiemDB } from '../../stores/db';
import type { BackupInput } from '../../domain/schemas/backup';
import { buildBackup, type BackupParts } from '../../domain/backup/build';
import { QuarterEvaluationSchema, type QuarterEvaluation } from '../../domain/schemas/quarter-evaluation';
import { StateEvaluationSchema } from '../../domain/schemas/state-evaluation';
import { WorklogEntrySchema } from '../../domain/schemas/worklog';

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

/** A quarter self-evaluation of 2026 (points out of 30 and 70). */
export const sampleQuarter = (quarter: number, general: number, results: number, extra: Partial<QuarterEvaluation> = {}): QuarterEvaluation =>
  QuarterEvaluationSchema.parse({ year: 2026, quarter, scores: { general: { score: general }, results: { score: results } }, ...extra });

/**
 * A work log of 2026 as stored: quarters I (decided) and II (proposed), a state evaluation, one history item; an
 * entry with its attached file (5 bytes) and a deleted entry.
 */
export function sampleWorklogParts(logId = 'p-1:2026', updatedAt = 1_750_000_000_000): Required<Pick<BackupParts, 'worklogs' | 'worklogEntries' | 'attachments'>> {
  const state = StateEvaluationSchema.parse({
    occupation: 'cong-chuc',
    regime: 'nd335-2025',
    period: { from: '2026-01-01', to: '2026-03-31' },
    general: 27,
    results: { quantity: 100, quality: 90, progress: 95 },
  });
  const entry = (e: Record<string, unknown>) => WorklogEntrySchema.parse(e);
  return {
    worklogs: [
      {
        id: logId,
        profileId: logId.split(':')[0],
        year: 2026,
        updatedAt,
        person: { name: 'Nguyễn Văn Ánh' },
        quarters: [sampleQuarter(1, 26, 59, { proposedGrade: 'HTXSNV', decidedGrade: 'HTTNV' }), sampleQuarter(2, 25, 60, { proposedGrade: 'HTTNV' })],
        stateEvaluations: [state],
        history: [{ savedAt: updatedAt - 1000, kind: 'quarter', quarter: sampleQuarter(1, 24, 55, { proposedGrade: 'HTNV' }) }],
      },
    ],
    worklogEntries: [
      {
        ...entry({
          id: 'e-1',
          title: 'Báo cáo sơ kết quý I',
          status: 'dung-han',
          doneOn: '2026-03-30',
          evidence: { docNumber: '12/BC-VP', attachment: { id: 'f-1', name: 'bao-cao.pdf', size: 5, type: 'application/pdf' } },
        }),
        logId,
        updatedAt,
      },
      { ...entry({ id: 'e-2', title: 'Thẩm định hồ sơ', status: 'cham', deadline: '2026-01-20', doneOn: '2026-01-25' }), logId, updatedAt, deletedAt: updatedAt },
    ],
    attachments: [{ id: 'f-1', logId, name: 'bao-cao.pdf', type: 'application/pdf', size: 5, addedAt: updatedAt, data: new Uint8Array([37, 80, 68, 70, 45]).buffer }],
  };
}

/** A small but complete backup: 2 drafts (one with history), a profile, a roster, an overlay, settings, a work log. */
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
      ...sampleWorklogParts(),
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
