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
const state = { broken: false, posted: 0 };
class FakeWorker extends EventTarget {
  postMessage(data: unknown): void {
    state.posted++;
    const copy = structuredClone(data);
    void (async () => {
      const reply = state.broken ? { nonsense: true } : await handleSaveRequest(copy, () => createDraftSaver(() => useDatabase()));
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    })();
  }
  terminate(): void {}
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
});
