import fc from 'fast-check';

/**
 * Mutations of valid documents for property-based tests: delete, retype, oversize a field, nest deeply, add
 * prototype-polluting keys, denormalise text. Each mutation is counted by kind for the report.
 */
export type Path = (string | number)[];
export type MutationKind = 'delete' | 'retype' | 'oversize' | 'deep' | 'proto' | 'nfd' | 'none';

export interface Mutation {
  kind: MutationKind;
  pick: number;
  value: unknown;
}

/** Every path to a value inside `root` (root itself excluded), depth-first, without recursion. */
export function allPaths(root: unknown): Path[] {
  const out: Path[] = [];
  const stack: [unknown, Path][] = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) stack.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, unknown> | undefined;
  return node && typeof node === 'object' ? node : undefined;
}

function nest(depth: number): unknown {
  let v: unknown = 'đáy';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function nfdAll(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' ? v.normalize('NFD') : v));
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant<MutationKind>('delete'), pick: fc.nat(), value: fc.constant(undefined) }),
  fc.record({ kind: fc.constant<MutationKind>('retype'), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant<MutationKind>('oversize'),
    pick: fc.nat(),
    value: fc.oneof(
      fc.integer({ min: 200_001, max: 400_000 }).map((n) => 'ệ'.repeat(n)),
      fc.constant(Number.MAX_VALUE),
      fc.constant(-1),
      fc.integer({ min: 501, max: 6000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
    ),
  }),
  fc.record({ kind: fc.constant<MutationKind>('deep'), pick: fc.nat(), value: fc.integer({ min: 10, max: 3000 }).map(nest) }),
  fc.record({
    kind: fc.constant<MutationKind>('proto'),
    pick: fc.nat(),
    value: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ kind: fc.constant<MutationKind>('nfd'), pick: fc.nat(), value: fc.constant(undefined) }),
  fc.record({ kind: fc.constant<MutationKind>('none'), pick: fc.nat(), value: fc.constant(undefined) }),
);

/** Applies a mutation to a deep copy of `doc`; returns the JSON text (proto keys need text to survive). */
export function mutate(doc: unknown, m: Mutation): string {
  if (m.kind === 'nfd') return JSON.stringify(nfdAll(doc));
  if (m.kind === 'none') return JSON.stringify(doc);
  const copy = structuredClone(doc);
  const paths = allPaths(copy);
  const path = paths[m.pick % paths.length]!;
  const parent = parentOf(copy, path);
  const key = path[path.length - 1]!;
  if (!parent) return JSON.stringify(copy);
  if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
    return JSON.stringify(copy);
  }
  if (m.kind === 'proto') {
    const target = parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]) ? parent[key] : parent;
    if (Array.isArray(target)) return JSON.stringify(copy);
    const marker = '"__KIEM_DIEM_MARKER__":1';
    Object.assign(target as object, { __KIEM_DIEM_MARKER__: 1 });
    return JSON.stringify(copy).replace(marker, `"${String(m.value)}":{"polluted":true,"text":"x"}`);
  }
  parent[key] = m.value;
  return JSON.stringify(copy);
}

/** Vietnamese line: has at least one letter only Vietnamese uses in our messages. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

export function isCleanRejection(errors: unknown): boolean {
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((l) => typeof l === 'string' && l.length > 0 && l.length < 2000 && VIETNAMESE.test(l) && l === l.normalize('NFC'))
  );
}

/** Counts of inputs tried, by kind; printed by each suite for the report. */
export function counter() {
  const counts: Record<string, number> = {};
  return {
    counts,
    add(kind: string) {
      counts[kind] = (counts[kind] ?? 0) + 1;
    },
    print(suite: string) {
      console.log(`[safety] ${suite}: ${JSON.stringify(counts)}`);
    },
  };
}
