import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import DraftUnit from '../../../components/draft/DraftUnit.vue';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';

/**
 * The caret while another window's text is merged into the section being typed (issue 20 item 3). The case is
 * the one logged in the e2e "two pages typing": the page had typed ' alpha0x', then ' alp' at the start; the
 * merged text came back with one more space at the start (the other page's first space) and the other page's
 * ' be' at the end. The caret moved by both, into 'alpha0x', and the rest of 'alpha1x' was typed in there:
 * ' alha1xpha0x', two words lost from every copy of the draft.
 */
const unit = writableUnits(getFormModel('qd366-2025', '02A')!).find((u) => u.id === 'A.I.1')!;
let w: VueWrapper | undefined;
afterEach(() => {
  w?.unmount();
  w = undefined;
});

async function typing(text: string, caret: number) {
  w = mount(DraftUnit, { props: { unit, sections: { [unit.id]: { text } }, reviewYear: 2025 }, global: { stubs: { FillInsertButton: true } }, attachTo: document.body });
  const el = w.get('textarea').element as HTMLTextAreaElement;
  el.focus();
  el.setSelectionRange(caret, caret);
  return el;
}
/** Keys typed at the caret, as the browser does, each reported by an input event. */
function press(el: HTMLTextAreaElement, keys: string): void {
  for (const key of keys) {
    const at = el.selectionStart;
    el.value = el.value.slice(0, at) + key + el.value.slice(el.selectionEnd);
    el.setSelectionRange(at + 1, at + 1);
    el.dispatchEvent(new Event('input'));
  }
}

describe('DraftUnit: the caret stays in the word being typed when another window\'s text arrives', () => {
  it.each([
    ['a space more before the caret and a word after it (the e2e case)', ' alp alpha0x', 4, '  alp alpha0x be', 'ha1x', '  alpha1x alpha0x be'],
    ['a word inserted right at the caret stays after it', ' alp', 4, ' alp be', 'ha0x', ' alpha0x be'],
    ['words inserted before the caret move it', ' beta0x bet', 11, ' alpha0x beta0x bet', 'a1x', ' alpha0x beta0x beta1x'],
    ['words inserted before and after the caret', ' beta0x bet', 11, ' alpha0x beta0x bet gamma', 'a1x', ' alpha0x beta0x beta1x gamma'],
  ])('%s', async (_name, before, caret, merged, keys, want) => {
    const el = await typing(before, caret);
    await w!.setProps({ sections: { [unit.id]: { text: merged } } });
    await nextTick();
    press(el, keys);
    expect(w!.emitted<[string]>('input')!.at(-1)![0]).toBe(want);
  });
});
