import { nfc } from '../core/text';
import { clip } from '../schemas/errors';

/** One row of a pasted table: the text line it starts on (1-based) and its cells, trimmed. */
export interface PastedRow {
  line: number;
  cells: string[];
}

/** A cell opened with a quote, followed until it ends (delimiter, line break or end of text). */
interface QuotedCell {
  line: number;
  column: number;
  closed: boolean;
  /** the line the cell ends on (> line when it holds a line break). */
  lastLine: number;
  /** the delimiter occurs inside the quotes. */
  holdsDelimiter: boolean;
  /** text between the closing quote and the end of the cell. */
  after: string;
  text: string;
}

const FIX = 'Hãy thêm dấu " đóng ô hoặc xóa dấu " mở, rồi dán lại.';

/**
 * Why a quoted cell cannot be trusted, or undefined. A roster cell never needs a line break, so a quoted cell that
 * runs over a line break and holds the delimiter (or text after its closing quote) is rows merged by a missing
 * closing quote, not one cell; an unclosed quote swallows everything after it.
 */
function quoteProblem(q: QuotedCell): string | undefined {
  const at = `Dòng ${q.line}, cột ${q.column}`;
  const start = `«${clip(q.text.split('\n')[0]?.trim() ?? '', 40)}»`;
  const merged = q.lastLine > q.line ? `, nên các dòng ${q.line}–${q.lastLine} bị gộp vào một ô` : '';
  if (!q.closed) return `${at}: dấu ngoặc kép (") mở ô ${start} nhưng không có dấu đóng${merged}. ${FIX}`;
  if (q.lastLine > q.line && (q.holdsDelimiter || q.after.trim() !== ''))
    return `${at}: ô mở bằng dấu ngoặc kép (") ở ${start} kéo tới dòng ${q.lastLine}${merged} (có lẽ thiếu dấu " đóng ô). ${FIX}`;
  if (q.after.trim() !== '') return `${at}: có chữ «${clip(q.after.trim(), 40)}» sau dấu ngoặc kép (") đóng ô ${start}. ${FIX}`;
  return undefined;
}

/**
 * Rows of cells with the line each row starts on; quotes may hold delimiters (and line breaks, for a well-formed
 * cell). Quotes that merge rows or are never closed come back as Vietnamese problems naming the line and column.
 */
export function splitRows(text: string, delimiter: string): { rows: PastedRow[]; problems: string[] } {
  const rows: PastedRow[] = [];
  const problems: string[] = [];
  let cells: string[] = [];
  let cell = '';
  let q: QuotedCell | undefined;
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    if (q) {
      const p = quoteProblem({ ...q, closed: !quoted });
      if (p) problems.push(p);
    }
    cells.push(q ? q.text + q.after : cell);
    cell = '';
    q = undefined;
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && q) {
      if (ch === '"' && text[i + 1] === '"') { q.text += '"'; i++; }
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') { line++; q.lastLine = line; }
        if (ch === delimiter) q.holdsDelimiter = true;
        q.text += ch;
      }
    } else if (ch === '"' && !q && cell.trim() === '') {
      quoted = true;
      q = { line, column: cells.length + 1, closed: false, lastLine: line, holdsDelimiter: false, after: '', text: '' };
    } else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push({ line: start, cells });
      cells = []; line++; start = line;
    } else if (q) q.after += ch;
    else cell += ch;
  }
  if (cell !== '' || q || cells.length > 0) { endCell(); rows.push({ line: start, cells }); }
  const clean = rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => nfc(c.trim())) })).filter((r) => r.cells.some((c) => c !== ''));
  return { rows: clean, problems };
}
