import { BACKUP_TABLES, type Backup, type BackupTable } from '../schemas/backup';
import { isBuiltInOverlayId } from '../overlays/index';
import { WORKLOG_MAX_ENTRIES } from '../schemas/worklog';
import { clip } from '../schemas/errors';
import { formatNumberVi } from '../core/text';

/**
 * What importing a backup will do, before anything is written. Nothing newer on this device is ever overwritten:
 * a record absent here is added; one present here is replaced only when the file's copy is newer (a replaced draft
 * is kept as a version first, so the replace can be undone; a replaced work log's evaluations go into its
 * history); otherwise it is skipped. Settings have no time, so a different value replaces, an equal one is
 * skipped. Work-log entries (deleted ones too) and attached files follow the same newer-wins rule, one by one.
 */
export type PlanAction = 'add' | 'replace' | 'skip';

export interface PlanItem {
  table: BackupTable;
  /** id, or the key of a setting. */
  id: string;
  /** what the user recognises: draft title, person's name, the id otherwise. */
  label: string;
  action: PlanAction;
  /** Vietnamese reason for a skip or replace. */
  reason?: string;
  /** draft history versions that come with this draft (drafts only). */
  versions?: number;
}

/** What is already stored: id → updatedAt (settings: key → value). */
export interface StoredIndex {
  profiles: ReadonlyMap<string, number>;
  drafts: ReadonlyMap<string, number>;
  rosters: ReadonlyMap<string, number>;
  overlays: ReadonlyMap<string, number>;
  settings: ReadonlyMap<string, unknown>;
  worklogs: ReadonlyMap<string, number>;
  worklogEntries: ReadonlyMap<string, number>;
  /** attached files kept here (a kept file never changes: same id, same bytes). */
  attachments: ReadonlySet<string>;
  /** entries not deleted: id → their log's id (a log holds at most WORKLOG_MAX_ENTRIES of them). */
  liveEntries: ReadonlyMap<string, string>;
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<BackupTable, Record<PlanAction, number>>;
  /** Vietnamese lines, one per list and action that has records. */
  summary: string[];
  /** true when the import would change nothing. */
  empty: boolean;
  /** why the file cannot be imported on this device (Vietnamese); empty when it can. */
  problems: string[];
}

export const TABLE_NOUNS: Record<BackupTable, string> = {
  profiles: 'hồ sơ',
  drafts: 'bản kiểm điểm',
  rosters: 'danh sách xếp loại',
  overlays: 'hướng dẫn địa phương',
  settings: 'thiết lập',
  worklogs: 'sổ công việc',
  worklogEntries: 'mục công việc',
  attachments: 'tệp đính kèm',
};

export const emptyStoredIndex = (): StoredIndex => ({
  profiles: new Map(),
  drafts: new Map(),
  rosters: new Map(),
  overlays: new Map(),
  settings: new Map(),
  worklogs: new Map(),
  worklogEntries: new Map(),
  attachments: new Set(),
  liveEntries: new Map(),
});

/** Key order does not matter for "same value". */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function timed(table: BackupTable, id: string, label: string, updatedAt: number, stored: ReadonlyMap<string, number>): PlanItem {
  const here = stored.get(id);
  if (here === undefined) return { table, id, label, action: 'add' };
  if (updatedAt > here) return { table, id, label, action: 'replace', reason: 'bản trong tệp mới hơn bản trên máy' };
  if (updatedAt === here) return { table, id, label, action: 'skip', reason: 'đã có bản giống thời điểm trên máy' };
  return { table, id, label, action: 'skip', reason: 'bản trên máy mới hơn, được giữ nguyên' };
}

function profileLabel(p: Backup['profiles'][number]): string {
  const s = p.profile.subject;
  const name = s.kind === 'individual' ? s.fullName : s.name;
  return name ? `${name} (${p.profile.reviewYear})` : p.id;
}

