import { z } from 'zod';
import { foldVietnamese } from '../core/text';
import { fieldPath, formatIssues, type ParseResult } from './errors';

/**
 * Unknown keys at the boundaries (CLI inputs, imported files). The schemas themselves strip keys they do not
 * know, so records stored by an older or newer app still load; a file a person wrote is checked here instead,
 * so "score" for "scores" is refused with the field named rather than read as "no score".
 * The walk follows the schema alongside the input: objects, arrays, tuples, records (their values), the
 * optional/default/nullable/readonly/catch wrappers, lazy and pipe schemas, and unions (the branch that matches).
 */
export interface UnknownKey {
  /** where the key is, the key last. */
  path: PropertyKey[];
  /** a known key of the same object close to it (edit distance ≤ 2, or the same letters without accents). */
  suggestion?: string;
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (s: AnySchema): Def => s._zod.def as unknown as Def;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
/** Far more than any real mistake; bounds the work on a hostile file. */
export const MAX_UNKNOWN_KEYS = 50;

/** The schema the input is checked against, under wrappers that do not change its shape. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let guard = 0; guard < 100; guard++) {
    const d = defOf(s);
    if (WRAPPERS.has(d.type)) s = d.innerType as AnySchema;
    else if (d.type === 'lazy') s = (d.getter as () => AnySchema)();
    else if (d.type === 'pipe') {
      // The input side, unless it only reshapes (z.preprocess) or accepts anything: then the output side.
      const input = unwrap(d.in as AnySchema);
      s = ['transform', 'unknown', 'any'].includes(defOf(input).type) ? (d.out as AnySchema) : input;
    } else return s;
  }
  return s;
}

type Kind = 'object' | 'array' | 'either' | 'other';
function kindOf(schema: AnySchema): Kind {
  const t = defOf(unwrap(schema)).type;
  if (t === 'object' || t === 'record') return 'object';
  if (t === 'array' || t === 'tuple') return 'array';
  if (t === 'union' || t === 'intersection') return 'either';
  return 'other';
}
const valueKind = (v: unknown): Kind => (Array.isArray(v) ? 'array' : isPlainObject(v) ? 'object' : 'other');

/** The branch of a union the input belongs to: by discriminator, else the first that parses, else the closest. */
function branchOf(d: Def, value: unknown): AnySchema | undefined {
  const options = d.options as AnySchema[];
  const disc = d.discriminator as string | undefined;
  if (disc && isPlainObject(value)) {
    return options.find((o) => unwrap(o)._zod.propValues?.[disc]?.has(value[disc] as never));
  }
  const candidates = options.filter((o) => kindOf(o) === 'either' || kindOf(o) === valueKind(value));
  if (candidates.length === 0 || valueKind(value) === 'other') return undefined;
  const parsed = candidates.find((o) => z.safeParse(o, value).success);
  if (parsed) return parsed;
  let best: AnySchema | undefined;
  let fewest = Infinity;
  for (const o of candidates) {
    const found: UnknownKey[] = [];
    walk(o, value, [], found, MAX_UNKNOWN_KEYS);
    if (found.length < fewest) [best, fewest] = [o, found.length];
  }
  return best;
}

function walk(schema: AnySchema, value: unknown, path: PropertyKey[], out: UnknownKey[], limit: number): void {
  if (out.length >= limit || value === null || typeof value !== 'object') return;
  const s = unwrap(schema);
  const d = defOf(s);
  switch (d.type) {
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = d.shape as Record<string, AnySchema>;
      const catchall = d.catchall as AnySchema | undefined;
      const open = catchall !== undefined && defOf(catchall).type !== 'never';
      for (const key of Object.keys(value)) {
        if (out.length >= limit) return;
        if (Object.prototype.hasOwnProperty.call(shape, key)) walk(shape[key]!, value[key], [...path, key], out, limit);
        else if (open) walk(catchall, value[key], [...path, key], out, limit);
        else {
          const suggestion = suggestKey(key, Object.keys(shape));
          out.push(suggestion === undefined ? { path: [...path, key] } : { path: [...path, key], suggestion });
        }
      }
      return;
    }
    case 'record':
      if (isPlainObject(value)) for (const key of Object.keys(value)) walk(d.valueType as AnySchema, value[key], [...path, key], out, limit);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((v, i) => walk(d.element as AnySchema, v, [...path, i], out, limit));
      return;
    case 'tuple': {
      if (!Array.isArray(value)) return;
      const items = d.items as AnySchema[];
      const rest = d.rest as AnySchema | null | undefined;
      value.forEach((v, i) => {
        const item = items[i] ?? rest ?? undefined;
        if (item) walk(item, v, [...path, i], out, limit);
      });
      return;
    }
    case 'union': {
      const branch = branchOf(d, value);
      if (branch) walk(branch, value, path, out, limit);
      return;
    }
    case 'intersection': {
      // A key is unknown only when neither side knows it.
      const left: UnknownKey[] = [];
      const right: UnknownKey[] = [];
      walk(d.left as AnySchema, value, path, left, limit);
      walk(d.right as AnySchema, value, path, right, limit);
      const inRight = new Set(right.map((u) => fieldPath(u.path)));
      out.push(...left.filter((u) => inRight.has(fieldPath(u.path))).slice(0, limit - out.length));
      return;
    }
    default:
      return;
  }
}

