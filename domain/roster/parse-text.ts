import { GRADES, type Grade } from '../core/grade';
import { foldVietnamese, nfc } from '../core/text';
import { clip, parseWith, type ParseResult } from '../schemas/errors';
import { RosterSchema, type Roster } from '../schemas/roster';

/**
 * A roster pasted from a spreadsheet: tab-, semicolon- or comma-separated, first non-empty line = headers.
 * Headers are matched accent-insensitively ("Họ và tên", "Chức vụ", "Mức xếp loại đề xuất" / "Tự xếp loại"…);
 * grades accept abbreviations and full names. Errors are Vietnamese and name the row and the column.
 */
type Field = 'name' | 'role' | 'group' | 'grade' | 'isHead' | 'excluded' | 'ignore';

const HEADERS: Record<Field, string[]> = {
  name: ['ho va ten', 'ho ten', 'ten', 'name', 'ho va ten dang vien', 'dang vien'],
  role: ['chuc vu', 'chuc danh', 'vai tro', 'role'],
  group: ['nhom', 'nhom chuc danh', 'nhom doi tuong', 'doi tuong', 'group'],
  grade: ['muc xep loai de xuat', 'tu xep loai', 'muc tu xep loai', 'xep loai de xuat', 'muc xep loai', 'xep loai', 'muc de xuat', 'de xuat', 'grade'],
  isHead: ['nguoi dung dau', 'dung dau', 'la nguoi dung dau'],
  excluded: ['ly do khong xep loai', 'khong xep loai', 'mien xep loai', 'ly do mien', 'ly do'],
  ignore: ['stt', 'tt', 'so thu tu', 'ghi chu'],
};

/** A header cell as the readers match it: no accents, no bracketed notes, words only. */
export const headerKey = (h: string) => foldVietnamese(h.replace(/\([^)]*\)/g, ' ')).replace(/[^a-z0-9]+/g, ' ').trim();
const HEADER_INDEX = new Map<string, Field>(
  (Object.entries(HEADERS) as [Field, string[]][]).flatMap(([f, names]) => names.map((n) => [n, f] as const)),
);

const GRADE_NAMES = new Map<string, Grade>([
  ['htxsnv', 'HTXSNV'], ['htxs', 'HTXSNV'], ['hoan thanh xuat sac nhiem vu', 'HTXSNV'], ['hoan thanh xuat sac', 'HTXSNV'], ['xuat sac', 'HTXSNV'],
  ['httnv', 'HTTNV'], ['htt', 'HTTNV'], ['hoan thanh tot nhiem vu', 'HTTNV'], ['hoan thanh tot', 'HTTNV'], ['tot', 'HTTNV'],
  ['htnv', 'HTNV'], ['ht', 'HTNV'], ['hoan thanh nhiem vu', 'HTNV'], ['hoan thanh', 'HTNV'],
  ['khtnv', 'KHTNV'], ['kht', 'KHTNV'], ['khong hoan thanh nhiem vu', 'KHTNV'], ['khong hoan thanh', 'KHTNV'],
]);

/** A grade from a cell: "HTXSNV", "htt", "Hoàn thành tốt nhiệm vụ"…; undefined when blank, null when not a grade. */
export function parseGradeCell(cell: string): Grade | undefined | null {
  const k = foldVietnamese(cell).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (k === '') return undefined;
  return GRADE_NAMES.get(k) ?? null;
}

const TRUE = new Set(['x', 'co', '1', 'true', 'yes', 'dung', 'v']);
const FALSE = new Set(['', 'khong', '0', 'false', 'no', 'sai']);

/** Rows of cells with the line each row starts on; quotes may hold delimiters and line breaks. */
export function splitRows(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
    } else if (ch === '"' && cell.trim() === '') { quoted = true; cell = ''; }
    else if (ch === delimiter) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) { cells.push(cell); rows.push({ line: start, cells }); }
  return rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => nfc(c.trim())) })).filter((r) => r.cells.some((c) => c !== ''));
}

/** The delimiter of a pasted table, from its first line: tab, else semicolon or comma. */
export function detectDelimiter(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t';
  const semi = firstLine.split(';').length;
  const comma = firstLine.split(',').length;
  return semi > comma ? ';' : ',';
}

/** What the text cannot carry: the year, the unit, the settings. */
export type RosterBase = Omit<Roster, 'members' | 'v' | 'subordinateUnits' | 'settings' | 'unit'> & Partial<Pick<Roster, 'subordinateUnits' | 'settings' | 'unit'>>;

export function parseRosterText(text: string, base: RosterBase): ParseResult<Roster> {
  const clean = nfc(text.replace(/^\uFEFF/, ''));
  const first = clean.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const rows = splitRows(clean, detectDelimiter(first));
  const header = rows[0];
  if (!header) return { ok: false, errors: ['Danh sách trống: cần dòng tiêu đề (Họ và tên, Chức vụ, Mức xếp loại đề xuất…) và ít nhất một dòng.'] };

  const errors: string[] = [];
  const columns = new Map<Field, number>();
  header.cells.forEach((h, i) => {
    const f = HEADER_INDEX.get(headerKey(h));
    if (!f) { if (h !== '') errors.push(`Dòng ${header.line}, cột ${i + 1} «${clip(h)}»: không nhận ra tên cột (bỏ qua được bằng cách xóa cột).`); return; }
    if (f !== 'ignore' && columns.has(f)) errors.push(`Dòng ${header.line}, cột ${i + 1} «${clip(h)}»: trùng với cột «${clip(header.cells[columns.get(f)!])}».`);
    else columns.set(f, i);
  });
  const nameCol = columns.get('name');
  if (nameCol === undefined) errors.push(`Dòng ${header.line}: không tìm thấy cột «Họ và tên».`);
  if (errors.length > 0) return { ok: false, errors };

  const col = (f: Field) => columns.get(f);
  const label = (f: Field) => `«${clip(header.cells[col(f)!])}»`;
  const members = [];
  for (const r of rows.slice(1)) {
    const at = (f: Field) => (col(f) === undefined ? '' : (r.cells[col(f)!] ?? ''));
    const name = at('name');
    if (name === '') { errors.push(`Dòng ${r.line}, cột ${label('name')}: thiếu họ và tên.`); continue; }
    const grade = parseGradeCell(at('grade'));
    if (grade === null) errors.push(`Dòng ${r.line}, cột ${label('grade')}: «${clip(at('grade'))}» không phải mức xếp loại (${GRADES.join(', ')} hoặc tên đầy đủ).`);
    const headCell = foldVietnamese(at('isHead'));
    if (!TRUE.has(headCell) && !FALSE.has(headCell)) errors.push(`Dòng ${r.line}, cột ${label('isHead')}: «${clip(at('isHead'))}» cần "x" (có) hoặc để trống.`);
    const m: Record<string, unknown> = { name, isHead: TRUE.has(headCell) };
    if (at('role')) m.role = at('role');
    if (at('group')) m.group = at('group');
    if (grade) m.proposedGrade = grade;
    if (at('excluded')) m.excluded = at('excluded');
    members.push(m);
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  if (members.length === 0) return { ok: false, errors: ['Danh sách không có dòng nào ngoài dòng tiêu đề.'] };
  return parseWith(RosterSchema, { ...base, members });
}
