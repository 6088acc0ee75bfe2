import { decodeText } from '@/domain/core/decode-text';
import { defineStore } from 'pinia';
import { ref, toRaw } from 'vue';
import type { Backup } from '@/domain/schemas/backup';
import type { Draft } from '@/domain/schemas/draft';
import { backupFileName, buildBackup, serializeBackup } from '@/domain/backup/build';
import { parseBackupText } from '@/domain/backup/parse';
import { fitDraft, OVERFLOW_KEY_PREFIX, type Overflow } from '@/domain/backup/fit';
import { resolveChain } from '@/domain/sync/version-chain';
import { planImport, TABLE_NOUNS, type ImportPlan, type PlanItem, type StoredIndex } from '@/domain/backup/plan';
import { summaryOf, useDatabase, type DraftHistoryRecord, type KiemDiemDB, type StoredVersion, type VersionReason } from './db';
import { appendToHistory } from './history';
import { mark } from './perf-marks';
import { plain } from './drafts';
import { attachmentsToLeaveOut, leftOutNote, readWorklogIndex, readWorklogParts, WORKLOG_TABLES, writeWorklogImport } from './backup-worklog';

/**
 * Backup and restore of everything stored on this device: export to one JSON file, import with a plan shown
 * first, applied in ONE transaction (any failure leaves the database exactly as it was).
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupFile {
  blob: Blob;
  fileName: string;
  /** what the file leaves out and why (Vietnamese), e.g. attached files past the size bound. */
  notes?: string[];
}

export async function exportBackup(db: KiemDiemDB = useDatabase(), now = new Date(), maxBytes = MAX_BACKUP_BYTES): Promise<BackupFile> {
  const parts = await db.transaction('r', [db.drafts, db.draftHistories, db.profiles, db.rosters, db.overlays, db.settings, ...WORKLOG_TABLES(db)], async () => {
    const [drafts, histories, profiles, rosters, overlays, settings, worklog] = await Promise.all([
      db.drafts.toArray(),
      db.draftHistories.toArray(),
      db.profiles.toArray(),
      db.rosters.toArray(),
      db.overlays.toArray(),
      db.settings.toArray(),
      readWorklogParts(db),
    ]);
    const byDraft = new Map(histories.map((h) => [h.draftId, h.versions] as const));
    const fitted = fitForBackup(drafts.map((draft) => ({ draft, versions: byDraft.get(draft.id) ?? [] })), settings);
    return { profiles, drafts: fitted.drafts, rosters, overlays, settings: fitted.settings, ...worklog };
  });
  const file = toFile(buildBackup(parts, now.getTime()), now);
  if (file.blob.size <= maxBytes || parts.attachments.length === 0) return file;
  // Too large to import again: the largest attached files stay out (said to the user), the rest goes in.
  const out = attachmentsToLeaveOut(parts.attachments, file.blob.size - maxBytes);
  const kept = toFile(buildBackup({ ...parts, attachments: parts.attachments.filter((a) => !out.has(a.id)) }, now.getTime()), now);
  return { ...kept, notes: [leftOutNote(parts.attachments.filter((a) => out.has(a.id)), maxBytes)] };
}

/**
 * Drafts and versions within the schema's limits (domain/backup/fit.ts); what was cut goes into the setting
 * `overflow:<draft id>` of the file (joined to one already stored), so the backup imports and keeps every word.
 */
function fitForBackup(drafts: { draft: Draft; versions: StoredVersion[] }[], settings: { key: string; value: unknown }[]) {
  const extra = new Map<string, Overflow[]>();
  const note = (id: string, found: Overflow[]) => found.length > 0 && extra.set(id, [...(extra.get(id) ?? []), ...found]);
  const out = drafts.map(({ draft, versions }) => {
    const fit = fitDraft(draft);
    note(draft.id, fit.overflow);
    const fittedVersions = resolveChain(versions).map((v) => {
      const f = fitDraft(v.draft);
      note(draft.id, f.overflow.map((o) => ({ ...o, path: `phiên bản ${v.seq}: ${o.path}` })));
      return { ...v, draft: f.draft };
    });
    return { draft: fit.draft, versions: fittedVersions };
  });
  if (extra.size === 0) return { drafts: out, settings };
  const merged = settings.filter((s) => !extra.has(s.key.slice(OVERFLOW_KEY_PREFIX.length)) || !s.key.startsWith(OVERFLOW_KEY_PREFIX));
  for (const [id, parts] of extra) {
    const stored = settings.find((s) => s.key === `${OVERFLOW_KEY_PREFIX}${id}`)?.value as { parts?: Overflow[] } | undefined;
    merged.push({ key: `${OVERFLOW_KEY_PREFIX}${id}`, value: { parts: [...(stored?.parts ?? []), ...parts] } });
  }
  return { drafts: out, settings: merged };
}

