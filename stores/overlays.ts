import { defineStore } from 'pinia';
import { getOverlay, listOverlays, parseOverlayFile } from '@/domain/overlays/index';
import { parseWith, type ParseResult } from '@/domain/schemas/errors';
import { OverlaySchema, type Overlay } from '@/domain/schemas/overlay';
import { useDatabase } from './db';
import { plain } from './drafts';

export interface StoredOverlay {
  overlay: Overlay;
  updatedAt: number;
}

/** A stored record that no longer validates (kept, never silently dropped; shown to the user). */
export interface BrokenOverlay {
  id: string;
  errors: string[];
}

/**
 * Local guidance (overlays) a unit head wrote in the app or a member imported from a file, kept in the `overlays`
 * table as `{ id, updatedAt, data }`. Built-in overlays come from domain/overlays and are never stored.
 */
export const useOverlaysStore = defineStore('overlays', () => {
  const db = () => useDatabase();

  /** Every stored overlay, newest first, each validated again when read. */
  async function listStored(): Promise<{ valid: StoredOverlay[]; broken: BrokenOverlay[] }> {
    const rows = await db().overlays.orderBy('updatedAt').reverse().toArray();
    const valid: StoredOverlay[] = [];
    const broken: BrokenOverlay[] = [];
    for (const row of rows) {
      const parsed = parseOverlayFile(row.data);
      if (parsed.ok) valid.push({ overlay: parsed.value, updatedAt: row.updatedAt });
      else broken.push({ id: row.id, errors: parsed.errors });
    }
    return { valid, broken };
  }

  /** A built-in overlay, or a stored one (built-in ids are reserved, see saveOverlay). */
  async function findOverlay(id: string): Promise<Overlay | undefined> {
    const builtIn = getOverlay(id);
    if (builtIn) return builtIn;
    const row = await db().overlays.get(id);
    if (!row) return undefined;
    const parsed = parseOverlayFile(row.data);
    return parsed.ok ? parsed.value : undefined;
  }

  /**
   * Validates (OverlaySchema) and stores an overlay; replaces a stored one with the same id. Nothing is written
   * when it is invalid or reuses the id of a built-in overlay.
   */
  async function saveOverlay(input: unknown): Promise<ParseResult<Overlay>> {
    const parsed = parseWith(OverlaySchema, input === undefined ? input : plain(input));
    if (!parsed.ok) return parsed;
    if (listOverlays().some((o) => o.id === parsed.value.id)) {
      return { ok: false, errors: [`Trường «id»: mã «${parsed.value.id}» trùng với một hướng dẫn có sẵn trong ứng dụng; hãy đổi mã.`] };
    }
    await db().overlays.put({ id: parsed.value.id, updatedAt: Date.now(), data: plain(parsed.value) });
    return parsed;
  }

  async function deleteOverlay(id: string): Promise<void> {
    await db().overlays.delete(id);
  }

  return { listStored, findOverlay, saveOverlay, deleteOverlay };
});
