/** Which page elements the fill agent may write into: text inputs, textareas, contenteditable hosts. */
import type { FIELD_KINDS } from '@/domain/schemas/fill-messages';

export type FieldKind = (typeof FIELD_KINDS)[number];
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Input types that hold free text. password, hidden, date… are never filled; number only by "Điền cả trang". */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel']);
/** A field smaller than this (CSS px) in either direction is not one a person can see or type into. */
export const MIN_FIELD_PX = 4;

export const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';
export const isTextInput = (el: Element): el is HTMLInputElement =>
  el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
export const isTextControl = (el: Element): el is TextControl => isTextarea(el) || isTextInput(el);
export const isNumberInput = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT' && (el as HTMLInputElement).type.toLowerCase() === 'number';
export const isSelect = (el: Element): el is HTMLSelectElement => el.tagName === 'SELECT';
export const isRadio = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT' && (el as HTMLInputElement).type.toLowerCase() === 'radio';

/** The outermost contenteditable host containing `el` (a designMode document's body at most). */
export function editingHost(el: Element): HTMLElement | undefined {
  if (!(el as HTMLElement).isContentEditable) return undefined;
  let host = el as HTMLElement;
  const body = el.ownerDocument.body;
  while (host !== body && host.parentElement?.isContentEditable && host.parentElement !== body.parentElement) host = host.parentElement;
  return host;
}

/** The field a focus or click on `target` means, if it is a text field or an editable region. */
export function editableFor(target: EventTarget | Element | null): HTMLElement | undefined {
  if (!target || !(target as Element).tagName) return undefined;
  const el = target as Element;
  if (isTextControl(el)) return el;
  if (el.tagName === 'HTML' && el.ownerDocument.designMode === 'on') return el.ownerDocument.body ?? undefined;
  return editingHost(el);
}

export function kindOf(el: HTMLElement): FieldKind {
  if (isTextarea(el)) return 'textarea';
  if (isTextInput(el)) return 'input';
  if (isNumberInput(el)) return 'number';
  if (isSelect(el)) return 'select';
  if (isRadio(el)) return 'radio';
  return 'contenteditable';
}

/**
 * A person can see the field: laid out, at least MIN_FIELD_PX each way, not fully transparent (itself or an
 * ancestor), not clipped away. A page may focus a 1×1 px or transparent field by script to catch the text.
 */
export function isPerceivable(el: HTMLElement): boolean {
  if (el.getClientRects().length === 0) return false;
  const view = el.ownerDocument.defaultView;
  // A designMode document's body: judge the frame element the person sees instead of the body.
  const box = el === el.ownerDocument.body && view?.frameElement ? (view.frameElement as HTMLElement) : el;
  const rect = box.getBoundingClientRect();
  if (rect.width < MIN_FIELD_PX || rect.height < MIN_FIELD_PX) return false;
  for (let node: Element | null = box; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (!style) break;
    if (style.opacity !== '' && Number(style.opacity) === 0) return false;
    if (node === box && (style.visibility === 'hidden' || style.visibility === 'collapse' || style.display === 'none')) return false;
    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
  }
  return true;
}

/** Never written: disabled, read-only, hidden (by type, attribute or layout), invisible, password (by type). */
export function isWritable(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (isTextControl(el) || isNumberInput(el) || isSelect(el) || isRadio(el)) {
    if ((el as HTMLInputElement).disabled || ((el as HTMLInputElement).readOnly && !isSelect(el))) return false;
    if (el.closest('fieldset:disabled')) return false;
  } else if (!el.isContentEditable) {
    return false;
  }
  if (el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true') return false;
  if (el.hidden || el.closest('[hidden],[inert]')) return false;
  // Styled radio buttons are often the transparent input under a visible label: the label is what is seen.
  if (isRadio(el)) return el.getClientRects().length > 0 || (el.labels?.length ?? 0) > 0;
  return isPerceivable(el);
}
