import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { putDraftRecord, useDatabase } from '../../stores/db';
import { plain, useDraftsStore } from '../../stores/drafts';
import { fixtureDraft, freshDb } from './fixtures';

/**
 * saveDraft writes at once and checks the stored revision in the same transaction; when another view saved
 * in between, that transaction is aborted (its write and its version undone) and the save merges instead.
 */
describe('saveDraft: optimistic write, merge when another view saved first', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    useDatabase(freshDb('save'));
  });
  afterEach(() => useDatabase().close());

  const withText = (d: ReturnType<typeof fixtureDraft>, unit: string, text: string) => ({ ...plain(d), sections: { ...d.sections, [unit]: { text } } });

  it('on the stored revision: saved as is, revision + 1, summary updated, one version kept', async () => {
    const store = useDraftsStore();
    const base = fixtureDraft('qd366-2025-02B', { id: 's1', rev: 4, title: 'Trước' });
    await putDraftRecord(useDatabase(), base);
    const out = await store.saveDraft(base, { ...withText(base, 'A.I.1', 'Mới gõ.'), title: 'Sau' });
    expect(out.merged).toBe(false);
    expect(out.conflicts).toEqual([]);
    expect(out.saved.rev).toBe(5);
    expect((await store.getDraft('s1'))!.sections['A.I.1']!.text).toBe('Mới gõ.');
    expect(await store.getSummary('s1')).toMatchObject({ title: 'Sau', rev: 5 });
    expect(await store.listVersions('s1')).toHaveLength(1);
  });

  it('on an older revision: the other view’s text and ours both survive, revision after theirs', async () => {
    const store = useDraftsStore();
    const base = fixtureDraft('qd366-2025-02B', { id: 's2', rev: 1 });
    await putDraftRecord(useDatabase(), base);
    // the other view saves first: unit A.I.2, revision 2 (and its own version)
    const theirs = await store.saveDraft(base, withText(base, 'A.I.2', 'Của cửa sổ kia.'));
    expect(theirs.saved.rev).toBe(2);
    const versionsBefore = (await store.listVersions('s2')).length;
    // we still edit from revision 1
    const ours = await store.saveDraft(base, withText(base, 'A.I.1', 'Của cửa sổ này.'));
    expect(ours.merged).toBe(true);
    expect(ours.saved.rev).toBe(3);
    const stored = (await store.getDraft('s2'))!;
    expect(stored.sections['A.I.1']!.text).toBe('Của cửa sổ này.');
    expect(stored.sections['A.I.2']!.text).toBe('Của cửa sổ kia.');
    expect((await store.getSummary('s2'))!.rev).toBe(3);
    // the aborted first attempt left no version behind (the 5-minute rule keeps none for this save)
    expect(await store.listVersions('s2')).toHaveLength(versionsBefore);
  });

  it('on an older revision, same unit: a conflict comes back and the other text is kept as a version', async () => {
    const store = useDraftsStore();
    const base = fixtureDraft('qd366-2025-02B', { id: 's3', rev: 1 });
    await putDraftRecord(useDatabase(), base);
    await store.saveDraft(base, withText(base, 'A.I.1', 'Bên kia viết.'));
    const ours = await store.saveDraft(base, withText(base, 'A.I.1', 'Bên này viết.'));
    expect(ours.conflicts).toEqual([expect.objectContaining({ key: 'sections.A.I.1', theirs: 'Bên kia viết.' })]);
    expect((await store.getDraft('s3'))!.sections['A.I.1']!.text).toBe('Bên này viết.');
    const kept = (await store.listVersions('s3')).map((v) => v.draft.sections['A.I.1']?.text);
    expect(kept).toContain('Bên kia viết.');
  });

  it('deleted in another view: the save brings it back rather than losing the text', async () => {
    const store = useDraftsStore();
    const base = fixtureDraft('qd366-2025-02B', { id: 's4', rev: 3 });
    await putDraftRecord(useDatabase(), base);
    await store.deleteDraft('s4');
    const out = await store.saveDraft(base, withText(base, 'A.I.1', 'Vẫn còn.'));
    expect(out.saved.rev).toBe(1);
    expect((await store.getDraft('s4'))!.sections['A.I.1']!.text).toBe('Vẫn còn.');
    expect((await store.getSummary('s4'))!.rev).toBe(1);
  });
});
