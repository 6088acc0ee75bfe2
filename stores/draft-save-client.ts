import type { Draft } from '@/domain/schemas/draft';
import { INVALID_REQUEST, SaveReplySchema, type SaveRequest } from '@/domain/schemas/save-messages';
import type { SaveOutcome } from './draft-save';
import SaveWorker from './draft-save.worker.ts?worker';

/**
 * The editor's side of the save worker. `saveInWorker` answers like the store's saveDraft; when the worker
 * cannot run (no Worker, a failed start, a broken reply) it rejects with WorkerUnavailable and the caller saves
 * on the main thread instead: a save never depends on the worker.
 */
export class WorkerUnavailable extends Error {}

export const REPLY_TIMEOUT_MS = 5000;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { working: Draft; resolve: (o: SaveOutcome) => void; reject: (e: unknown) => void }>();

function giveUp(reason: string): void {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(new WorkerUnavailable(reason));
  pending.clear();
}

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new SaveWorker();
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = SaveReplySchema.safeParse(event.data);
    if (!reply.success) return giveUp('reply');
    const p = pending.get(reply.data.id);
    if (!p) return;
    pending.delete(reply.data.id);
    const r = reply.data;
    if (r.kind === 'saved') p.resolve({ saved: { ...p.working, rev: r.rev, updatedAt: r.updatedAt }, conflicts: [], merged: false, committedAt: r.at });
    else if (r.kind === 'merged') p.resolve({ saved: r.saved, conflicts: r.conflicts, merged: true, committedAt: r.at });
    // A draft the worker refuses (e.g. a section longer than the schema allows) is saved on the main thread, as
    // before the worker existed: refusing it here would leave the text unsaved.
    else if (r.name === INVALID_REQUEST) p.reject(new WorkerUnavailable('refused'));
    else p.reject(Object.assign(new Error(r.message), { name: r.name }));
  });
  worker?.addEventListener('error', () => giveUp('error'));
  worker?.addEventListener('messageerror', () => giveUp('messageerror'));
  return worker;
}

/**
 * Starts the worker and opens its database now, with the editor: a cold worker took 62–97 ms at the first save
 * (9–28 ms warm), and a paste made as the first edit waited for it.
 */
export function warmUp(dbName: string): void {
  try {
    started()?.postMessage({ warm: dbName });
  } catch {
    giveUp('warm');
  }
}

/**
 * Drops the saves in flight: the worker is stopped (a save it had not committed is aborted with it) and the next
 * save starts a new one. The page is hiding or closing and saves what is on screen on the main thread at once;
 * a save left in the worker could otherwise land after it, with older text. Their promises reject with
 * WorkerUnavailable('superseded').
 */
export function abandonSaves(): void {
  if (!worker) return;
  giveUp('superseded');
  worker = undefined;
}

/** Saves `working` (a plain copy, handed over) edited from `base`, in the worker. */
export function saveInWorker(dbName: string, base: Draft, working: Draft): Promise<SaveOutcome> {
  const w = started();
  if (!w) return Promise.reject(new WorkerUnavailable('none'));
  const id = nextId++;
  const request: SaveRequest = { v: 1, id, dbName, base, working };
  return new Promise<SaveOutcome>((resolve, reject) => {
    // A worker that does not answer is given up (its saves are then made on the main thread).
    const timer = setTimeout(() => giveUp('timeout'), REPLY_TIMEOUT_MS);
    const settle = <T>(f: (v: T) => void) => (v: T) => {
      clearTimeout(timer);
      f(v);
    };
    pending.set(id, { working, resolve: settle(resolve), reject: settle(reject) });
    try {
      w.postMessage(request);
    } catch (e) {
      pending.delete(id);
      reject(e instanceof DOMException && e.name === 'DataCloneError' ? new WorkerUnavailable('clone') : e);
    }
  });
}
