/** Text inputs and textareas: the editing command at the caret first (undo stays), the native setter second. */
import { planInsertion, type InsertMode } from '@/domain/fill/insertion';
import { isTextarea, type TextControl } from './editable';
import { flash, fromPlan, holds, settle, type WriteOutcome } from './write-common';

/** The setter below any instance override (React's value tracker patches the element itself). */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el) as object | null;
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  throw new Error('no native value setter');
}

function selectionOf(el: TextControl): { start: number | null; end: number | null } {
  try {
    return { start: el.selectionStart, end: el.selectionEnd };
  } catch {
    return { start: null, end: null }; // type=email has no selection API
  }
}

/** Selects [start, end) in the control; false when its type has no selection API (email). */
function select(el: TextControl, start: number, end: number): boolean {
  try {
    el.setSelectionRange(start, end);
    return el.selectionStart === start && el.selectionEnd === end;
  } catch {
    return false;
  }
}

/** Types `inserted` over [start, end) with the browser's editing command; true if the value became `expected`. */
function typeWithCommand(el: TextControl, start: number, end: number, inserted: string, expected: string): boolean {
  if (!select(el, start, end)) return false;
  const doc = el.ownerDocument;
  // Focused in its own tree (a field in a shadow root: the document's activeElement is the host).
  if ((el.getRootNode() as Document | ShadowRoot).activeElement !== el) return false;
  // Either the whole replacement, or nothing (a half-typed value would be worse than the fallback).
  return doc.execCommand('insertText', false, inserted) && el.value === expected;
}

export async function writeControl(el: TextControl, text: string, mode: InsertMode, atCursor: boolean): Promise<WriteOutcome> {
  const sel = atCursor ? selectionOf(el) : { start: null, end: null };
  const before = el.value;
  const plan = planInsertion({ current: before, selectionStart: sel.start, selectionEnd: sel.end, text, mode, multiline: isTextarea(el), maxLength: el.maxLength });
  const done = fromPlan(plan);
  if (done || plan.kind !== 'write') return done ?? { ok: true, changed: false };
  el.focus({ preventScroll: false });
  const [start, end] = plan.replaceAll ? [0, before.length] : [plan.at, plan.at];
  if (!typeWithCommand(el, start, end, plan.inserted, plan.value)) {
    if (el.value !== before) setNativeValue(el, before); // undo a partial command before the fallback
    setNativeValue(el, plan.value);
    select(el, plan.caret, plan.caret);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: plan.inserted }));
  }
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  // A controlled form re-renders from its state: if the state did not take the text, the field lost it again.
  if (!el.isConnected || !holds(el.value, plan.inserted)) return { ok: false, reason: 'not-taken' };
  flash(el);
  return { ok: true, changed: true };
}
