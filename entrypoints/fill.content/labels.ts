/**
 * A field's human label, as a sighted user reads it: label, aria, placeholder, or the text just before it.
 * An editor iframe's body (CKEditor 4, TinyMCE) is labelled by the text around its <iframe> in the parent page;
 * a field inside a shadow root looks up ids in its own root.
 */
import { isTextControl } from './editable';

const MAX = 300;
const clean = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX);
const CONTROLS = 'input,textarea,select,[contenteditable="true"],iframe';

/** Text of `node` without the text of form controls inside it (a <label> wrapping its input). */
function ownText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('input,textarea,select,button,script,style,[contenteditable],iframe').forEach((n) => n.remove());
  return clean(clone.textContent);
}

function byIds(el: Element, attr: string): string {
  const ids = el.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return clean(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

/** A control a person sees (a hidden textarea left behind by an editor does not end the search). */
const visibleControl = (el: Element): boolean => el.matches(CONTROLS) && el.getClientRects().length > 0;
const holdsVisibleControl = (el: Element): boolean => visibleControl(el) || [...el.querySelectorAll(CONTROLS)].some(visibleControl);

/** The closest text before the field: previous siblings, then the parent's previous siblings (3 levels). */
function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    const cell = node.closest('td');
    if (cell && depth === 0) {
      const row = cell.parentElement;
      const first = row?.querySelector('th, td');
      if (first && first !== cell) {
        const t = ownText(first);
        if (t) return t;
      }
    }
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (holdsVisibleControl(sib)) break;
      const t = ownText(sib);
      if (t) return t;
    }
  }
  return '';
}

/** Label of an element in its own document: aria-labelledby, <label>, aria-label, placeholder, nearby text. */
function labelIn(el: HTMLElement): string {
  const aria = byIds(el, 'aria-labelledby');
  if (aria) return aria;
  if ((isTextControl(el) || el.tagName === 'SELECT' || el.tagName === 'INPUT') && (el as HTMLInputElement).labels?.length) {
    const t = clean([...(el as HTMLInputElement).labels!].map(ownText).join(' '));
    if (t) return t;
  }
  const direct = clean(el.getAttribute('aria-label')) || clean(el.getAttribute('placeholder')) || clean(el.getAttribute('data-placeholder'));
  if (direct) return direct;
  return nearbyText(el) || clean(el.getAttribute('title')) || clean(el.getAttribute('name'));
}

/** The <iframe> holding `el` when `el` is the body of an editor frame (same origin), else undefined. */
function editorFrameOf(el: HTMLElement): HTMLElement | undefined {
  if (el !== el.ownerDocument.body) return undefined;
  try {
    return (el.ownerDocument.defaultView?.frameElement as HTMLElement | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Labels editor frames put on their iframe ("Rich Text Editor, editor1"): not what the person reads. */
const GENERIC_FRAME_TITLE = /rich text|editor|trình soạn thảo|wysiwyg/i;

export function fieldLabel(el: HTMLElement): string {
  const frame = editorFrameOf(el);
  if (frame) {
    const own = clean(el.getAttribute('aria-label'));
    if (own && !GENERIC_FRAME_TITLE.test(own)) return own;
    const outer = labelIn(frame);
    if (outer && !GENERIC_FRAME_TITLE.test(outer)) return outer;
    // The editor's container (CKEditor's <div class="cke">) follows the label of the textarea it replaced.
    const holder = frame.parentElement?.closest('div,section,td,li') as HTMLElement | null;
    const around = holder ? nearbyText(holder) : '';
    return around || own || outer;
  }
  return labelIn(el);
}

/** The enclosing fieldset's legend, else the nearest heading before the field (in the parent page for an editor frame). */
export function fieldContext(el: HTMLElement): string | undefined {
  let at: Element = editorFrameOf(el) ?? el;
  // Inside shadow roots: the outermost host stands for the field in the page.
  for (let root = at.getRootNode(); root instanceof ShadowRoot; root = at.getRootNode()) {
    const legendInside = at.closest('fieldset')?.querySelector('legend');
    if (legendInside) return clean(legendInside.textContent) || undefined;
    at = root.host;
  }
  const legend = at.closest('fieldset')?.querySelector('legend');
  if (legend) return clean(legend.textContent) || undefined;
  const headings = at.ownerDocument.querySelectorAll('h1,h2,h3,h4,h5,h6');
  let best: Element | undefined;
  for (const h of headings) if (h.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING) best = h;
  return best ? clean(best.textContent) || undefined : undefined;
}

/** What the panel names: the label, else the kind of field and its id or name ("ô nhiều dòng #ghi-chu"). */
export function describeField(el: HTMLElement): string {
  const label = fieldLabel(el);
  if (label) return label;
  const kind = el.tagName === 'TEXTAREA' ? 'ô nhiều dòng' : isTextControl(el) ? 'ô một dòng' : 'vùng soạn thảo';
  const ident = el.id || el.getAttribute('name');
  return clean(`${kind} không có nhãn${ident ? ` #${ident}` : ''}`);
}
