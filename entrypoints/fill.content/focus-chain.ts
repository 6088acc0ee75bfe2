/**
 * Whether this frame holds the page's focus: the top document's focused element is an iframe, that frame's is
 * the next one, … down to this frame. `document.hasFocus()` cannot tell, since the side panel takes the window's
 * focus when the user clicks there, while each document keeps its focused element.
 */
import type { FocusChain } from '@/domain/schemas/fill-messages';

/** 'top' for the top frame; 'unknown' when a parent of another origin hides its focused element from us. */
export function focusChain(win: Window = window): FocusChain {
  if (win === win.top) return 'top';
  let w: Window = win;
  for (let depth = 0; w !== w.top && depth < 20; depth += 1) {
    let holder: Element | null;
    try {
      holder = w.frameElement;
    } catch {
      holder = null;
    }
    if (!holder) return 'unknown';
    if (holder.ownerDocument.activeElement !== holder) return 'no';
    w = w.parent;
  }
  return 'yes';
}

/** This frame's origin differs from the top page's (Chromium lists the ancestors' origins). */
export function foreignToTop(win: Window = window): boolean {
  if (win === win.top) return false;
  const ancestors = win.location.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  return top !== undefined ? top !== win.location.origin : true;
}

/** The person has clicked or typed in this frame at least once (a page cannot fake it with script). */
export function userActivated(win: Window = window): boolean {
  const ua = (win.navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  return ua ? ua.hasBeenActive : false;
}

/** How long before the frame took the focus the person's click or key may come (a click lands before the focus). */
export const INTERACTION_BEFORE_FOCUS_MS = 1000;

/**
 * Whether the person acted in this frame since it last took the focus. A page may move the focus into a child frame
 * by script (`iframe.focus()`); the child frame then gets a window `focus` with no click or key of its own before it.
 * `hasBeenActive` (userActivated) stays true for ever once the person clicked there, so it cannot tell.
 * Watches from the moment it is created (the agent is injected on first use); before any focus change it has no
 * say (true).
 */
export function interactionSinceFocus(win: Window = window, now: () => number = Date.now): () => boolean {
  let interactedAt = -Infinity;
  let focusedAt: number | undefined;
  const onInteract = (e: Event) => {
    if (e.isTrusted) interactedAt = now();
  };
  win.addEventListener('pointerdown', onInteract, true);
  win.addEventListener('keydown', onInteract, true);
  win.addEventListener('focus', (e) => {
    if (e.target === win) focusedAt = now();
  });
  return () => focusedAt === undefined || interactedAt >= focusedAt - INTERACTION_BEFORE_FOCUS_MS;
}
