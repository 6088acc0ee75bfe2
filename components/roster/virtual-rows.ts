/** Which rows of a long table to render: those in view plus a few either side; the rest are spacer height. */
export interface RowWindow {
  count: number;
  scrollTop: number;
  /** height of the scroll box, px. */
  viewport: number;
  rowHeight: number;
  /** rows rendered beyond the view on each side. */
  overscan?: number;
}

export function visibleRange(w: RowWindow): { first: number; last: number; before: number; after: number } {
  const overscan = w.overscan ?? 6;
  const h = Math.max(1, w.rowHeight);
  const first = Math.max(0, Math.min(w.count, Math.floor(w.scrollTop / h) - overscan));
  const last = Math.min(w.count, Math.floor(w.scrollTop / h) + Math.ceil(w.viewport / h) + overscan);
  return { first, last: Math.max(first, last), before: first, after: w.count - Math.max(first, last) };
}