/** The id an overlay record's content claims (the app lists overlays by it). */
const overlayDataId = (data: unknown): string => {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

export function planImport(backup: Backup, stored: StoredIndex): ImportPlan {
  const items: PlanItem[] = [];
  for (const p of backup.profiles) items.push(timed('profiles', p.id, profileLabel(p), p.updatedAt, stored.profiles));
  for (const { draft, versions } of backup.drafts) {
    const item = timed('drafts', draft.id, draft.title || `Bản ${draft.formCode} năm ${draft.reviewYear}`, draft.updatedAt, stored.drafts);
    items.push({ ...item, versions: item.action === 'skip' ? 0 : versions.length });
  }
  for (const r of backup.rosters) items.push(timed('rosters', r.id, r.id, r.updatedAt, stored.rosters));
  for (const o of backup.overlays)
    items.push(
      isBuiltInOverlayId(o.id) || isBuiltInOverlayId(overlayDataId(o.data))
        ? { table: 'overlays', id: o.id, label: o.id, action: 'skip', reason: 'mã trùng với một hướng dẫn có sẵn trong ứng dụng (như khi nhập tệp hướng dẫn)' }
        : timed('overlays', o.id, o.id, o.updatedAt, stored.overlays),
    );
  for (const s of backup.settings) {
    const has = stored.settings.has(s.key);
    if (!has) items.push({ table: 'settings', id: s.key, label: s.key, action: 'add' });
    else if (canonical(stored.settings.get(s.key)) === canonical(s.value))
      items.push({ table: 'settings', id: s.key, label: s.key, action: 'skip', reason: 'giá trị giống trên máy' });
    else items.push({ table: 'settings', id: s.key, label: s.key, action: 'replace', reason: 'giá trị trong tệp khác trên máy' });
  }
  for (const l of backup.worklogs) items.push(timed('worklogs', l.id, worklogLabel(l), l.updatedAt, stored.worklogs));
  for (const e of backup.worklogEntries)
    items.push(timed('worklogEntries', e.entry.id, e.deletedAt === undefined ? e.entry.title : `${e.entry.title} (đã xóa)`, e.updatedAt, stored.worklogEntries));
  for (const a of backup.attachments)
    items.push(
      stored.attachments.has(a.id)
        ? { table: 'attachments', id: a.id, label: a.name, action: 'skip', reason: 'đã có tệp này trên máy' }
        : { table: 'attachments', id: a.id, label: a.name, action: 'add' },
    );
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, { add: 0, replace: 0, skip: 0 }])) as ImportPlan['counts'];
  for (const item of items) counts[item.table][item.action]++;
  const empty = items.every((i) => i.action === 'skip');
  return { items, counts, summary: summarize(items, counts, empty), empty, problems: overfullLogs(backup, stored, items) };
}

const worklogLabel = (l: Backup['worklogs'][number]): string => `Sổ công việc năm ${l.year}${l.person?.name ? ` (${l.person.name})` : ''}`;

/**
 * Logs that would hold more than WORKLOG_MAX_ENTRIES live entries once the file's entries are written beside the
 * ones already here (the app could no longer open them): the import is refused, naming the log.
 */
function overfullLogs(backup: Backup, stored: StoredIndex, items: PlanItem[]): string[] {
  const live = new Map<string, Set<string>>();
  const bucket = (logId: string) => live.get(logId) ?? live.set(logId, new Set()).get(logId)!;
  for (const [id, logId] of stored.liveEntries) bucket(logId).add(id);
  const written = new Set(items.filter((i) => i.table === 'worklogEntries' && i.action !== 'skip').map((i) => i.id));
  for (const e of backup.worklogEntries) {
    if (!written.has(e.entry.id)) continue;
    const before = stored.liveEntries.get(e.entry.id);
    if (before !== undefined) live.get(before)?.delete(e.entry.id);
    if (e.deletedAt === undefined) bucket(e.logId).add(e.entry.id);
  }
  const labels = new Map(backup.worklogs.map((l) => [l.id, worklogLabel(l)] as const));
  return [...live]
    .filter(([, ids]) => ids.size > WORKLOG_MAX_ENTRIES)
    .map(
      ([logId, ids]) =>
        `${labels.get(logId) ?? 'Sổ công việc'} (mã «${clip(logId)}») sẽ có ${formatNumberVi(ids.size, 0)} mục chưa xóa sau khi nhập; ` +
        `một sổ giữ tối đa ${formatNumberVi(WORKLOG_MAX_ENTRIES, 0)} mục. Hãy xóa bớt mục của sổ này trên máy rồi nhập lại.`,
    );
}

function summarize(items: PlanItem[], counts: ImportPlan['counts'], empty: boolean): string[] {
  if (items.length === 0) return ['Tệp sao lưu không có dữ liệu nào.'];
  const lines: string[] = [];
  for (const table of BACKUP_TABLES) {
    const c = counts[table];
    const noun = TABLE_NOUNS[table];
    if (c.add > 0) {
      const versions = table === 'drafts' ? sumVersions(items, 'add') : 0;
      lines.push(`Thêm ${c.add} ${noun}${versions ? ` (kèm ${versions} phiên bản lưu)` : ''}.`);
    }
    if (c.replace > 0) {
      const kept = table === 'drafts' ? ' (bản đang có trên máy được giữ lại thành một phiên bản)' : '';
      lines.push(`Thay ${c.replace} ${noun} bằng bản mới hơn trong tệp${kept}.`);
    }
    if (c.skip > 0) lines.push(`Bỏ qua ${c.skip} ${noun}: trên máy đã có bản mới hơn hoặc giống hệt.`);
  }
  if (empty) lines.push('Nhập tệp này sẽ không thay đổi gì.');
  return lines;
}

function sumVersions(items: PlanItem[], action: PlanAction): number {
  return items.filter((i) => i.table === 'drafts' && i.action === action).reduce((n, i) => n + (i.versions ?? 0), 0);
}
