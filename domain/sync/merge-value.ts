import { sameData } from './same';

/**
 * Any plain value edited in two views, merged three ways as deep as it goes: objects key by key, lists of
 * items with an `id` (tasks, achievements…) item by item, so a task added in each window keeps both. Where one
 * value was changed on both sides, "mine" (the view saving) wins.
 */
type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] => Array.isArray(v) && v.every((x) => isPlain(x) && typeof x.id === 'string') && new Set(v.map((x) => (x as { id: string }).id)).size === v.length;

export function mergeValue<T>(base: T, mine: T, theirs: T): T {
  if (sameData(mine, theirs) || sameData(theirs, base)) return mine;
  if (sameData(mine, base)) return theirs;
  if (isPlain(mine) && isPlain(theirs)) return mergeObject(isPlain(base) ? base : {}, mine, theirs) as T;
  if (hasIds(mine) && hasIds(theirs)) return mergeItems(hasIds(base) ? base : [], mine, theirs) as T;
  return mine;
}

function mergeObject(base: Plain, mine: Plain, theirs: Plain): Plain {
  const out: Plain = {};
  for (const k of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const get = (r: Plain) => (Object.hasOwn(r, k) ? r[k] : undefined);
    const v = mergeValue(get(base), get(mine), get(theirs));
    if (v !== undefined) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Lists merged by item id: mine's order, then the items only the other view added (in its order). An item
 * removed on one side and untouched on the other is removed; removed on one side and edited on the other, kept.
 */
function mergeItems(base: { id: string }[], mine: { id: string }[], theirs: { id: string }[]): { id: string }[] {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const out: { id: string }[] = [];
  const take = (id: string) => {
    const [bi, mi, ti] = [b.get(id), m.get(id), t.get(id)];
    if (bi && (!mi || !ti)) {
      const left = mi ?? ti;
      if (!left || sameData(left, bi)) return; // removed on one side, untouched on the other
      out.push(left);
      return;
    }
    if (mi && ti) out.push(mergeValue(bi ?? {}, mi, ti) as { id: string });
    else if (mi ?? ti) out.push((mi ?? ti)!);
  };
  for (const x of mine) take(x.id);
  for (const x of theirs) if (!m.has(x.id)) take(x.id);
  return out;
}
