import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { useDraftEditor } from '../../composables/useDraftEditor';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../stores/db';
import { addVersion } from '../../stores/history';
import { useDraftsStore } from '../../stores/drafts';
import { fixtureDraft, freshDb } from '../stores/fixtures';
import type { Draft } from '../../domain/schemas/draft';
import { until as untilTime } from '../helpers/until';

/**
 * "No lost typing": the editor's autosave against fake-indexeddb. setTimeout is faked and never advanced, so the
 * 400 ms debounce cannot fire: anything in the database got there by an immediate flush.
 */
type Editor = ReturnType<typeof useDraftEditor>;

let db: KiemDiemDB;
let pinia: Pinia;
const wrappers: VueWrapper[] = [];

/** One turn of the event loop; zero-delay timers (Dexie's liveQuery uses them) run, the 400 ms debounce does not. */
const tick = async () => {
  vi.advanceTimersByTime(0);
  await new Promise<void>((r) => setImmediate(r));
};
const until = (check: () => boolean | Promise<boolean>, what: string) => untilTime(check, what, { step: tick });

async function openEditor(id: string): Promise<Editor> {
  let editor: Editor | undefined;
  const Harness = defineComponent({
    setup() {
      // A long autosave delay, so these tests prove the event-driven flushes on their own.
      editor = useDraftEditor(id, { autosaveDelayMs: 60_000 });
      return () => h('div');
    },
  });
  wrappers.push(mount(Harness, { global: { plugins: [pinia] } }));
  await until(() => Boolean(editor?.working.value), 'the draft loads');
  return editor!;
}

const stored = (id: string) => db.drafts.get(id);
const textOf = (d: Draft | undefined, unit: string) => d?.sections[unit]?.text;
const type = (e: Editor, unit: string, text: string) => e.edit((d) => (d.sections[unit] = { ...d.sections[unit], text }));

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

let draft: Draft;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  pinia = createPinia();
  setActivePinia(pinia);
  db = useDatabase(freshDb('autosave'));
  draft = fixtureDraft('qd366-2025-02A', { rev: 1 });
  await putDraftRecord(db, draft);
});

afterEach(async () => {
  for (const w of wrappers.splice(0)) w.unmount();
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  await db.delete();
});

