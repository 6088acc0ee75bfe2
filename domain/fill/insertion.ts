/**
 * Planning an insertion into a field's existing text: at the cursor, never erasing what the user typed
 * (unless they chose "Thay thế"), with a space or line break so words do not run together.
 */
import { nfc } from '../core/text';

export type InsertMode = 'insert' | 'replace';

export interface InsertionInput {
  /** What the field holds now. */
  current: string;
  /** Cursor / selection in `current`; absent or out of range = append at the end. */
  selectionStart?: number | null;
  selectionEnd?: number | null;
  text: string;
  mode: InsertMode;
  /** false for <input>: line breaks become spaces. */
  multiline: boolean;
  /** The field's maxlength, if any (negative = none, as the DOM reports it). */
  maxLength?: number;
}

export type InsertionPlan =
  | { kind: 'write'; value: string; /** the exact string to type at `at` (separators included) */ inserted: string; at: number; caret: number; replaceAll: boolean }
  | { kind: 'unchanged'; reason: 'empty-text' | 'already-present' }
  | { kind: 'too-long'; maxLength: number; needed: number };

/** Text as it should go into a field: NFC, \n line ends, single line for <input>. */
export function prepareText(text: string, multiline: boolean): string {
  const t = nfc(text).replace(/\r\n?/g, '\n');
  return multiline ? t.replace(/^\n+|\s+$/g, '') : t.replace(/\s+/g, ' ').trim();
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function planInsertion(input: InsertionInput): InsertionPlan {
  const text = prepareText(input.text, input.multiline);
  if (text.trim() === '') return { kind: 'unchanged', reason: 'empty-text' };
  const current = input.current;
  const limit = input.maxLength !== undefined && input.maxLength >= 0 ? input.maxLength : undefined;

  if (input.mode === 'replace') {
    if (current === text) return { kind: 'unchanged', reason: 'already-present' };
    if (limit !== undefined && text.length > limit) return { kind: 'too-long', maxLength: limit, needed: text.length };
    return { kind: 'write', value: text, inserted: text, at: 0, caret: text.length, replaceAll: true };
  }

  // Filling twice must not double the text (compared with spacing collapsed: editors re-wrap lines).
  if (collapse(nfc(current)).includes(collapse(text))) return { kind: 'unchanged', reason: 'already-present' };

  const end = input.selectionEnd ?? input.selectionStart;
  // Insert after a selection rather than over it: selected text is the user's, not ours to erase.
  const at = typeof end === 'number' && end >= 0 && end <= current.length ? end : current.length;
  const before = current.slice(0, at);
  const after = current.slice(at);
  const atEnd = after.length === 0;
  let prefix = '';
  if (before.length > 0 && !/\s$/.test(before)) prefix = input.multiline && atEnd ? '\n' : ' ';
  const suffix = after.length > 0 && !/^\s/.test(after) ? ' ' : '';
  const inserted = prefix + text + suffix;
  const value = before + inserted + after;
  if (limit !== undefined && value.length > limit) return { kind: 'too-long', maxLength: limit, needed: value.length };
  return { kind: 'write', value, inserted, at, caret: at + prefix.length + text.length, replaceAll: false };
}
