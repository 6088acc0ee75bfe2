import { GRADES, type Grade } from '../core/grade';
import { foldVietnamese, nfc } from '../core/text';
import { clip, parseWith, type ParseResult } from '../schemas/errors';
import { RosterSchema, type Roster } from '../schemas/roster';
import { splitRows } from './split-rows';

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

/** A header cell reduced to its words (accents, brackets and punctuation dropped): shared with the work log's paste reader. */
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

/** The delimiter of a pasted table, from its first line: tab, else semicolon or comma. */
export function detectDelimiter(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t';
  const semi = firstLine.split(';').length;
  const comma = firstLine.split(',').length;
  return semi > comma ? ';' : ',';
}

/**
 * A row with fewer cells than the header (a cell left out, so the next ones would slide one column to the left)
 * or with filled cells past the last column (an unquoted delimiter inside a cell): never guessed, always flagged.
 */
function rowWidthProblem(r: { line: number; cells: string[] }, header: string[]): string | undefined {
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  if (r.cells.length < width) {
    const missing = header.slice(r.cells.length, width).filter((h) => h !== '').map((h) => `«${clip(h)}»`).join(', ');
    return `Dòng ${r.line}: có ${r.cells.length} ô nhưng dòng tiêu đề có ${width} cột, thiếu ô của cột ${missing} — không đoán ô nào bị bỏ để khỏi đặt lệch cột. Hãy giữ đủ dấu phân cách (ô không có thì để trống) rồi dán lại.`;
  }
  const extra = r.cells.slice(width).filter((c) => c !== '');
  if (extra.length > 0)
    return `Dòng ${r.line}: có ô thừa ngoài cột cuối «${clip(header[width - 1] ?? '')}» (${extra.map((c) => `«${clip(c, 40)}»`).join(', ')}) — có lẽ một ô chứa dấu phân cách mà không đặt trong ngoặc kép, nên các ô sau bị đẩy sang phải. Hãy sửa rồi dán lại.`;
  return undefined;
}

/** What the text cannot carry: the year, the unit, the settings. */
export type RosterBase = Omit<Roster, 'members' | 'v' | 'subordinateUnits' | 'settings' | 'unit'> & Partial<Pick<Roster, 'subordinateUnits' | 'settings' | 'unit'>>;

export function parseRosterText(text: string, base: RosterBase): ParseResult<Roster> {
  const clean = nfc(text.replace(/^\uFEFF/, ''));
  const first = clean.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const { rows, problems } = splitRows(clean, detectDelimiter(first));
  if (problems.length > 0) return { ok: false, errors: problems.slice(0, 50) };
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
  if (columns.get('grade') === undefined)
    errors.push(`Dòng ${header.line}: không tìm thấy cột «Mức xếp loại đề xuất» (hoặc «Tự xếp loại», «Xếp loại»): cần cột này để tổng hợp và kiểm tra tỉ lệ; để trống ô của người chưa có mức.`);
  if (errors.length > 0) return { ok: false, errors };

  const col = (f: Field) => columns.get(f);
  const label = (f: Field) => `«${clip(header.cells[col(f)!])}»`;
  const members = [];
  for (const r of rows.slice(1)) {
    const misfit = rowWidthProblem(r, header.cells);
    if (misfit) { errors.push(misfit); continue; }
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
