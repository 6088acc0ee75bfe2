/**
 * Writing text into a page field the way a framework notices it:
 * text controls get the prototype's native value setter, then bubbling `input` and `change` events;
 * editable regions get focus, then `document.execCommand('insertText')` (never insertHTML).
 */
import { planInsertion, type InsertMode, type InsertionPlan } from '@/domain/fill/insertion';
import { isTextarea, isTextControl, isWritable, type TextControl } from './editable';

export type WriteOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-writable' | 'too-long' | 'empty-text'; maxLength?: number };

/** The setter below any instance override (React's value tracker patches the element itself). */
function setNativeValue(el: TextControl, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el) as object | null;
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  el.value = value;
}

function selectionOf(el: TextControl): { start: number | null; end: number | null } {
  try {
    return { start: el.selectionStart, end: el.selectionEnd };
  } catch {
    return { start: null, end: null }; // type=email has no selection API
  }
}

/** Short visible feedback on the field that was written (Bitwarden does the same). */
function flash(el: HTMLElement): void {
  const previous = el.style.outline;
  el.style.outline = '3px solid #2e7d32';
  setTimeout(() => (el.style.outline = previous), 1200);
}

function fromPlan(plan: InsertionPlan): WriteOutcome | undefined {
  if (plan.kind === 'too-long') return { ok: false, reason: 'too-long', maxLength: plan.maxLength };
  if (plan.kind === 'unchanged') return plan.reason === 'empty-text' ? { ok: false, reason: 'empty-text' } : { ok: true, changed: false };
  return undefined;
}

function writeControl(el: TextControl, text: string, mode: InsertMode, atCursor: boolean): WriteOutcome {
  const sel = atCursor ? selectionOf(el) : { start: null, end: null };
  const plan = planInsertion({ current: el.value, selectionStart: sel.start, selectionEnd: sel.end, text, mode, multiline: isTextarea(el), maxLength: el.maxLength });
  const done = fromPlan(plan);
  if (done || plan.kind !== 'write') return done ?? { ok: true, changed: false };
  el.focus({ preventScroll: false });
  setNativeValue(el, plan.value);
  try {
    el.setSelectionRange(plan.caret, plan.caret);
  } catch {
    /* no selection API on this input type */
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: plan.inserted }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  flash(el);
  return { ok: true, changed: true };
}

function writeEditable(el: HTMLElement, text: string, mode: InsertMode, saved: Range | undefined): WriteOutcome {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'not-writable' };
  el.focus({ preventScroll: false });
  let range: Range;
  if (mode === 'replace') {
    range = doc.createRange();
    range.selectNodeContents(el);
  } else if (saved && el.contains(saved.endContainer)) {
    range = saved.cloneRange();
    range.collapse(false); // after the user's selection, never over it
  } else {
    range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
  }
  const before = doc.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  const head = before.toString();
  const all = el.innerText;
  const plan = planInsertion({
    current: mode === 'replace' ? all : head + (el.textContent ?? '').slice(head.length),
    selectionStart: head.length,
    text,
    mode,
    multiline: true,
  });
  if (mode === 'insert' && plan.kind === 'write' && all.replace(/\s+/g, ' ').includes(plan.inserted.replace(/\s+/g, ' ').trim())) {
    return { ok: true, changed: false };
  }
  const done = fromPlan(plan);
  if (done || plan.kind !== 'write') return done ?? { ok: true, changed: false };
  selection.removeAllRanges();
  selection.addRange(range);
  const textBefore = el.textContent ?? '';
  const inserted = doc.execCommand('insertText', false, plan.inserted);
  if (!inserted || (el.textContent ?? '') === textBefore) {
    // Editor refused execCommand: insert a plain text node (never HTML) and tell the page.
    if (mode === 'replace') range.deleteContents();
    range.insertNode(doc.createTextNode(plan.inserted));
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: plan.inserted }));
  }
  flash(el);
  return { ok: true, changed: true };
}

/**
 * Writes `text` into `el`. `atCursor`: insert where the user's cursor was (else append at the end).
 * `savedRange`: the user's last selection inside an editable region.
 */
export function writeToField(el: HTMLElement, text: string, mode: InsertMode, atCursor: boolean, savedRange?: Range): WriteOutcome {
  if (!isWritable(el)) return { ok: false, reason: 'not-writable' };
  return isTextControl(el) ? writeControl(el, text, mode, atCursor) : writeEditable(el, text, mode, atCursor ? savedRange : undefined);
}
