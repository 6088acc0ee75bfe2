/** "Điền cả trang" only: a score into a number field, the proposed grade into a select or a radio group. */
import { pickOption } from '@/domain/fill/options';
import { setNativeValue } from './write-control';
import { fieldLabel } from './labels';
import { flash, settle, type WriteOutcome } from './write-common';

const changed = (el: HTMLElement) => {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

/** "85", "85,5", "85.5 điểm" -> the number as the field takes it; anything else is refused. */
export async function writeNumber(el: HTMLInputElement, text: string): Promise<WriteOutcome> {
  const m = /^\s*(\d+(?:[.,]\d+)?)/.exec(text);
  if (!m) return { ok: false, reason: 'not-taken' };
  const value = m[1]!.replace(',', '.');
  if (el.value === value) return { ok: true, changed: false };
  el.focus({ preventScroll: false });
  setNativeValue(el, value);
  changed(el);
  await settle();
  if (el.value !== value) return { ok: false, reason: 'not-taken' };
  flash(el);
  return { ok: true, changed: true };
}

/** The radio buttons of `el`'s group, in page order. */
function radioGroup(el: HTMLInputElement): HTMLInputElement[] {
  const scope = el.form ?? (el.getRootNode() as Document | ShadowRoot);
  return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.name === el.name && !!el.name);
}

/** Chooses the option whose text matches `text` (exactly, else clearly best); never submits. */
export async function writeChoice(el: HTMLSelectElement | HTMLInputElement, text: string): Promise<WriteOutcome> {
  if (el instanceof HTMLSelectElement) {
    const options = [...el.options];
    const i = pickOption(options.map((o) => o.text || o.label), text);
    if (i === undefined) return { ok: false, reason: 'no-option' };
    const option = options[i]!;
    if (option.selected) return { ok: true, changed: false };
    el.focus({ preventScroll: false });
    setNativeValue(el, option.value);
    changed(el);
    await settle();
    if (!option.selected) return { ok: false, reason: 'not-taken' };
    flash(el);
    return { ok: true, changed: true };
  }
  const group = radioGroup(el).length ? radioGroup(el) : [el];
  const i = pickOption(group.map((r) => fieldLabel(r) || r.value), text);
  if (i === undefined) return { ok: false, reason: 'no-option' };
  const radio = group[i]!;
  if (radio.checked) return { ok: true, changed: false };
  radio.click(); // a radio's click checks it and fires input/change as a person's would; it submits nothing
  await settle();
  if (!radio.checked) return { ok: false, reason: 'not-taken' };
  flash(radio.labels?.[0] ?? radio);
  return { ok: true, changed: true };
}
