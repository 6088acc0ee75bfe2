import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, type KiemDiemDB } from '../../stores/db';
import { RESCUE_LOCAL_MAX_CHARS, dropRescue, readRescue, writeRescue } from '../../stores/draft-rescue';
import { fixtureDraft, freshDb } from './fixtures';

/** The rescue copy of what is on screen: IndexedDB and a synchronous localStorage copy (issue 20 item 2, a crash). */
let db: KiemDiemDB;
beforeEach(() => {
  localStorage.clear();
  db = useDatabase(freshDb('rescue'));
});
afterEach(async () => void (await db.delete()));

const draft = (text: string) => fixtureDraft('qd366-2025-02A', { id: 'r1', sections: { 'A.I.1': { text } } });

describe('draft rescue copy', () => {
  it('is readable from localStorage alone (the IndexedDB write had not committed)', async () => {
    // the database is not open yet: only the localStorage copy can be written
    expect(writeRescue(draft('trước'), draft('sau khi dán'))).toBe(true);
    expect(JSON.parse(localStorage.getItem('kd.rescue:r1')!).working.sections['A.I.1'].text).toBe('sau khi dán');
    expect((await readRescue('r1'))!.working.sections['A.I.1']!.text).toBe('sau khi dán');
  });

  it('the newer of the two copies wins; dropping removes both', async () => {
    await db.open();
    expect(writeRescue(draft(''), draft('một'))).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    const newer = { base: draft(''), working: draft('hai'), at: Date.now() + 1000 };
    localStorage.setItem('kd.rescue:r1', JSON.stringify(newer));
    expect((await readRescue('r1'))!.working.sections['A.I.1']!.text).toBe('hai');
    localStorage.setItem('kd.rescue:r1', JSON.stringify({ ...newer, at: 1 }));
    expect((await readRescue('r1'))!.working.sections['A.I.1']!.text).toBe('một');
    await dropRescue('r1');
    expect(localStorage.getItem('kd.rescue:r1')).toBeNull();
    expect(await readRescue('r1')).toBeUndefined();
  });

  it('a copy larger than the bound goes to IndexedDB only; a broken local copy is ignored', async () => {
    await db.open();
    const big = 'x'.repeat(RESCUE_LOCAL_MAX_CHARS);
    const huge = draft('');
    huge.sections['A.I.1'] = { text: big }; // over the schema's section limit: written as typed, kept by overflow elsewhere
    expect(writeRescue(draft(''), huge)).toBe(true);
    expect(localStorage.getItem('kd.rescue:r1')).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect((await readRescue('r1'))!.working.sections['A.I.1']!.text).toHaveLength(big.length);
    localStorage.setItem('kd.rescue:r1', '{not json');
    expect((await readRescue('r1'))!.working.sections['A.I.1']!.text).toHaveLength(big.length);
  });
});
