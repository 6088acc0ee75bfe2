import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putDraftRecord, type KiemDiemDB } from '../../stores/db';
import { createDraftSaver } from '../../stores/draft-save';
import { handleSaveRequest } from '../../stores/draft-save-handler';
import { SaveReplySchema } from '../../domain/schemas/save-messages';
import { fixtureDraft, freshDb } from './fixtures';

/**
 * The save worker's message handling (stores/draft-save-handler.ts), run here on fake-indexeddb: every request
 * is checked, every outcome is a reply the editor accepts (SaveReplySchema), nothing throws.
 */
let db: KiemDiemDB;
beforeEach(async () => {
  db = freshDb('worker');
  await db.open();
});
afterEach(() => db.delete());

const saverFor = () => createDraftSaver(() => db);
const withText = (d: ReturnType<typeof fixtureDraft>, text: string) => ({ ...structuredClone(d), sections: { ...structuredClone(d.sections), 'A.I.1': { text } } });

describe('save worker: one message, one checked reply', () => {
  it('saves on the stored revision: "saved" with the new revision and the commit time', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'w1', rev: 2 });
    await putDraftRecord(db, base);
    const before = performance.timeOrigin + performance.now();
    const reply = await handleSaveRequest({ v: 1, id: 5, dbName: db.name, base, working: withText(base, 'Từ luồng phụ.') }, saverFor);
    expect(SaveReplySchema.parse(reply)).toMatchObject({ kind: 'saved', id: 5, rev: 3 });
    if (reply.kind !== 'saved') return;
    expect(reply.at).toBeGreaterThanOrEqual(before);
    expect((await db.drafts.get('w1'))!.sections['A.I.1']!.text).toBe('Từ luồng phụ.');
  });

  it('another view saved first: "merged" with the merged draft and the conflict', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'w2', rev: 1 });
    await putDraftRecord(db, base);
    await createDraftSaver(() => db).saveDraft(base, withText(base, 'Bên kia.'));
    const reply = await handleSaveRequest({ v: 1, id: 6, dbName: db.name, base, working: withText(base, 'Bên này.') }, saverFor);
    expect(SaveReplySchema.parse(reply)).toMatchObject({ kind: 'merged', id: 6, conflicts: [{ key: 'sections.A.I.1', mine: 'Bên này.', theirs: 'Bên kia.' }] });
    expect((await db.drafts.get('w2'))!.rev).toBe(3);
  });

  it.each([
    ['not an object', 'hỏng', 0, /Yêu cầu lưu không hợp lệ/],
    ['no draft', { v: 1, id: 3, dbName: 'x' }, 3, /«base»/],
    ['a draft with a bad field', { v: 1, id: 4, dbName: 'x', base: fixtureDraft('qd366-2025-02B'), working: { ...fixtureDraft('qd366-2025-02B'), reviewYear: 'năm nay' } }, 4, /«working\.reviewYear»/],
    ['a newer message version', { v: 2, id: 9, dbName: 'x', base: fixtureDraft('qd366-2025-02B'), working: fixtureDraft('qd366-2025-02B') }, 9, /«v»/],
  ])('%s: a "failed" reply naming the field, nothing written', async (_name, message, id, text) => {
    const saveDraft = vi.fn();
    const reply = await handleSaveRequest(message, () => ({ saveDraft }));
    expect(SaveReplySchema.parse(reply)).toMatchObject({ kind: 'failed', id, name: 'InvalidRequest' });
    if (reply.kind === 'failed') expect(reply.message).toMatch(text);
    expect(saveDraft).not.toHaveBeenCalled();
  });

  it('a storage error comes back by name (the editor words it: quota, closed database…)', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'w3' });
    const quota = Object.assign(new Error('đầy'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const reply = await handleSaveRequest({ v: 1, id: 8, dbName: db.name, base, working: base }, () => ({ saveDraft: () => Promise.reject(quota) }));
    expect(SaveReplySchema.parse(reply)).toEqual({ kind: 'failed', id: 8, name: 'QuotaExceededError', message: 'đầy' });
  });
});
