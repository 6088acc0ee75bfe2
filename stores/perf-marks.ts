/**
 * Performance marks read by `npm run bench` (User Timing API; nothing leaves the page).
 * kd:list-ready — the draft list has data on screen (first meaningful render); kd:saved — a save finished;
 * kd:backup-* — start and end of a backup export, of checking a chosen file, of writing an import.
 */
const done = new Set<string>();

export function markOnce(name: string): void {
  if (done.has(name) || typeof performance === 'undefined') return;
  done.add(name);
  performance.mark(name);
}

/** `at`: when it happened, if not now (ms since the epoch as performance.timeOrigin + now(), e.g. from a worker). */
export function mark(name: string, at?: number): void {
  if (typeof performance === 'undefined') return;
  if (at === undefined) performance.mark(name);
  else performance.mark(name, { startTime: Math.max(0, at - performance.timeOrigin) });
}
