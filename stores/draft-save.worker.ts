/// <reference lib="webworker" />
import { KiemDiemDB } from './db';
import { createDraftSaver } from './draft-save';
import { handleSaveRequest } from './draft-save-handler';

/**
 * The save worker: autosaves run here, so their IndexedDB round trips never wait behind the page's rendering
 * (a keystroke in a 20-page draft repaints the page; on the main thread each round trip waited for that).
 * Dexie tells the pages of the change as usual.
 */
const savers = new Map<string, ReturnType<typeof createDraftSaver>>();
function saverFor(dbName: string) {
  let saver = savers.get(dbName);
  if (!saver) {
    const db = new KiemDiemDB(dbName);
    saver = createDraftSaver(() => db);
    savers.set(dbName, saver);
  }
  return saver;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<unknown>) => {
  // A warm-up (stores/draft-save-client.ts warmUp): open the database before the first save needs it.
  const warm = (event.data as { warm?: unknown } | null)?.warm;
  if (typeof warm === 'string' && warm.length > 0 && warm.length <= 200) {
    await saverFor(warm).warm().catch(() => undefined);
    return;
  }
  scope.postMessage(await handleSaveRequest(event.data, saverFor));
};
