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

export function mark(name: string): void {
  if (typeof performance !== 'undefined') performance.mark(name);
}
