import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { useDraftEditor } from '../../composables/useDraftEditor';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../stores/db';
import { useDraftsStore } from '../../stores/drafts';
import { fixtureDraft, freshDb } from '../stores/fixtures';
import type { Draft } from '../../domain/schemas/draft';
import { until } from '../helpers/until';

/**
 * Issue 20 item 3, "two windows on one draft": the interleaving that e2e tests/e2e/nothing-lost.e2e.test.ts
 * ("two pages typing") hit at random, replayed step by step. Two editors (each with its own store, as two
 * pages) on one fake-indexeddb; saves only when a step says so.
 */
type Editor = ReturnType<typeof useDraftEditor>;
const UNIT = 'A.I.1';
let db: KiemDiemDB;
let draft: Draft;
const wrappers: VueWrapper[] = [];

async function openEditor(): Promise<Editor> {
  let editor: Editor | undefined;
  const Harness = defineComponent({
    setup() {
      editor = useDraftEditor(draft.id, { autosaveDelayMs: 60_000, saveWorker: false });
      return () => h('div');
    },
  });
  wrappers.push(mount(Harness, { global: { plugins: [createPinia()] } }));
  await until(() => Boolean(editor?.working.value), 'the draft loads');
  return editor!;
}
const textOf = (d: Draft | undefined) => d?.sections[UNIT]?.text ?? '';
const type = (e: Editor, text: string) => e.edit((d) => (d.sections[UNIT] = { ...d.sections[UNIT], text }));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

beforeEach(async () => {
  setActivePinia(createPinia());
  db = useDatabase(freshDb('two-windows'));
  draft = fixtureDraft('qd366-2025-02A', { rev: 1 });
  draft.sections[UNIT] = { text: '' };
  await putDraftRecord(db, draft);
});
afterEach(async () => {
  for (const w of wrappers.splice(0)) w.unmount();
  await db.delete();
});

describe('two windows typing into one empty section', () => {
  it('a space typed before the other window\'s first word arrived: both windows\' words stay in the draft, no conflict', async () => {
    const a = await openEditor();
    const b = await openEditor();
    // A types at the start, B at the end; B's first keystroke (a space) is not saved yet when A's word arrives.
    type(b, ' ');
    type(a, ' al');
    await a.flush();
    // B merges A's word beside its own space: two spaces, then A's word.
    await until(() => textOf(b.working.value) === '  al', "A's word in B");
    type(b, '  al beta'); // B, at the end
    type(a, ' alph'); // A, still in its first word
    await b.flush();
    await a.flush(); // A saves on a base B has moved on from: merged with B's text
    await until(async () => textOf(a.working.value) === textOf(await db.drafts.get(draft.id)) && textOf(b.working.value) === textOf(a.working.value), 'both windows show what is stored');
    const stored = textOf(await db.drafts.get(draft.id));
    expect(words(stored)).toEqual(['alph', 'beta']);
    expect([a.conflicts.value, b.conflicts.value]).toEqual([[], []]);
    expect((await useDraftsStore().listVersions(draft.id)).filter((v) => v.reason === 'conflict')).toEqual([]);
  });

  it("the same word changed here while this save merged the other window's change of it: the other text is kept as a version", async () => {
    draft.sections[UNIT] = { text: 'a b c' };
    await putDraftRecord(db, { ...draft, rev: 2 });
    const a = await openEditor();
    const b = await openEditor();
    type(a, 'a b c d');
    type(b, 'a B c');
    const saves = [b.flush(), a.flush()]; // B's commits first; A's, on the older base, merges B's 'B' in
    type(a, 'a X c d'); // typed while A's save runs: the same word B changed
    await Promise.all(saves);
    expect(a.conflicts.value).toEqual([{ key: `sections.${UNIT}`, mine: 'a X c d', theirs: 'a B c d' }]);
    await a.flush(); // "mine" over B's text
    expect(textOf(await db.drafts.get(draft.id))).toBe('a X c d');
    await until(async () => (await useDraftsStore().listVersions(draft.id)).some((v) => v.reason === 'conflict' && textOf(v.draft) === 'a B c d'), "B's text kept as a version");
  });
});
