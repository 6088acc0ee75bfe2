/**
 * The nesting depth of parsed JSON, measured without recursion and stopping past `max` (a file nested 50,000
 * deep made recursive code throw "Maximum call stack size exceeded"). Backups, overlays and the CLI bound it.
 */
export const MAX_JSON_DEPTH = 64;

export function deeperThan(root: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Characters that show nothing: zero-width space / joiners, word joiner, byte order mark, soft hyphen. */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
