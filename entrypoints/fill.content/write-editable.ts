/**
 * Editable regions (contenteditable, editor iframes, designMode): the editing command at the caret, read back
 * after the page settled; if the page's editor model did not take it (it listens to `beforeinput`, which
 * `execCommand` does not fire in Chromium, and re-renders from its model), a synthetic paste carrying the text,
 * which such editors handle; otherwise an honest failure.
 */
import { planInsertion, type InsertMode } from '@/domain/fill/insertion';
import { flash, fromPlan, holds, settle, type WriteOutcome } from './write-common';

/** Where the text goes: the whole content (replace), after the user's selection, or at the end. */
function targetRange(el: HTMLElement, mode: InsertMode, saved: Range | undefined): Range {
  const range = el.ownerDocument.createRange();
  if (mode === 'replace') {
    range.selectNodeContents(el);
  } else if (saved && saved.endContainer.isConnected && el.contains(saved.endContainer)) {
    range.setStart(saved.endContainer, saved.endOffset); // after the user's selection, never over it
  } else {
    range.selectNodeContents(el);
    range.collapse(false);
  }
  return range;
}

function place(el: HTMLElement, range: Range): void {
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function paste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Dispatched where the caret is, inside the editor, so the editor's own listener sees it bubble up.
  const anchor = el.ownerDocument.getSelection()?.anchorNode;
  const at = anchor && el.contains(anchor) ? (anchor.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor.parentElement) : undefined;
  const target = at ?? el;
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

export async function writeEditable(el: HTMLElement, text: string, mode: InsertMode, saved: Range | undefined): Promise<WriteOutcome> {
  const doc = el.ownerDocument;
  if (!doc.getSelection()) return { ok: false, reason: 'not-writable' };
  el.focus({ preventScroll: false });
  let range = targetRange(el, mode, saved);
  const before = doc.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  // A plain trailing space before the caret is dropped by Chromium when text is typed after it at the end of a
  // block ("Mở đầu: " + "Luôn" -> "Mở đầu:Luôn"), so the separator is decided without it.
  const head = before.toString().replace(/[ \t\r\n]+$/, '');
  const all = el.innerText;
  const tail = (el.textContent ?? '').slice(before.toString().length);
  const plan = planInsertion({ current: mode === 'replace' ? all : head + tail, selectionStart: head.length, text, mode, multiline: true });
  if (mode === 'insert' && plan.kind === 'write' && holds(all, plan.inserted)) return { ok: true, changed: false };
  const done = fromPlan(plan);
  if (done || plan.kind !== 'write') return done ?? { ok: true, changed: false };
  place(el, range);
  doc.execCommand('insertText', false, plan.inserted);
  await settle();
  if (!el.isConnected) return { ok: false, reason: 'not-taken' };
  if (!holds(el.innerText, plan.inserted)) {
    // The editor re-rendered from its model without our text: hand it the text the way it takes a paste.
    el.focus({ preventScroll: false });
    range = targetRange(el, mode, undefined);
    place(el, range);
    paste(el, plan.inserted.replace(/^\n+/, mode === 'insert' && head ? '\n' : ''));
    await settle();
    if (!el.isConnected || !holds(el.innerText, plan.inserted)) return { ok: false, reason: 'not-taken' };
  }
  flash(el);
  return { ok: true, changed: true };
}