function toFile(backup: ReturnType<typeof buildBackup>, now: Date): BackupFile {
  return { blob: new Blob([serializeBackup(backup)], { type: 'application/json' }), fileName: backupFileName(now) };
}

/** Saves a file through the browser's download (no network: an object URL of a local Blob). */
export function downloadFile({ blob, fileName }: BackupFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/* ---------- what is on screen, for when the database cannot be used ---------- */

const onScreen = new Set<() => Draft | undefined>();

/** An editor registers its working copy; the returned function unregisters it. */
export function registerOnScreenDraft(get: () => Draft | undefined): () => void {
  onScreen.add(get);
  return () => onScreen.delete(get);
}

/** A backup file of the drafts open on screen (works without IndexedDB). */
export function onScreenBackup(now = new Date()): BackupFile {
  const drafts = [...onScreen].map((get) => get()).filter((d): d is Draft => Boolean(d));
  return toFile(buildBackup({ drafts: drafts.map((d) => ({ draft: plain(d) })) }, now.getTime()), now);
}

export const onScreenDraftCount = (): number => [...onScreen].filter((get) => get()).length;

/* ---------- import ---------- */

export async function readStoredIndex(db: KiemDiemDB = useDatabase()): Promise<StoredIndex> {
  const times = async (table: KiemDiemDB['draftSummaries'] | KiemDiemDB['profiles'] | KiemDiemDB['rosters'] | KiemDiemDB['overlays']) =>
    new Map((await table.toArray()).map((r) => [r.id, r.updatedAt] as const));
  return {
    profiles: await times(db.profiles),
    // the small summaries carry each draft's updatedAt: no whole draft is read to plan an import
    drafts: await times(db.draftSummaries),
    rosters: await times(db.rosters),
    overlays: await times(db.overlays),
    settings: new Map((await db.settings.toArray()).map((s) => [s.key, s.value] as const)),
    ...(await readWorklogIndex(db)),
  };
}

export interface PreparedImport {
  backup: Backup;
  plan: ImportPlan;
  notes: string[];
}

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; errors: string[] };

/** Reads and checks a chosen file and says what importing it would do. Writes nothing. */
export async function prepareImport(file: Blob, db: KiemDiemDB = useDatabase()): Promise<PrepareResult> {
  if (file.size > MAX_BACKUP_BYTES)
    return { ok: false, errors: [`Tệp quá lớn (${Math.ceil(file.size / 1048576)} MB; tối đa ${MAX_BACKUP_BYTES / 1048576} MB).`] };
  let text: string;
  try {
    text = decodeText(new Uint8Array(await file.arrayBuffer())); // UTF-8 or UTF-16, as the CLI reads files
  } catch {
    return { ok: false, errors: ['Không đọc được tệp đã chọn.'] };
  }
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed.value, await readStoredIndex(db));
  if (plan.problems.length > 0) return { ok: false, errors: plan.problems };
  return { ok: true, value: { backup: parsed.value, plan, notes: parsed.notes } };
}

export type ImportOutcome = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

function describeWriteError(item: PlanItem | undefined, error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } };
  const name = e?.inner?.name ?? e?.name ?? 'lỗi không rõ';
  const what = item ? `${TABLE_NOUNS[item.table]} «${item.label}» (mã «${item.id}»)` : 'dữ liệu';
  const cause = name === 'QuotaExceededError' ? 'bộ nhớ của trình duyệt đã đầy' : `${name}${e?.message ? `: ${e.message}` : ''}`;
  return `Không nhập được: lỗi khi ghi ${what} — ${cause}. Dữ liệu trên máy chưa thay đổi gì.`;
}

/**
 * Applies a checked backup in one transaction. The plan is computed again inside it, so a change made in
 * another window since the preview is respected. A replaced draft is first kept as a 'before-restore' version.
 */
