import type { Draft } from '@/domain/schemas/draft';
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
  return { draftId, nextSeq, versions: Number.isFinite(keep) ? versions.slice(-keep) : versions };
}

/** When the newest version of a draft was kept. */
export async function lastVersionAt(db: KiemDiemDB, draftId: string): Promise<number | undefined> {
  return (await db.draftHistories.get(draftId))?.versions.at(-1)?.savedAt;
}

/** Keeps one version (a plain copy the caller hands over), in a transaction of its own or the caller's. */
export async function addVersion(db: KiemDiemDB, draft: Draft, reason: VersionReason, savedAt: number): Promise<void> {
  await db.transaction('rw', db.draftHistories, async () => {
    const history = await db.draftHistories.get(draft.id);
    await db.draftHistories.put(appendToHistory(history, draft.id, [{ savedAt, reason, draft }], MAX_VERSIONS_PER_DRAFT));
  });
}

export async function listVersions(db: KiemDiemDB, draftId: string): Promise<DraftVersion[]> {
  return resolveHistory(await db.draftHistories.get(draftId));
}
