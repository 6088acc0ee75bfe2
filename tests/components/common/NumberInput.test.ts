import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import NumberInput from '../../../components/common/NumberInput.vue';

/** A number field keeps what was typed, says what is wrong beside it, and never passes on some other number. */
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function field(props: Record<string, unknown> = {}) {
  wrapper = mount(NumberInput, { props: { id: 'n', min: 0, max: 70, unit: 'điểm', ...props }, attachTo: document.body });
  return wrapper;
}
/** Types character by character, as a keyboard does (each prefix is an input event). */
async function type(w: VueWrapper, text: string) {
  const input = w.get('input');
  for (let i = 1; i <= text.length; i++) await input.setValue(text.slice(0, i));
}
const sent = (w: VueWrapper) => (w.emitted('update:modelValue') ?? []).map((e) => e[0]);
const message = (w: VueWrapper) => (w.find('[role="alert"]').exists() ? w.get('[role="alert"]').text() : '');

describe('NumberInput', () => {
  it.each<[string, string, (number | undefined)[], string]>([
    ['75 typed in a …/70 field', '75', [7, undefined], 'Tối đa 70 điểm.'],
    ['150 typed', '150', [1, 15, undefined], 'Tối đa 70 điểm.'],
    ['700 typed', '700', [7, 70, undefined], 'Tối đa 70 điểm.'],
    ['70 typed', '70', [7, 70], ''],
    ['62,5 typed', '62,5', [6, 62, undefined, 62.5], ''],
  ])('%s: the text stays, the message stays, no other number is kept', async (_name, text, expected, msg) => {
    const w = field();
    await type(w, text);
    expect((w.get('input').element as HTMLInputElement).value).toBe(text);
    expect(sent(w)).toEqual(expected);
    expect(message(w)).toBe(msg);
    await w.get('input').trigger('blur');
    await w.get('input').trigger('change');
    expect(message(w)).toBe(msg);
    expect((w.get('input').element as HTMLInputElement).value).toBe(text);
  });

  it('a paste of 150 over 60 passes on "no value" and says why', async () => {
    const w = field({ modelValue: 60 });
    expect((w.get('input').element as HTMLInputElement).value).toBe('60');
    await w.get('input').setValue('150');
    expect(sent(w)).toEqual([undefined]);
    expect(w.emitted('problem')).toEqual([['Tối đa 70 điểm.']]);
    expect((w.get('input').element as HTMLInputElement).value).toBe('150');
  });

  it('a required field keeps its last accepted number and still shows what is wrong', async () => {
    const w = field({ modelValue: 2026, min: 2018, max: 2100, integer: true, required: true, unit: undefined });
    await w.get('input').setValue('20266');
    expect(sent(w)).toEqual([]);
    expect(message(w)).toBe('Tối đa 2100.');
  });

  it('a value from elsewhere replaces the text and clears the message', async () => {
    const w = field();
    await w.get('input').setValue('75');
    await w.setProps({ modelValue: 40 });
    expect((w.get('input').element as HTMLInputElement).value).toBe('40');
    expect(message(w)).toBe('');
  });
});
