import type { Draft, DraftV1 } from '../schemas/draft';

/**
 * A draft's history kept without repeating itself. Versions are a chain, oldest first; a version may leave out
 * the section texts it shares with the NEXT version of the chain and list their keys in `same`. The last
 * version is complete (in storage), or may refer to the draft itself (`tail`, in a backup file).
 *
 * Why: a 20-page draft with 50 versions was 50 full copies (2.8 MB); consecutive versions usually differ in
 * one or two units. Only the oldest version is ever deleted (nothing refers to it), so no link breaks.
 */
export interface ChainLink {
  draft: Draft;
  /** keys of sections whose content is that of the next version (or of the tail). */
  same?: string[];
}

type Section = DraftV1['sections'][string];

const sameSection = (a: Section | undefined, b: Section | undefined): boolean =>
  a !== undefined && b !== undefined && a.text === b.text && a.composedHash === b.composedHash;

/** `older` without the sections equal to `newer`'s, and their keys. */
export function compactAgainst(older: Draft, newer: Draft): { draft: Draft; same: string[] } {
  const sections: Draft['sections'] = {};
  const same: string[] = [];
  for (const [key, section] of Object.entries(older.sections)) {
    if (Object.hasOwn(newer.sections, key) && sameSection(section, newer.sections[key])) same.push(key);
    else sections[key] = section;
  }
  return { draft: { ...older, sections }, same };
}

/** `link` with its left-out sections taken from `newer` (a complete draft). Keys missing there stay missing. */
export function resolveAgainst(link: ChainLink, newer: Draft | undefined): Draft {
  if (!link.same || link.same.length === 0) return link.draft;
  const sections: Draft['sections'] = {};
  for (const key of link.same) if (newer && Object.hasOwn(newer.sections, key)) sections[key] = newer.sections[key]!;
  // The version's own sections win over a key also listed in `same` (a hand-edited file).
  for (const [key, section] of Object.entries(link.draft.sections)) sections[key] = section;
  return { ...link.draft, sections };
}

/**
 * Complete drafts for every version of a chain (same order), working back from the last. `tail` is what the
 * last version may refer to (the draft itself, in a backup file).
 */
export function resolveChain<T extends ChainLink>(links: readonly T[], tail?: Draft): (Omit<T, 'same'> & { draft: Draft })[] {
  const out = new Array<Omit<T, 'same'> & { draft: Draft }>(links.length);
  let newer = tail;
  for (let i = links.length - 1; i >= 0; i--) {
    const { same: _same, ...rest } = links[i]!;
    const draft = resolveAgainst(links[i]!, newer);
    out[i] = { ...rest, draft };
    newer = draft;
  }
  return out;
}

/** The chain of complete versions made compact: each against the next, the last against `tail` or complete. */
export function compactChain<T extends ChainLink>(links: readonly T[], tail?: Draft): T[] {
  return links.map((link, i) => {
    const { same: _same, ...rest } = link;
    const newer = i + 1 < links.length ? links[i + 1]!.draft : tail;
    if (!newer) return rest as T;
    const { draft, same } = compactAgainst(link.draft, newer);
    return (same.length > 0 ? { ...rest, draft, same } : { ...rest, draft }) as T;
  });
}
