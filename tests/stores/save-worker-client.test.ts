import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putDraftRecord, type KiemDiemDB } from '../../stores/db';
import { createDraftSaver } from '../../stores/draft-save';
import { handleSaveRequest } from '../../stores/draft-save-handler';
import { fixtureDraft, freshDb } from './fixtures';
import { MAX_SECTION_CHARS } from '../../domain/schemas/draft';

/**
 * The editor's side of the save worker (stores/draft-save-client.ts) with a stand-in Worker that runs the real
 * handler on fake-indexeddb, or misbehaves: a broken reply or a silent worker make the client give the worker
 * up (WorkerUnavailable), so the editor saves on the main thread instead.
 */
type Mode = 'real' | 'garbage' | 'silent';
const state: { mode: Mode; db?: KiemDiemDB; created: number } = { mode: 'real', created: 0 };

class FakeWorker extends EventTarget {
  constructor() {
    super();
    state.created++;
  }
  postMessage(data: unknown): void {
    const copy = structuredClone(data);
    void (async () => {
      if (state.mode === 'silent') return;
      const reply = state.mode === 'garbage' ? { kind: 'saved', id: 'x' } : await handleSaveRequest(copy, () => createDraftSaver(() => state.db!));
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    })();
  }
  terminate(): void {}
}
vi.mock('../../stores/draft-save.worker.ts?worker', () => ({ default: FakeWorker }));
vi.stubGlobal('Worker', FakeWorker);

beforeEach(async () => {
  vi.resetModules();
  state.mode = 'real';
  state.created = 0;
  state.db = freshDb('client');
  await state.db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  await state.db?.delete();
});

const client = () => import('../../stores/draft-save-client');
const withText = (d: ReturnType<typeof fixtureDraft>, text: string) => ({ ...structuredClone(d), sections: { ...structuredClone(d.sections), 'A.I.1': { text } } });

describe('save worker client', () => {
  it('answers like saveDraft: the draft as sent with its new revision, and when it was committed', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'k1', rev: 4 });
    await putDraftRecord(state.db!, base);
    const { saveInWorker } = await client();
    const out = await saveInWorker(state.db!.name, base, withText(base, 'Gõ trong bảng bên.'));
    expect(out.merged).toBe(false);
    expect(out.saved.rev).toBe(5);
    expect(out.saved.sections['A.I.1']!.text).toBe('Gõ trong bảng bên.');
    expect(out.committedAt).toBeGreaterThan(performance.timeOrigin);
    expect((await state.db!.drafts.get('k1'))!.rev).toBe(5);
  });

  it('a storage failure is rejected with the error name the editor words', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'k2' });
    const { saveInWorker, WorkerUnavailable } = await client();
    state.db!.close(); // the worker's database is gone: Dexie reports DatabaseClosedError
    const err = await saveInWorker(state.db!.name, base, base).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(WorkerUnavailable);
    expect((err as Error).name).toBe('DatabaseClosedError');
  });

  it('a draft the worker refuses (a section over the limit) is left to the main thread; the worker stays in use', async () => {
    const base = fixtureDraft('qd366-2025-02B', { id: 'k5' });
    await putDraftRecord(state.db!, base);
    const { saveInWorker, WorkerUnavailable } = await client();
    const huge = withText(base, 'x'.repeat(MAX_SECTION_CHARS + 1));
    await expect(saveInWorker(state.db!.name, base, huge)).rejects.toBeInstanceOf(WorkerUnavailable);
    const out = await saveInWorker(state.db!.name, base, withText(base, 'Bình thường.'));
    expect(out.saved.sections['A.I.1']!.text).toBe('Bình thường.');
    expect(state.created).toBe(1);
  });

  it('a reply that fails its check: the worker is given up, now and for the next saves', async () => {
    state.mode = 'garbage';
    const base = fixtureDraft('qd366-2025-02B', { id: 'k3' });
    const { saveInWorker, WorkerUnavailable } = await client();
    await expect(saveInWorker('db', base, base)).rejects.toBeInstanceOf(WorkerUnavailable);
    await expect(saveInWorker('db', base, base)).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(state.created).toBe(1);
  });

  it('a worker that does not answer is given up after the timeout', async () => {
    vi.useFakeTimers();
    state.mode = 'silent';
    const base = fixtureDraft('qd366-2025-02B', { id: 'k4' });
    const { saveInWorker, WorkerUnavailable, REPLY_TIMEOUT_MS } = await client();
    const pending = saveInWorker('db', base, base);
    const check = expect(pending).rejects.toBeInstanceOf(WorkerUnavailable);
    await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS);
    await check;
  });
});
