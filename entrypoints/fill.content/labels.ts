/** A field's human label, as a sighted user reads it: label, aria, placeholder, or the text just before it. */
import { isTextControl } from './editable';

const MAX = 300;
const clean = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX);

/** Text of `node` without the text of form controls inside it (a <label> wrapping its input). */
function ownText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('input,textarea,select,button,script,style,[contenteditable]').forEach((n) => n.remove());
  return clean(clone.textContent);
}

function byIds(el: Element, attr: string): string {
  const ids = el.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? [];
  return clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
}

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
      if (sib.matches('input,textarea,select,[contenteditable="true"]')) break;
      const t = ownText(sib);
      if (t) return t;
    }
  }
  return '';
}

export function fieldLabel(el: HTMLElement): string {
  const aria = byIds(el, 'aria-labelledby');
  if (aria) return aria;
  if (isTextControl(el) && el.labels && el.labels.length > 0) {
    const t = clean([...el.labels].map(ownText).join(' '));
    if (t) return t;
  }
  const direct = clean(el.getAttribute('aria-label')) || clean(el.getAttribute('placeholder')) || clean(el.getAttribute('data-placeholder'));
  if (direct) return direct;
  return nearbyText(el) || clean(el.getAttribute('title')) || clean(el.getAttribute('name'));
}

/** The enclosing fieldset's legend, else the nearest heading before the field. */
export function fieldContext(el: HTMLElement): string | undefined {
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend) return clean(legend.textContent) || undefined;
  const headings = [...el.ownerDocument.querySelectorAll('h1,h2,h3,h4,h5,h6')];
  let best: Element | undefined;
  for (const h of headings) if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) best = h;
  return best ? clean(best.textContent) || undefined : undefined;
}
