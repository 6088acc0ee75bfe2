import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import DateInput from '../../../components/common/DateInput.vue';

/** The day-first date field: what is typed is read as dd/mm/yyyy, never lost, and explained when wrong. */
let w: VueWrapper | undefined;
afterEach(() => w?.unmount());

/** Mounted as with v-model: the parent takes each emitted date. */
const open = (modelValue?: string) => {
  w = mount(DateInput, { props: { id: 'd', modelValue, 'onUpdate:modelValue': (iso: string | undefined) => w!.setProps({ modelValue: iso }) } });
  return w;
};
const field = () => w!.get('input');
const emitted = () => (w!.emitted('update:modelValue') ?? []).map((e) => e[0]);

describe('DateInput', () => {
  it('shows a stored date day first, with a Vietnamese placeholder', () => {
    open('2026-03-05');
    expect((field().element as HTMLInputElement).value).toBe('05/03/2026');
    open();
    expect(field().attributes('placeholder')).toBe('ngày/tháng/năm');
  });

  it('a full date is passed on while typing, and written out day first on leaving the field', async () => {
    open();
    await field().setValue('5/3');
    expect(emitted()).toEqual([]);
    await field().setValue('5/3/2026');
    expect(emitted()).toEqual(['2026-03-05']);
    await field().trigger('change');
    expect((field().element as HTMLInputElement).value).toBe('05/03/2026');
    expect(emitted()).toEqual(['2026-03-05']);
  });

  it('a day that does not exist: the message says so, the text stays, the model keeps its date', async () => {
    open('2026-03-05');
    await field().setValue('31/02/2026');
    await field().trigger('change');
    expect((field().element as HTMLInputElement).value).toBe('31/02/2026');
    expect(w!.get('[role="alert"]').text()).toBe('Không có ngày 31/02/2026.');
    expect(field().attributes('aria-invalid')).toBe('true');
    expect(field().attributes('aria-describedby')).toBe('d-error');
    expect(emitted()).toEqual([]);
    // corrected: the message goes, the date is passed on
    await field().setValue('28/02/2026');
    await field().trigger('change');
    expect(w!.find('[role="alert"]').exists()).toBe(false);
    expect(emitted()).toEqual(['2026-02-28']);
  });

  it('clearing the field clears the date', async () => {
    open('2026-03-05');
    await field().setValue('');
    await field().trigger('change');
    expect(emitted()).toEqual([undefined]);
  });

  it('a date changed elsewhere (another view, a restored version) replaces the text', async () => {
    open('2026-03-05');
    await w!.setProps({ modelValue: '2025-12-10' });
    expect((field().element as HTMLInputElement).value).toBe('10/12/2025');
    await w!.setProps({ modelValue: undefined });
    expect((field().element as HTMLInputElement).value).toBe('');
  });
});
