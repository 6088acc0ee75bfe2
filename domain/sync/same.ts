import type { Draft } from '../schemas/draft';

/** Deep equality of plain data (JSON-like), whatever the order of object keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameData(x, bs[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

/** Two drafts hold the same content (revision and save time aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  return sameData({ ...a, rev: 0, updatedAt: 0 }, { ...b, rev: 0, updatedAt: 0 });
}
