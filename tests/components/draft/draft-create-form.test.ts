import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DraftCreateForm from '../../../components/draft/DraftCreateForm.vue';
import { useDatabase } from '../../../stores/db';
import { freshDb } from '../../stores/fixtures';

describe('DraftCreateForm without a profile', () => {
  afterEach(() => useDatabase().close());

  it('starts on the form of a party member without a post, year-correct (2025: 02B, 2023: 02A)', async () => {
    useDatabase(freshDb('create-form'));
    const w = mount(DraftCreateForm, { global: { plugins: [createPinia()] } });
    await flushPromises();
    await w.find('#new-year').setValue(2025);
    await vi.waitFor(() => expect((w.find('#new-form').element as HTMLSelectElement).value).toBe('02B'), { timeout: 10_000 });
    await w.find('#new-year').setValue(2023);
    await vi.waitFor(() => expect((w.find('#new-form').element as HTMLSelectElement).value).toBe('02A'), { timeout: 10_000 });
    // A form the user picks stays picked while the rulebook is the same.
    await w.find('#new-form').setValue('01');
    await w.find('#new-year').setValue(2024);
    await flushPromises();
    expect((w.find('#new-form').element as HTMLSelectElement).value).toBe('01');
    w.unmount();
  });
});
