import { readDateVi } from '../core/date-vi';
import { readNumberVi } from '../core/number-vi';
import { foldVietnamese, nfc } from '../core/text';
import { detectDelimiter, headerKey } from '../roster/parse-text';
import { splitRows } from '../roster/split-rows';
import { clip, parseWith, type ParseResult } from '../schemas/errors';
import { WorklogEntrySchema, WORKLOG_STATUSES, type WorklogEntry, type WorklogStatus } from '../schemas/worklog';

/**
 * A task table pasted from a spreadsheet into the work log, read with the roster's paste reader (same delimiters,
 * quoting and header matching): first non-empty line = Vietnamese headers ("Nhiệm vụ", "Người giao", "Hạn",
 * "Ngày hoàn thành", "Số lượng", "Đơn vị tính", "Trạng thái"…). Dates day first, numbers with a decimal comma.
 * Every error names the row and the column.
 */
type Field =
  | 'title' | 'kind' | 'assignedBy' | 'assignedOn' | 'deadline' | 'doneOn' | 'amount' | 'unit' | 'status'
  | 'qualityNote' | 'docNumber' | 'docDate' | 'evidenceNote' | 'axisId' | 'ignore';

const HEADERS: Record<Field, string[]> = {
  title: ['nhiem vu', 'ten nhiem vu', 'noi dung', 'noi dung nhiem vu', 'cong viec', 'ten cong viec', 'san pham', 'ten san pham', 'nhiem vu san pham'],
  kind: ['loai', 'phan loai'],
  assignedBy: ['nguoi giao', 'cap giao', 'don vi giao', 'noi giao', 'giao boi'],
  assignedOn: ['ngay giao', 'thoi diem giao'],
  deadline: ['han', 'thoi han', 'han hoan thanh', 'thoi han hoan thanh', 'ngay het han'],
  doneOn: ['ngay hoan thanh', 'hoan thanh ngay', 'thoi diem hoan thanh'],
  amount: ['so luong', 'khoi luong'],
  unit: ['don vi tinh', 'dvt'],
  status: ['trang thai', 'tien do', 'ket qua', 'muc do hoan thanh', 'tinh trang'],
  qualityNote: ['chat luong', 'danh gia chat luong', 'nhan xet chat luong'],
  docNumber: ['so van ban', 'so hieu van ban', 'so hieu', 'van ban'],
  docDate: ['ngay van ban', 'ngay ban hanh'],
  evidenceNote: ['minh chung', 'ghi chu minh chung'],
  axisId: ['truc', 'truc ket qua', 'ma truc'],
  ignore: ['stt', 'tt', 'so thu tu', 'ghi chu'],
};
const HEADER_INDEX = new Map<string, Field>(
  (Object.entries(HEADERS) as [Field, string[]][]).flatMap(([f, names]) => names.map((n) => [n, f] as const)),
);

const STATUS_NAMES = new Map<string, WorklogStatus>([
  ['dung han', 'dung-han'], ['hoan thanh dung han', 'dung-han'], ['hoan thanh', 'dung-han'], ['xong', 'dung-han'],
  ['cham', 'cham'], ['hoan thanh cham', 'cham'], ['qua han', 'cham'], ['tre han', 'cham'], ['cham tien do', 'cham'],
  ['chua hoan thanh', 'chua-hoan-thanh'], ['khong hoan thanh', 'chua-hoan-thanh'], ['dang thuc hien', 'chua-hoan-thanh'],
  ['vuot muc tien do', 'vuot-tien-do'], ['vuot tien do', 'vuot-tien-do'], ['vuot muc ve tien do', 'vuot-tien-do'], ['som han', 'vuot-tien-do'],
  ['vuot muc chat luong', 'vuot-chat-luong'], ['vuot chat luong', 'vuot-chat-luong'], ['vuot muc ve chat luong', 'vuot-chat-luong'],
  ...WORKLOG_STATUSES.map((s) => [s.replace(/-/g, ' '), s] as const),
]);

/** A status from a cell: "Đúng hạn", "chậm", "Vượt mức về chất lượng"…; undefined when blank, null when unknown. */
export function parseStatusCell(cell: string): WorklogStatus | undefined | null {
  const k = foldVietnamese(cell).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (k === '') return undefined;
  return STATUS_NAMES.get(k) ?? null;
}

