import type { Draft } from '@/domain/schemas/draft';
import { sameContent } from '@/domain/sync/same';
import { compactAgainst, compactChain, resolveChain } from '@/domain/sync/version-chain';
import type { DraftHistoryRecord, DraftVersion, KiemDiemDB, StoredVersion, VersionReason } from './db';

/**
 * A draft's version history: one record per draft (db.draftHistories), the versions oldest first as a chain in
 * which each version keeps only the sections that differ from the next (domain/sync/version-chain.ts).
 */
export const MAX_VERSIONS_PER_DRAFT = 50;

/** Every version of a history, complete, oldest first. */
export function resolveHistory(history: DraftHistoryRecord | undefined): DraftVersion[] {
  if (!history) return [];
  return resolveChain(history.versions).map(({ seq, savedAt, reason, draft }) => ({ draftId: history.draftId, seq, savedAt, reason, draft }));
}

/**
 * `history` with complete versions added after its own (they get the next numbers). The last stored version
 * is complete, so the new ones chain on without changing any stored link; the one before the new ones is made
 * compact against the first of them. `keep` drops the oldest beyond it (nothing refers to them).
 */
export function appendToHistory(
  history: DraftHistoryRecord | undefined,
  draftId: string,
  added: readonly { savedAt: number; reason: VersionReason; draft: Draft }[],
  keep = Infinity,
): DraftHistoryRecord {
  const versions: StoredVersion[] = [...(history?.versions ?? [])];
  let nextSeq = history?.nextSeq ?? 1;
  if (added.length === 0) return { draftId, nextSeq, versions };
  const previous = versions.at(-1);
  if (previous && !previous.same) {
    const { draft, same } = compactAgainst(previous.draft, added[0]!.draft);
    if (same.length > 0) versions[versions.length - 1] = { ...previous, draft, same };
  }
  versions.push(...compactChain(added.map(({ savedAt, reason, draft }) => ({ seq: nextSeq++, savedAt, reason, draft }))));
  return { draftId, nextSeq, versions: versions.length > keep ? evictOldest(versions, keep) : versions };
}

/**
 * The chain cut to `keep` versions by dropping the oldest kept automatically. A version the user saved by hand
 * ("Lưu phiên bản") is never dropped: two windows' conflict copies once pushed it out of a full history.
 * Dropping a version from the middle of the chain means resolving it first (its neighbour refers to it).
 */
function evictOldest(versions: StoredVersion[], keep: number): StoredVersion[] {
  let excess = versions.length - keep;
  const firstAuto = versions.findIndex((v) => v.reason !== 'manual');
  if (firstAuto < 0) return versions;
  if (versions.slice(0, excess).every((v) => v.reason !== 'manual')) return versions.slice(excess); // the usual case
  const kept = resolveChain(versions).filter((v) => {
    if (excess > 0 && v.reason !== 'manual') {
      excess--;
      return false;
    }
    return true;
  });
  return compactChain(kept);
}

/** When the newest version of a draft was kept. */
export async function lastVersionAt(db: KiemDiemDB, draftId: string): Promise<number | undefined> {
  return (await db.draftHistories.get(draftId))?.versions.at(-1)?.savedAt;
}

/** Keeps one version (a plain copy the caller hands over), in a transaction of its own or the caller's. */
export async function addVersion(db: KiemDiemDB, draft: Draft, reason: VersionReason, savedAt: number): Promise<void> {
  await db.transaction('rw', db.draftHistories, async () => {
    const history = await db.draftHistories.get(draft.id);
    // A copy kept on an event (opened, before a paste, another window's text…) with the same content as the
    // newest version (complete in storage) is not kept twice; periodic and hand-saved versions always are.
    const last = history?.versions.at(-1);
    if (reason !== 'manual' && reason !== 'autosave' && last && !last.same && sameContent(last.draft, draft)) return;
    await db.draftHistories.put(appendToHistory(history, draft.id, [{ savedAt, reason, draft }], MAX_VERSIONS_PER_DRAFT));
  });
}

export async function listVersions(db: KiemDiemDB, draftId: string): Promise<DraftVersion[]> {
  return resolveHistory(await db.draftHistories.get(draftId));
}
