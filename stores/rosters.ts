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
  /**
   * Summaries already worked out, by id, valid for one `updatedAt`: the list is read again after every save, and
   * validating a 5,000-member roster each time took the main thread for tens of milliseconds per roster.
   */
  const known = new Map<string, RosterSummaryRow>();
  const summaryOf = (id: string, updatedAt: number, roster: Roster): RosterSummaryRow =>
    ({ id, updatedAt, name: roster.unit.name, reviewYear: roster.reviewYear, members: roster.members.length, errors: [] });

  async function listRosters(): Promise<RosterSummaryRow[]> {
    const rows = await db().rosters.orderBy('updatedAt').reverse().toArray();
    return rows.map((row) => {
      const cached = known.get(row.id);
      if (cached && cached.updatedAt === row.updatedAt) return cached;
      const r = parseWith(RosterSchema, row.data);
      const out: RosterSummaryRow = r.ok
        ? summaryOf(row.id, row.updatedAt, r.value)
        : { id: row.id, updatedAt: row.updatedAt, name: '', reviewYear: null, members: 0, errors: r.errors };
      known.set(row.id, out);
      return out;
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
    const updatedAt = Date.now();
    await db().rosters.put({ id: key, updatedAt, data: r.value });
    known.set(key, summaryOf(key, updatedAt, r.value));
    return { id: key, errors: [] };
  }

  async function deleteRoster(id: string): Promise<void> {
    await db().rosters.delete(id);
    known.delete(id);
  }

  return { listRosters, getRoster, saveRoster, deleteRoster };
});
