import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeToField } from '../../entrypoints/fill.content/write';

// Guards on how the fill agent writes into a text field (entrypoints/fill.content/write-control.ts):
// 1. the browser's editing command comes first: it keeps the field's undo stack (Ctrl+Z) — removing it fails here;
// 2. the fallback goes through the prototype's native value setter, never `el.value = …`, which a framework's
//    value tracker (React) patches on the element itself — a raw assignment fails here.

const proto = HTMLTextAreaElement.prototype;
const native = Object.getOwnPropertyDescriptor(proto, 'value')!;

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  document.body.append(el);
  native.set!.call(el, value);
  return el;
}

beforeEach(() => {
  // happy-dom lays nothing out: give every element a visible box so the field counts as one a person sees.
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{ width: 200, height: 40 }] as unknown as DOMRectList);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ width: 200, height: 40, top: 0, left: 0, right: 200, bottom: 40, x: 0, y: 0 } as DOMRect);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('writing into a text field', () => {
  it('uses execCommand("insertText") at the caret, and no value setter at all, when the browser supports it', async () => {
    const el = textarea('Đã viết sẵn.');
    const setter = vi.fn();
    Object.defineProperty(el, 'value', { configurable: true, get: () => native.get!.call(el), set: setter });
    const exec = vi.fn((command: string, _ui: boolean, text: string) => {
      // What Chromium does: types the text over the selection, as a person would.
      const v = native.get!.call(el) as string;
      native.set!.call(el, v.slice(0, el.selectionStart) + text + v.slice(el.selectionEnd));
      return command === 'insertText';
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    const out = await writeToField(el, 'Luôn giữ vững.', 'insert', false);
    expect(out).toEqual({ ok: true, changed: true });
    expect(exec).toHaveBeenCalledWith('insertText', false, '\nLuôn giữ vững.');
    expect(setter).not.toHaveBeenCalled();
    expect(native.get!.call(el)).toBe('Đã viết sẵn.\nLuôn giữ vững.');
  });

  it('without the command, goes through the native setter below a tracker patched on the element', async () => {
    const el = textarea('Có sẵn');
    const tracked: string[] = [];
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => native.get!.call(el),
      set: (v: string) => {
        tracked.push(v);
        native.set!.call(el, v);
      },
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
    const inputs: string[] = [];
    el.addEventListener('input', () => inputs.push(native.get!.call(el) as string));
    const out = await writeToField(el, 'Luôn giữ vững.', 'insert', false);
    expect(out).toEqual({ ok: true, changed: true });
    expect(native.get!.call(el)).toBe('Có sẵn\nLuôn giữ vững.');
    // The tracker never saw the write, so the framework treats the input event as the person's change.
    expect(tracked).toEqual([]);
    expect(inputs).toEqual(['Có sẵn\nLuôn giữ vững.']);
  });

  it('reports "not-taken" when the page puts its own value back (a controlled field whose state refused it)', async () => {
    const el = textarea('Có sẵn');
    Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
    el.addEventListener('input', () => setTimeout(() => native.set!.call(el, 'Có sẵn')));
    expect(await writeToField(el, 'Luôn giữ vững.', 'insert', false)).toEqual({ ok: false, reason: 'not-taken' });
  });
});
