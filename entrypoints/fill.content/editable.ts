/** Which page elements the fill agent may write into: text inputs, textareas, contenteditable hosts. */
import type { FIELD_KINDS } from '@/domain/schemas/fill-messages';

export type FieldKind = (typeof FIELD_KINDS)[number];
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Input types that hold free text. password, hidden, number, date… are never filled. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel']);

export const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';
export const isTextInput = (el: Element): el is HTMLInputElement =>
  el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
export const isTextControl = (el: Element): el is TextControl => isTextarea(el) || isTextInput(el);

/** The outermost contenteditable host containing `el`, if `el` is inside an editable region. */
export function editingHost(el: Element): HTMLElement | undefined {
  if (!(el as HTMLElement).isContentEditable) return undefined;
  let host = el as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The field a focus or click on `target` means, if it is a text field or an editable region. */
export function editableFor(target: EventTarget | Element | null): HTMLElement | undefined {
  if (!target || !(target as Element).tagName) return undefined;
  const el = target as Element;
  if (isTextControl(el)) return el;
  return editingHost(el);
}

export function kindOf(el: HTMLElement): FieldKind {
  return isTextarea(el) ? 'textarea' : isTextInput(el) ? 'input' : 'contenteditable';
}

/** Never written: disabled, read-only, hidden (by type, attribute or layout), password (excluded by type). */
export function isWritable(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (isTextControl(el)) {
    if (el.disabled || el.readOnly) return false;
    if (el.closest('fieldset:disabled')) return false;
  } else if (!el.isContentEditable) {
    return false;
  }
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true') return false;
  if (el.hidden || el.closest('[hidden],[inert]')) return false;
  if (el.getClientRects().length === 0) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !(style && (style.visibility === 'hidden' || style.display === 'none'));
}
