/**
 * Seeing through shadow roots: the real target of an event (its composed path), the focused element behind
 * shadow hosts, and every element matching a selector in the document and its shadow trees. Open roots are read
 * directly; closed ones through Chromium's `chrome.dom.openOrClosedShadowRoot`, which content scripts may call.
 */

type DomApi = { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null };

function extensionDom(): DomApi | undefined {
  return (globalThis as unknown as { chrome?: { dom?: DomApi } }).chrome?.dom;
}

/** The shadow root of `el`, open or (where the browser lets the extension see it) closed. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  const api = extensionDom();
  if (!api?.openOrClosedShadowRoot || !(el instanceof HTMLElement)) return null;
  try {
    return api.openOrClosedShadowRoot(el);
  } catch {
    return null; // not a host
  }
}

/** The innermost element an event happened on, inside open shadow roots (e.target stops at the host). */
export function innerTarget(e: Event): EventTarget | null {
  const path = e.composedPath();
  return path[0] ?? e.target;
}

/** The focused element of `doc`, followed into shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let depth = 0; el && depth < 50; depth += 1) {
    const inner = shadowRootOf(el)?.activeElement;
    if (!inner) break;
    el = inner;
  }
  return el;
}

/** Every element matching `selector` in `root` and in the shadow trees below it, in tree order. */
export function queryDeep<T extends Element = HTMLElement>(root: Document | ShadowRoot, selector: string, limit = 2000): T[] {
  const out: T[] = [];
  const visit = (scope: Document | ShadowRoot | Element, depth: number) => {
    if (depth > 30 || out.length >= limit) return;
    const walker = (scope instanceof Element ? scope.ownerDocument : (scope.ownerDocument ?? (scope as Document))).createTreeWalker(
      scope,
      NodeFilter.SHOW_ELEMENT,
    );
    for (let node = walker.nextNode() as Element | null; node && out.length < limit; node = walker.nextNode() as Element | null) {
      if (node.matches(selector)) out.push(node as T);
      const shadow = shadowRootOf(node);
      if (shadow) visit(shadow, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}
