import { performance } from 'node:perf_hooks';
import { flushPromises } from '@vue/test-utils';

/**
 * Waits until `check` passes, and fails naming `what` after `timeoutMs` of wall time.
 *
 * The limit is time, not a number of turns: a lazily imported module is transformed on first use, which takes
 * far longer on a cold CI run than on a warm laptop, while a count of event-loop turns passes in milliseconds.
 * `step` lets a test with fake timers choose how the loop turns (node's own performance clock is never faked).
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  { timeoutMs = 10_000, step = realStep }: { timeoutMs?: number; step?: () => Promise<void> } = {},
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await step();
  }
}

/** Pending promises settle, then a few milliseconds pass (fake-indexeddb and Dexie's liveQuery use timers). */
async function realStep(): Promise<void> {
  await flushPromises();
  await new Promise<void>((r) => setTimeout(r, 2));
}
