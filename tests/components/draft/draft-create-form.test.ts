import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DraftCreateForm from '../../../components/draft/DraftCreateForm.vue';
import { useDatabase } from '../../../stores/db';
import { freshDb } from '../../stores/fixtures';
import { ProfileSchema } from '../../../domain/schemas/profile';

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

describe('DraftCreateForm with several profiles', () => {
  afterEach(() => useDatabase().close());

  it.each([
    [1, false],
    [2, true],
  ])('%i stored profile(s): a profile picker shown: %s; picking one chooses its form and makes it active', async (n, shown) => {
    const db = useDatabase(freshDb(`create-form-profiles-${n}`));
    const year = new Date().getFullYear();
    const mine = ProfileSchema.parse({ id: 'p-mine', reviewYear: year, subject: { kind: 'individual', fullName: 'Lê Thị Hoa', occupation: 'cong-chuc' } });
    const cell = ProfileSchema.parse({ id: 'p-cell', reviewYear: year, subject: { kind: 'collective', name: 'Chi bộ Văn phòng', collectiveKind: 'chi-bo-truc-thuoc' } });
    for (const p of [mine, cell].slice(0, n)) await db.profiles.put({ id: p.id!, updatedAt: 1, profile: p });
    await db.settings.put({ key: 'active-profile', value: 'p-mine' });
    const w = mount(DraftCreateForm, { global: { plugins: [createPinia()] } });
    await vi.waitFor(() => expect(w.text()).toContain('Điền sẵn từ hồ sơ: Lê Thị Hoa'), { timeout: 10_000 });
    await flushPromises();
    expect(w.find('#new-profile').exists()).toBe(shown);
    if (!shown) return w.unmount();
    expect(w.findAll('#new-profile option').map((o) => o.text())).toEqual(['Lê Thị Hoa — Cá nhân', 'Chi bộ Văn phòng — Chi bộ trực thuộc']);
    await w.find('#new-profile').setValue('p-cell');
    await vi.waitFor(() => expect(w.text()).toContain('Điền sẵn từ hồ sơ: Chi bộ Văn phòng'), { timeout: 10_000 });
    await vi.waitFor(() => expect((w.find('#new-form').element as HTMLSelectElement).value).toBe('01'), { timeout: 10_000 });
    expect((await db.settings.get('active-profile'))?.value).toBe('p-cell');
    w.unmount();
  });
});
