import type { z } from 'zod';

/**
 * Turns a zod error into Vietnamese lines that name the field, e.g.
 * "Trường «subject.fullName»: cần một chuỗi ký tự, nhận được số."
 * Schemas may set their own Vietnamese message with { error: '…' }; that message is then used as is.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  undefined: 'không có giá trị',
  null: 'null',
  date: 'ngày',
};

function typeName(t: unknown): string {
  return TYPE_NAMES[String(t)] ?? String(t);
}

/** A value from the input, cut to `max` characters: messages quote what the user gave, never all of it. */
export function clip(value: unknown, max = 60): string {
  const s = String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(toàn bộ tệp)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : (i === 0 ? '' : '.') + clip(String(p))))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // A message set by the schema in Vietnamese wins.
  if (issue.message && !/^(Invalid|Too|Unrecognized|Expected|Required)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu giá trị bắt buộc' : `cần ${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `cần ít nhất ${issue.minimum} ký tự`
        : issue.origin === 'array'
          ? `cần ít nhất ${issue.minimum} phần tử`
          : `phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${issue.maximum} ký tự`
        : issue.origin === 'array'
          ? `nhiều quá ${issue.maximum} phần tử`
          : `phải ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return `giá trị không hợp lệ; chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'cần ngày dạng YYYY-MM-DD' : `sai định dạng (${issue.format})`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? 'không có trường này' : `không có các trường ${issue.keys.map((k) => `«${clip(k)}»`).join(', ')}`;
    case 'invalid_union':
      return 'giá trị không khớp với dạng nào được phép';
    default:
      return 'giá trị không hợp lệ';
  }
}

/** The field an issue names: for one unknown key, the key itself ("rule.source.x"). */
const issuePath = (i: z.core.$ZodIssue): readonly PropertyKey[] =>
  i.code === 'unrecognized_keys' && i.keys.length === 1 ? [...i.path, i.keys[0]!] : i.path;

/** One Vietnamese line per issue, each naming its field (then "… và N lỗi khác" past `maxLines`). */
export function formatIssues(issues: readonly z.core.$ZodIssue[], maxLines = 20): string[] {
  const lines = issues.slice(0, maxLines).map((i) => `Trường «${fieldPath(issuePath(i))}»: ${describeIssue(i)}.`);
  if (issues.length > maxLines) lines.push(`… và ${issues.length - maxLines} lỗi khác.`);
  return lines;
}

/** One Vietnamese line per issue, each naming its field. */
export function formatZodError(error: z.ZodError, maxLines = 20): string[] {
  return formatIssues(error.issues, maxLines);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** safeParse with Vietnamese errors. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  // reportInput: zod v4 leaves issue.input empty otherwise, and a wrong type would read as "missing".
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: formatZodError(r.error) };
}
