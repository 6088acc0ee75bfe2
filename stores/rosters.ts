import { defineStore } from 'pinia';
import { parseWith } from '@/domain/schemas/errors';
import { RosterSchema, type Roster } from '@/domain/schemas/roster';
import { useDatabase } from './db';
import { newId, plain } from './drafts';

/** A unit head's rosters (issue 5), in the `rosters` table as `{ id, updatedAt, data }`; `data` is validated on read. */
export interface RosterSummaryRow {
  id: string;
  updatedAt: number;
  /** unit name, or "" when unnamed or unreadable. */
  name: string;
  reviewYear: number | null;
  members: number;
  /** Vietnamese lines when the stored data is not a valid roster (it is kept, not deleted). */
  errors: string[];
}

export type LoadedRoster = { ok: true; id: string; updatedAt: number; roster: Roster } | { ok: false; id: string; errors: string[] };

export const useRostersStore = defineStore('rosters', () => {
  const db = () => useDatabase();

  async function listRosters(): Promise<RosterSummaryRow[]> {
    const rows = await db().rosters.orderBy('updatedAt').reverse().toArray();
    return rows.map((row) => {
      const r = parseWith(RosterSchema, row.data);
      return r.ok
        ? { id: row.id, updatedAt: row.updatedAt, name: r.value.unit.name, reviewYear: r.value.reviewYear, members: r.value.members.length, errors: [] }
        : { id: row.id, updatedAt: row.updatedAt, name: '', reviewYear: null, members: 0, errors: r.errors };
    });
  }

  async function getRoster(id: string): Promise<LoadedRoster | undefined> {
    const row = await db().rosters.get(id);
    if (!row) return undefined;
    const r = parseWith(RosterSchema, row.data);
    return r.ok ? { ok: true, id, updatedAt: row.updatedAt, roster: r.value } : { ok: false, id, errors: r.errors };
  }

  /** Validates and stores (a new id when none is given); Vietnamese errors instead of storing invalid data. */
  async function saveRoster(id: string | undefined, roster: Roster): Promise<{ id: string; errors: string[] }> {
    const key = id ?? newId();
    const r = parseWith(RosterSchema, plain(roster));
    if (!r.ok) return { id: key, errors: r.errors };
    await db().rosters.put({ id: key, updatedAt: Date.now(), data: r.value });
    return { id: key, errors: [] };
  }

  const deleteRoster = (id: string): Promise<void> => db().rosters.delete(id);

  return { listRosters, getRoster, saveRoster, deleteRoster };
});