export async function applyImport(checked: Backup, db: KiemDiemDB = useDatabase()): Promise<ImportOutcome> {
  // The checked backup belongs to this import (parsed from the file): its records are written as they are,
  // without copying each first (the database makes its own copy).
  const backup = toRaw(checked);
  let current: PlanItem | undefined;
  let problems: string[] = [];
  try {
    const tables = [db.drafts, db.draftSummaries, db.draftHistories, db.profiles, db.rosters, db.overlays, db.settings, ...WORKLOG_TABLES(db)];
    const plan = await db.transaction('rw', tables, async () => {
      const plan = planImport(backup, await readStoredIndex(db));
      problems = plan.problems;
      if (problems.length > 0) throw new Error('plan refused');
      const now = Date.now();
      const drafts = new Map(backup.drafts.map((d) => [d.draft.id, d] as const));
      const profiles = new Map(backup.profiles.map((p) => [p.id, p] as const));
      const rosters = new Map(backup.rosters.map((r) => [r.id, r] as const));
      const overlays = new Map(backup.overlays.map((o) => [o.id, o] as const));
      const settings = new Map(backup.settings.map((s) => [s.key, s] as const));
      const draftEntries: Backup['drafts'] = [];
      for (const item of plan.items) {
        if (item.action === 'skip') continue;
        current = item;
        if (item.table === 'profiles') await db.profiles.put(profiles.get(item.id)!);
        else if (item.table === 'rosters') await db.rosters.put(rosters.get(item.id)!);
        else if (item.table === 'overlays') await db.overlays.put(overlays.get(item.id)!);
        else if (item.table === 'settings') await db.settings.put(settings.get(item.id)!);
        else if (item.table === 'drafts') draftEntries.push(drafts.get(item.id)!);
      }
      // Drafts and the work log go in bulk: a failure there cannot be pinned on one record, so the message speaks of the data.
      current = undefined;
      await writeDrafts(db, draftEntries, now);
      await writeWorklogImport(db, backup, plan, now);
      return plan;
    });
    return { ok: true, plan };
  } catch (e) {
    if (problems.length > 0) return { ok: false, errors: problems };
    return { ok: false, errors: [describeWriteError(current, e)] };
  }
}

/**
 * Writes the imported drafts in three bulk requests (drafts, summaries, one history record per draft: 1,000
 * drafts with 3,000 versions are 3,000 records, not 5,000). A replaced draft is first kept as a 'before-restore' version and gets a higher
 * rev, so open editors take the imported text; versions already on the device are not added twice.
 */
async function writeDrafts(db: KiemDiemDB, entries: Backup['drafts'], now: number): Promise<void> {
  if (entries.length === 0) return;
  const ids = entries.map((e) => e.draft.id);
  // Keys first (one request each), then only the records that exist: 1,000 gets of absent drafts cost 0.1 s.
  const [draftKeys, historyKeys] = await Promise.all([db.drafts.toCollection().primaryKeys(), db.draftHistories.toCollection().primaryKeys()]);
  const [existing, histories] = await Promise.all([getPresent(db.drafts, ids, new Set(draftKeys)), getPresent(db.draftHistories, ids, new Set(historyKeys))]);
  const drafts: Draft[] = [];
  const written: DraftHistoryRecord[] = [];
  entries.forEach((entry, i) => {
    const id = entry.draft.id;
    const old = existing[i];
    const draft = entry.draft;
    const history = histories[i];
    const known = new Set(history?.versions.map((v) => v.savedAt));
    // The file's chain may end on the draft itself; resolved here, it chains onto the history already stored.
    const added: { savedAt: number; reason: VersionReason; draft: Draft }[] = [];
    if (old) added.push({ savedAt: now, reason: 'before-restore', draft: old });
    for (const v of resolveChain(entry.versions, draft)) if (!known.has(v.savedAt)) added.push({ savedAt: v.savedAt, reason: v.reason, draft: v.draft });
    if (added.length > 0) written.push(appendToHistory(history, id, added));
    if (old) draft.rev = Math.max(old.rev, draft.rev) + 1;
    drafts.push(draft);
  });
  await Promise.all([db.drafts.bulkPut(drafts), db.draftSummaries.bulkPut(drafts.map(summaryOf)), written.length > 0 ? db.draftHistories.bulkPut(written) : undefined]);
}

/** The records of `ids` (undefined where absent), reading only those whose key is in `present`. */
async function getPresent<T>(table: { bulkGet: (keys: string[]) => Promise<(T | undefined)[]> }, ids: string[], present: Set<string>): Promise<(T | undefined)[]> {
  const wanted = ids.filter((id) => present.has(id));
  const found = new Map((await table.bulkGet(wanted)).map((r, i) => [wanted[i]!, r] as const));
  return ids.map((id) => found.get(id));
}

/** The screen's view of backup and restore. */
export const useBackupStore = defineStore('backup', () => {
  const busy = ref(false);
  /** Runs one task, busy meanwhile, between two performance marks (read by `npm run bench`). */
  async function run<T>(start: string, end: string, task: () => Promise<T>): Promise<T> {
    busy.value = true;
    mark(start);
    try {
      const result = await task();
      mark(end);
      return result;
    } finally {
      busy.value = false;
    }
  }
  return {
    busy,
    /** Downloads the backup file; returns its name and what it left out. */
    exportToDownload: () =>
      run('kd:backup-export-start', 'kd:backup-exported', async () => {
        const file = await exportBackup();
        downloadFile(file);
        return { fileName: file.fileName, notes: file.notes ?? [] };
      }),
    prepare: (file: Blob) => run('kd:backup-check-start', 'kd:backup-checked', () => prepareImport(file)),
    apply: (backup: Backup) => run('kd:backup-import-start', 'kd:backup-imported', () => applyImport(backup)),
    downloadOnScreen: () => downloadFile(onScreenBackup()),
  };
});
