/**
 * Writing text into a page field the way a person typing would: the browser's own editing command at the caret
 * (`execCommand('insertText')`: it keeps the field's undo stack, so Ctrl+Z still works, and fires the `input`
 * events frameworks listen to), with the prototype's native value setter as the fallback for text controls and a
 * synthetic paste for model-owned editors (Slate, Lexical, ProseMirror) that ignore DOM edits. Every write is
 * read back: the panel reports success only when the page kept the text. Never HTML, never a submit.
 */
import type { InsertMode } from '@/domain/fill/insertion';
import type { WriteOutcome } from './write-common';
import { isNumberInput, isRadio, isSelect, isTextControl, isWritable } from './editable';
import { writeControl } from './write-control';
import { writeEditable } from './write-editable';
import { writeChoice, writeNumber } from './write-choice';

export type { WriteOutcome } from './write-common';
/**
 * Writes `text` into `el`. `atCursor`: insert where the user's cursor was (else append at the end).
 * `savedRange`: the user's last selection inside an editable region.
 */
export async function writeToField(el: HTMLElement, text: string, mode: InsertMode, atCursor: boolean, savedRange?: Range): Promise<WriteOutcome> {
  if (!isWritable(el)) return { ok: false, reason: 'not-writable' };
  if (isTextControl(el)) return writeControl(el, text, mode, atCursor);
  if (isNumberInput(el)) return writeNumber(el, text);
  if (isSelect(el) || isRadio(el)) return writeChoice(el, text);
  return writeEditable(el, text, mode, atCursor ? savedRange : undefined);
}