/** Every key of `value` that `schema` does not know, with where it is (at most `limit`). */
export function findUnknownKeys(schema: AnySchema, value: unknown, limit = MAX_UNKNOWN_KEYS): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(schema, value, [], out, limit);
  return out;
}

/** The paths of the keys `schema` does not know, as the messages print them ("facts.score", "members[0].nam"). */
export function unknownKeys(schema: AnySchema, value: unknown): string[] {
  return findUnknownKeys(schema, value).map((u) => fieldPath(u.path));
}

/** Optimal string alignment distance (an adjacent swap counts once); stops early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The known key the user probably meant: same letters without accents or case, else the nearest within 1–2 edits. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const k = foldVietnamese(key);
  const same = known.find((x) => foldVietnamese(x) === k);
  if (same !== undefined) return same;
  // Short keys only by accents or case ("x" is not "v"); up to 4 letters one edit ("nam" → "name"), else two.
  const max = k.length <= 2 ? 0 : k.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const x of known) {
    const d = distance(k, foldVietnamese(x), max);
    if (d < bestDistance) [best, bestDistance] = [x, d];
  }
  return best;
}

/** "không có trường này (có phải «scores»?)": the message of one unknown key, without the field. */
export const unknownKeyMessage = (u: UnknownKey): string =>
  u.suggestion === undefined ? 'không có trường này' : `không có trường này (có phải «${u.suggestion}»?)`;

/** One Vietnamese line per unknown key: "Trường «facts.score»: không có trường này (có phải «scores»?)." */
export const unknownKeyLine = (u: UnknownKey): string => `Trường «${fieldPath(u.path)}»: ${unknownKeyMessage(u)}.`;

/**
 * parseWith for input a person wrote (CLI files): unknown keys are errors too, listed first. zod's own
 * "unrecognized keys" issues (strict objects inside) are dropped when the walk already named those keys.
 */
export function parseStrict<T>(schema: z.ZodType<T>, input: unknown, maxLines = 20): ParseResult<T> {
  const unknown = findUnknownKeys(schema, input);
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success && unknown.length === 0) return { ok: true, value: r.data };
  const named = new Set(unknown.map((u) => fieldPath(u.path)));
  const issues = r.success
    ? []
    : r.error.issues.filter((i) => i.code !== 'unrecognized_keys' || !i.keys.every((k) => named.has(fieldPath([...i.path, k]))));
  const lines = [...unknown.map(unknownKeyLine), ...formatIssues(issues, Infinity)];
  const errors = lines.length > maxLines ? [...lines.slice(0, maxLines), `… và ${lines.length - maxLines} lỗi khác.`] : lines;
  return { ok: false, errors };
}

/**
 * The same schema for imported files: the parse fails with one issue per unknown key (path and suggestion)
 * before anything else is checked. JSON Schema export is unchanged (a preprocess exports its target schema).
 * Never use it for records read back from the database: those keep loading whatever keys they carry.
 */
export function rejectUnknownKeys<S extends z.ZodType>(schema: S) {
  return z.preprocess((raw, ctx) => {
    for (const u of findUnknownKeys(schema, raw)) ctx.addIssue({ code: 'custom', path: u.path, message: unknownKeyMessage(u), input: undefined });
    return raw;
  }, schema);
}