/** Ids of pasted entries: the caller's prefix and the row's line ("dan-3"), unique within one paste. */
export function parseWorklogText(text: string, idPrefix = 'dan'): ParseResult<WorklogEntry[]> {
  const clean = nfc(text.replace(/^\uFEFF/, ''));
  const first = clean.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const { rows, problems } = splitRows(clean, detectDelimiter(first));
  if (problems.length > 0) return { ok: false, errors: problems };
  const header = rows[0];
  if (!header) return { ok: false, errors: ['Bảng trống: cần dòng tiêu đề (Nhiệm vụ, Hạn, Ngày hoàn thành, Trạng thái…) và ít nhất một dòng.'] };

  const errors: string[] = [];
  const columns = new Map<Field, number>();
  header.cells.forEach((h, i) => {
    const f = HEADER_INDEX.get(headerKey(h));
    if (!f) { if (h !== '') errors.push(`Dòng ${header.line}, cột ${i + 1} «${clip(h)}»: không nhận ra tên cột (bỏ qua được bằng cách xóa cột).`); return; }
    if (f !== 'ignore' && columns.has(f)) errors.push(`Dòng ${header.line}, cột ${i + 1} «${clip(h)}»: trùng với cột «${clip(header.cells[columns.get(f)!])}».`);
    else columns.set(f, i);
  });
  if (!columns.has('title')) errors.push(`Dòng ${header.line}: không tìm thấy cột «Nhiệm vụ» (tên nhiệm vụ hoặc sản phẩm).`);
  if (!columns.has('status')) errors.push(`Dòng ${header.line}: không tìm thấy cột «Trạng thái» (đúng hạn, chậm, chưa hoàn thành, vượt mức).`);
  if (errors.length > 0) return { ok: false, errors };

  const label = (f: Field) => `«${clip(header.cells[columns.get(f)!])}»`;
  const entries: WorklogEntry[] = [];
  for (const r of rows.slice(1)) {
    const at = (f: Field) => (columns.has(f) ? (r.cells[columns.get(f)!] ?? '') : '');
    const where = (f: Field) => `Dòng ${r.line}, cột ${label(f)}`;
    const rowErrors: string[] = [];
    const title = at('title');
    if (title === '') rowErrors.push(`${where('title')}: thiếu tên nhiệm vụ.`);
    const status = parseStatusCell(at('status'));
    if (status === undefined) rowErrors.push(`${where('status')}: thiếu trạng thái (đúng hạn, chậm, chưa hoàn thành, vượt mức về tiến độ, vượt mức về chất lượng).`);
    if (status === null) rowErrors.push(`${where('status')}: «${clip(at('status'))}» không phải trạng thái (đúng hạn, chậm, chưa hoàn thành, vượt mức về tiến độ, vượt mức về chất lượng).`);
    const date = (f: Field): string | undefined => {
      const d = readDateVi(at(f));
      if (d.kind === 'invalid') rowErrors.push(`${where(f)}: «${clip(at(f))}» không phải ngày: ${d.message}`);
      return d.kind === 'date' ? d.iso : undefined;
    };
    const e: Record<string, unknown> = { id: `${idPrefix}-${r.line}`, title, status };
    const kind = foldVietnamese(at('kind')).trim();
    if (kind.startsWith('san pham')) e.kind = 'san-pham';
    else if (kind !== '' && !kind.startsWith('nhiem vu')) rowErrors.push(`${where('kind')}: «${clip(at('kind'))}» cần «Nhiệm vụ» hoặc «Sản phẩm».`);
    if (at('assignedBy')) e.assignedBy = at('assignedBy');
    for (const f of ['assignedOn', 'deadline', 'doneOn'] as const) {
      const d = date(f);
      if (d) e[f] = d;
    }
    const amount = readNumberVi(at('amount'), { min: 0 });
    if (amount.kind === 'invalid') rowErrors.push(`${where('amount')}: «${clip(at('amount'))}»: ${amount.message}`);
    if (amount.kind === 'number') {
      if (at('unit') === '') rowErrors.push(`${columns.has('unit') ? where('unit') : `Dòng ${r.line}`}: có số lượng thì cần đơn vị tính.`);
      else e.quantity = { amount: amount.value, unit: at('unit') };
    }
    if (at('qualityNote')) e.qualityNote = at('qualityNote');
    const evidence: Record<string, unknown> = {};
    if (at('docNumber')) evidence.docNumber = at('docNumber');
    const docDate = date('docDate');
    if (docDate) evidence.docDate = docDate;
    if (at('evidenceNote')) evidence.note = at('evidenceNote');
    if (Object.keys(evidence).length > 0) e.evidence = evidence;
    if (at('axisId')) e.axisId = at('axisId');
    if (rowErrors.length > 0) { errors.push(...rowErrors); continue; }
    const parsed = parseWith(WorklogEntrySchema, e);
    if (parsed.ok) entries.push(parsed.value);
    else errors.push(...parsed.errors.map((m) => `Dòng ${r.line}: ${m}`));
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  if (entries.length === 0) return { ok: false, errors: ['Bảng không có dòng nào ngoài dòng tiêu đề.'] };
  return { ok: true, value: entries };
}
