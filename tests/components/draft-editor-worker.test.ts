import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { useDraftEditor } from '../../composables/useDraftEditor';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../stores/db';
import { createDraftSaver } from '../../stores/draft-save';
import { handleSaveRequest } from '../../stores/draft-save-handler';
import { fixtureDraft, freshDb } from '../stores/fixtures';
import { until } from '../helpers/until';

/**
 * The editor with its save worker (a stand-in running the real handler on fake-indexeddb): typing is saved
 * through the worker; when the worker breaks, the same typing is saved on the main thread; saves on hide never
 * go through the worker.
 */
/** `hold`: a save waits for `release()` before it commits ('commit') or before it answers ('reply'). */
const state = { broken: false, posted: 0, hold: 'none' as 'none' | 'commit' | 'reply', held: [] as (() => void)[] };
const release = async () => {
  for (const go of state.held.splice(0)) go();
  await new Promise((r) => setTimeout(r, 20));
};
class FakeWorker extends EventTarget {
  terminated = false;
  postMessage(data: unknown): void {
    if ((data as { warm?: unknown }).warm !== undefined) return; // the warm-up sent when the editor opens: no save
    state.posted++;
    const copy = structuredClone(data);
    const wait = (when: 'commit' | 'reply') => (state.hold === when ? new Promise<void>((go) => state.held.push(go)) : Promise.resolve());
    void (async () => {
      await wait('commit');
      if (this.terminated) return; // a stopped worker never commits what it had not started
      const reply = state.broken ? { nonsense: true } : await handleSaveRequest(copy, () => createDraftSaver(() => useDatabase()));
      await wait('reply');
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: reply }));
    })();
  }
  terminate(): void {
    this.terminated = true;
  }
}
vi.mock('../../stores/draft-save.worker.ts?worker', () => ({ default: FakeWorker }));
vi.stubGlobal('Worker', FakeWorker);

type Editor = ReturnType<typeof useDraftEditor>;
let db: KiemDiemDB;
let pinia: Pinia;
const wrappers: VueWrapper[] = [];


async function openEditor(id: string): Promise<Editor> {
  let editor: Editor | undefined;
  const Harness = defineComponent({
    setup() {
      editor = useDraftEditor(id, { saveWorker: true });
      return () => h('div');
    },
  });
  wrappers.push(mount(Harness, { global: { plugins: [pinia] } }));
  await until(() => Boolean(editor?.working.value), 'the draft loads');
  return editor!;
}

const type = (e: Editor, text: string) => e.edit((d) => (d.sections['A.I.1'] = { ...d.sections['A.I.1'], text }));
const storedText = async (id: string) => (await db.drafts.get(id))?.sections['A.I.1']?.text;

beforeEach(async () => {
  vi.resetModules();
  state.broken = false;
  state.posted = 0;
  state.hold = 'none';
  state.held = [];
  pinia = createPinia();
  setActivePinia(pinia);
  db = useDatabase(freshDb('editor-worker'));
  await putDraftRecord(db, fixtureDraft('qd366-2025-02A', { id: 'e1', rev: 1 }));
});
afterEach(async () => {
  for (const w of wrappers.splice(0)) w.unmount();
  await db.delete();
});

describe('useDraftEditor with the save worker', () => {
  it('typing is saved through the worker, and the editor takes the new revision', async () => {
    const e = await openEditor('e1');
    type(e, 'Qua luồng phụ.');
    await until(async () => (await storedText('e1')) === 'Qua luồng phụ.', 'saved');
    expect(state.posted).toBeGreaterThan(0);
    await until(() => e.working.value?.rev === 2 && !e.dirty.value, 'editor on the new revision');
    expect(e.saveError.value).toBeUndefined();
  });

  it('a broken worker: the same typing is saved on the main thread, with no error shown', async () => {
    state.broken = true;
    const e = await openEditor('e1');
    type(e, 'Vẫn được lưu.');
    await until(async () => (await storedText('e1')) === 'Vẫn được lưu.', 'saved anyway');
    expect(state.posted).toBe(1);
    type(e, 'Lần sau không hỏi luồng phụ nữa.');
    await until(async () => (await storedText('e1')) === 'Lần sau không hỏi luồng phụ nữa.', 'second save');
    expect(state.posted).toBe(1);
    expect(e.saveError.value).toBeUndefined();
  });

  it('the page hiding saves on the main thread, not through the worker', async () => {
    const e = await openEditor('e1');
    type(e, 'Đóng thẻ ngay.');
    window.dispatchEvent(new Event('pagehide'));
    await until(async () => (await storedText('e1')) === 'Đóng thẻ ngay.', 'saved on hide');
    // the microtask autosave and the pagehide flush coalesce into one save, made here
    expect(state.posted).toBe(0);
    expect(e.dirty.value).toBe(false);
  });

  // Issue 20 item 2: the close-save waited behind a worker save in flight (a cold worker took 62–97 ms).
  it.each(['commit', 'reply'] as const)('the page hiding while a worker save is in flight (held before its %s) writes what is on screen at once', async (hold) => {
    const e = await openEditor('e1');
    state.hold = hold;
    type(e, 'Dán');
    await until(() => state.held.length === 1, 'a worker save in flight');
    const pasted = 'Dán ' + 'một đoạn rất dài. '.repeat(1000);
    type(e, pasted);
    window.dispatchEvent(new Event('pagehide'));
    // written on the main thread while the worker save is still held
    await until(async () => (await storedText('e1')) === pasted, 'the paste saved at once on hide');
    await release();
    expect(await storedText('e1')).toBe(pasted);
    expect(e.conflicts.value).toEqual([]);
    expect((await db.draftHistories.get('e1'))?.versions.some((v) => v.reason === 'conflict') ?? false).toBe(false);
  });
});