describe('useDraftEditor: no lost typing', () => {
  it('nothing is saved before the debounce without an event (control)', async () => {
    const e = await openEditor(draft.id);
    type(e, 'A.I.1', 'Gõ dở dang.');
    for (let i = 0; i < 50; i++) await tick();
    expect(textOf(await stored(draft.id), 'A.I.1')).not.toBe('Gõ dở dang.');
    expect(e.dirty.value).toBe(true);
  });

  it('visibilitychange to hidden flushes immediately', async () => {
    const e = await openEditor(draft.id);
    type(e, 'A.I.1', 'Viết xong rồi chuyển thẻ.');
    setVisibility('hidden');
    await until(async () => textOf(await stored(draft.id), 'A.I.1') === 'Viết xong rồi chuyển thẻ.', 'flush on hidden');
    expect(e.dirty.value).toBe(false);
  });

  it('visibilitychange to visible does not flush', async () => {
    const e = await openEditor(draft.id);
    type(e, 'A.I.1', 'Quay lại thẻ.');
    setVisibility('visible');
    for (let i = 0; i < 50; i++) await tick();
    expect(textOf(await stored(draft.id), 'A.I.1')).not.toBe('Quay lại thẻ.');
  });

  it('pagehide flushes', async () => {
    const e = await openEditor(draft.id);
    type(e, 'A.I.2', 'Đóng cửa sổ ngay sau khi gõ.');
    window.dispatchEvent(new Event('pagehide'));
    await until(async () => textOf(await stored(draft.id), 'A.I.2') === 'Đóng cửa sổ ngay sau khi gõ.', 'flush on pagehide');
  });

  it('typing during a save is flushed right after it, not left behind the debounce', async () => {
    const e = await openEditor(draft.id);
    type(e, 'A.I.1', 'Lần một.');
    const first = e.flush();
    type(e, 'A.I.1', 'Lần một. Lần hai.');
    await e.flush();
    await first;
    expect(textOf(await stored(draft.id), 'A.I.1')).toBe('Lần một. Lần hai.');
    expect(e.dirty.value).toBe(false);
  });

  it('two editors on the same draft editing different units both keep their text', async () => {
    const panel = await openEditor(draft.id);
    const tab = await openEditor(draft.id);
    type(panel, 'A.I.1', 'Bảng bên viết mục 1.');
    type(tab, 'A.I.2', 'Thẻ lớn viết mục 2.');
    await panel.flush();
    await tab.flush();
    await until(async () => {
      const s = await stored(draft.id);
      return textOf(s, 'A.I.1') === 'Bảng bên viết mục 1.' && textOf(s, 'A.I.2') === 'Thẻ lớn viết mục 2.';
    }, 'both texts stored');
    await until(() => textOf(panel.working.value, 'A.I.2') === 'Thẻ lớn viết mục 2.', 'panel shows the tab text');
    expect(textOf(tab.working.value, 'A.I.1')).toBe('Bảng bên viết mục 1.');
    expect(panel.conflicts.value).toEqual([]);
    expect(tab.conflicts.value).toEqual([]);
  });

  it('two editors on the same unit: a conflict with both texts, the other text also kept as a version', async () => {
    // A recent periodic snapshot exists, so no autosave snapshot would happen to catch the panel's text.
    await addVersion(db, structuredClone(draft), 'autosave', Date.now());
    const panel = await openEditor(draft.id);
    const tab = await openEditor(draft.id);
    type(panel, 'A.I.1', 'Văn bản của bảng bên.');
    type(tab, 'A.I.1', 'Văn bản của thẻ lớn.');
    await panel.flush();
    await tab.flush();
    expect(tab.conflicts.value).toEqual([{ key: 'sections.A.I.1', mine: 'Văn bản của thẻ lớn.', theirs: 'Văn bản của bảng bên.' }]);
    expect(textOf(await stored(draft.id), 'A.I.1')).toBe('Văn bản của thẻ lớn.');
    await until(async () => (await useDraftsStore().listVersions(draft.id)).some((v) => textOf(v.draft, 'A.I.1') === 'Văn bản của bảng bên.'), 'panel text kept as a version');
    tab.resolveConflict(0, 'theirs');
    expect(textOf(tab.working.value, 'A.I.1')).toBe('Văn bản của bảng bên.');
    expect(tab.conflicts.value).toEqual([]);
  });

  it('restoring a version keeps the pre-restore text as a version, and the open editor shows the restored text', async () => {
    const store = useDraftsStore();
    const e = await openEditor(draft.id);
    type(e, 'A.I.1', 'Bản đầu tiên.');
    await e.flush(); // first save: an autosave snapshot
    type(e, 'A.I.1', 'Bản sửa sau.');
    await e.flush();
    const [first] = await store.listVersions(draft.id);
    expect(textOf(first?.draft, 'A.I.1')).toBe('Bản đầu tiên.');
    await store.restoreVersion(draft.id, first!.seq);
    const versions = await store.listVersions(draft.id);
    expect(versions.find((v) => v.reason === 'before-restore')?.draft.sections['A.I.1']?.text).toBe('Bản sửa sau.');
    await until(() => textOf(e.working.value, 'A.I.1') === 'Bản đầu tiên.', 'editor shows the restored text');
  });

  it('a failed save keeps the text on screen with a Vietnamese message, and a later save succeeds', async () => {
    const e = await openEditor(draft.id);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const unhook = (() => {
      const hook = () => {
        throw quota;
      };
      db.drafts.hook('updating', hook);
      return () => db.drafts.hook('updating').unsubscribe(hook);
    })();
    type(e, 'A.I.1', 'Không được mất.');
    await e.flush();
    expect(e.saveError.value).toMatch(/^Bộ nhớ của trình duyệt đã đầy/);
    expect(e.dirty.value).toBe(true);
    expect(textOf(e.working.value, 'A.I.1')).toBe('Không được mất.');
    unhook();
    await e.flush();
    expect(e.saveError.value).toBeUndefined();
    expect(textOf(await stored(draft.id), 'A.I.1')).toBe('Không được mất.');
  });
});

describe('useDraftEditor: default autosave', () => {
  it('saves right after a change, without any event', async () => {
    const pinia = createPinia();
    setActivePinia(pinia);
    const d = await useDraftsStore().createDraft({ reviewYear: 2025, rulebookId: 'qd366-2025', formCode: '02B' });
    let editor: ReturnType<typeof useDraftEditor> | undefined;
    const w = mount(defineComponent({ setup: () => ((editor = useDraftEditor(d.id)), () => h('div')) }), { global: { plugins: [pinia] } });
    try {
      await vi.waitFor(() => expect(editor?.working.value).toBeTruthy(), { timeout: 10_000 });
      editor!.edit((x) => (x.sections['A.I.1'] = { text: 'Lưu ngay.' }));
      await vi.waitFor(async () => expect((await useDraftsStore().getDraft(d.id))?.sections['A.I.1']?.text).toBe('Lưu ngay.'), { timeout: 10_000 });
    } finally {
      w.unmount();
    }
  });
});
