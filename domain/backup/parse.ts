import type { z } from 'zod';
import { BackupSchema, upgradeBackup, type Backup } from '../schemas/backup';
import { missingAttachmentNotes } from '../schemas/backup-worklog';
import { fieldPath, formatZodError } from '../schemas/errors';
import { MAX_JSON_DEPTH } from '../core/json-depth';

/**
 * Reading a backup file's text: JSON parse, strip keys that could pollute prototypes, bound the nesting, upgrade
 * older versions, validate every record. Never throws; failures are Vietnamese lines naming record and field.
 */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
export { MAX_JSON_DEPTH };
const MAX_ERROR_LINES = 20;

/** Keys JSON.parse keeps as own properties but that a later assignment would treat as the prototype. */
const UNSAFE_KEYS = ['__proto__'];

export type BackupParseResult =
  | { ok: true; value: Backup; notes: string[] }
  | { ok: false; errors: string[] };

interface SanitizeResult {
  tooDeep: boolean;
  removedKeys: number;
}

/** Walks the parsed JSON without recursion: removes unsafe keys, stops when nesting passes `maxDepth`. */
export function sanitizeJson(root: unknown, maxDepth = MAX_JSON_DEPTH): SanitizeResult {
  const stack: [unknown, number][] = [[root, 0]];
  let removedKeys = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) return { tooDeep: true, removedKeys };
    if (Array.isArray(node)) {
      for (const child of node) stack.push([child, depth + 1]);
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of UNSAFE_KEYS) {
      if (Object.prototype.hasOwnProperty.call(record, key)) {
        delete record[key];
        removedKeys++;
      }
    }
    for (const key of Object.keys(record)) stack.push([record[key], depth + 1]);
  }
  return { tooDeep: false, removedKeys };
}

const TABLE_LABELS: Record<string, string> = {
  profiles: 'Hồ sơ',
  drafts: 'Bản kiểm điểm',
  rosters: 'Danh sách xếp loại',
  overlays: 'Hướng dẫn địa phương',
  settings: 'Thiết lập',
  worklogs: 'Sổ công việc',
  worklogEntries: 'Mục công việc',
  attachments: 'Tệp đính kèm',
};

function recordName(raw: unknown, table: string, index: number): string {
  const list = (raw as Record<string, unknown> | undefined)?.[table];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const inner = table === 'drafts' ? (item?.draft as Record<string, unknown> | undefined) : table === 'worklogEntries' ? (item?.entry as Record<string, unknown> | undefined) : item;
  const key = table === 'settings' ? inner?.key : inner?.id;
  const shown = table === 'attachments' ? inner?.name : table === 'drafts' || table === 'worklogEntries' ? inner?.title : undefined;
  const title = typeof shown === 'string' && shown ? ` «${shown.slice(0, 60)}»` : '';
  const label = TABLE_LABELS[table] ?? table;
  return typeof key === 'string' ? `${label} thứ ${index + 1} (mã «${key.slice(0, 100)}»${title})` : `${label} thứ ${index + 1}`;
}

/** Vietnamese lines naming the record (list, position, id, title) and the field inside it. */
export function describeBackupIssues(raw: unknown, error: z.ZodError): string[] {
  const lines = formatZodError(error, MAX_ERROR_LINES);
  return error.issues.slice(0, MAX_ERROR_LINES).map((issue, i) => {
    const [table, index, ...rest] = issue.path;
    const line = lines[i] ?? '';
    if (typeof table !== 'string' || typeof index !== 'number' || !(table in TABLE_LABELS)) return line;
    const field = line.replace(/^Trường «[^»]*»/, `trường «${fieldPath(rest)}»`);
    return `${recordName(raw, table, index)}: ${field}`.normalize('NFC');
  }).concat(lines.slice(error.issues.slice(0, MAX_ERROR_LINES).length));
}

export function parseBackupText(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_CHARS)
    return { ok: false, errors: [`Tệp quá lớn (${text.length} ký tự; tối đa ${MAX_BACKUP_CHARS}).`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The engine's message quotes the file (any text, even broken Unicode): report only where it failed.
    const at = /position (\d+)/.exec(String((e as Error)?.message))?.[1];
    const where = at === undefined ? '' : ` (lỗi ở ký tự thứ ${Number(at) + 1})`;
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ${where}; có thể tệp bị hỏng hoặc không phải tệp sao lưu.`] };
  }
  return parseBackupValue(raw);
}

/** Same as parseBackupText, for an already parsed value (it is modified: unsafe keys are removed). */
export function parseBackupValue(raw: unknown): BackupParseResult {
  const sanitized = sanitizeJson(raw);
  if (sanitized.tooDeep) return { ok: false, errors: [`Tệp lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng); không phải tệp sao lưu hợp lệ.`] };
  normalizeTextInPlace(raw);
  const upgraded = upgradeBackup(raw);
  if (!upgraded.ok) return upgraded;
  // reportInput: lets the messages tell a missing field from a wrong type.
  const r = BackupSchema.safeParse(upgraded.value, { reportInput: true });
  if (!r.success) return { ok: false, errors: describeBackupIssues(upgraded.value, r.error) };
  const notes = sanitized.removedKeys > 0 ? [`Đã bỏ ${sanitized.removedKeys} khóa «__proto__» không an toàn trong tệp.`] : [];
  return { ok: true, value: r.data, notes: [...notes, ...missingAttachmentNotes(r.data)] };
}

/**
 * Every string value NFC, in place (before validation, so limits and duplicate checks see the stored form).
 * A walk, not a JSON round trip with a reviver: 25 MB of backup took 0.5 s that way. Call after sanitizeJson
 * (the depth is bounded there).
 */
function normalizeTextInPlace(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') {
        const nfc = v.normalize('NFC');
        if (nfc !== v) record[key] = nfc;
      } else if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
}
