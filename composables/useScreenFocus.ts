import { nextTick } from 'vue';

/**
 * After a navigation (a menu item, "Tạo bản kiểm điểm mới", "Tạo", "Xem hướng dẫn"…), focus goes to the heading
 * of what just appeared, so a keyboard or screen-reader user lands on the new screen rather than at the top of the
 * page. The target is `selector` when given, else the first `[data-screen-focus]` inside `root`, else its first h2,
 * else its first h3; a
 * screen that loads lazily is waited for (a wall-clock limit), then given up on silently. Focus that the new
 * screen already placed inside `root` is left alone.
 */
export async function focusScreen(root: () => ParentNode | null | undefined, selector?: string, timeoutMs = 3000): Promise<boolean> {
  await nextTick();
  const start = Date.now();
  for (;;) {
    const scope = root();
    const el = selector
      ? scope?.querySelector<HTMLElement>(selector)
      : (scope?.querySelector<HTMLElement>('[data-screen-focus]') ?? scope?.querySelector<HTMLElement>('h2') ?? scope?.querySelector<HTMLElement>('h3'));
    if (el && el.isConnected) {
      // The new screen placed focus itself (a link to one unit, a document asked for): leave it there.
      const active = document.activeElement;
      if (active && active !== document.body && active !== el && scope?.contains(active)) return false;
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: 'nearest' });
      return true;
    }
    if (Date.now() - start > timeoutMs) return false;
    await new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : setTimeout(r, 16)));
  }
}
