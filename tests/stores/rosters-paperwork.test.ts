import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { RosterSchema } from '../../domain/schemas/roster';
import { useDatabase, type KiemDiemDB } from '../../stores/db';
import { useRostersStore } from '../../stores/rosters';
import { freshDb } from './fixtures';

/** Paperwork facts are stored with the roster; a roster stored before they existed still loads. */
let db: KiemDiemDB;
beforeEach(() => {
  db = useDatabase(freshDb('roster-paperwork'));
  setActivePinia(createPinia());
});
afterEach(() => db.close());

const FIXTURE = RosterSchema.parse(JSON.parse(readFileSync('tests/fixtures/rosters/chi-bo-2025-paperwork.json', 'utf8')));

describe('paperwork facts in the rosters table', () => {
  it('saved and read back as typed', async () => {
    const store = useRostersStore();
    const { id, errors } = await store.saveRoster(undefined, FIXTURE);
    expect(errors).toEqual([]);
    const got = await store.getRoster(id);
    expect(got?.ok && got.roster.paperwork).toEqual(FIXTURE.paperwork);
  });

  it('a roster stored before paperwork facts existed loads, with none', async () => {
    const { paperwork: _dropped, ...old } = FIXTURE;
    await db.rosters.put({ id: 'old', updatedAt: 1, data: JSON.parse(JSON.stringify(old)) });
    const got = await useRostersStore().getRoster('old');
    expect(got?.ok).toBe(true);
    expect(got?.ok && got.roster.paperwork).toBeUndefined();
    expect(got?.ok && got.roster.members).toHaveLength(11);
  });

  it('bad facts are refused with a Vietnamese message naming the field; nothing is stored', async () => {
    const store = useRostersStore();
    const bad = { ...FIXTURE, paperwork: { ...FIXTURE.paperwork!, present: -2 } };
    const { id, errors } = await store.saveRoster(undefined, bad);
    expect(errors).toEqual(['Trường «paperwork.present»: không được âm.']);
    expect(await db.rosters.get(id)).toBeUndefined();
  });
});
