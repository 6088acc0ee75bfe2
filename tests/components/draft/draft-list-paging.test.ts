import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DraftList from '../../../components/draft/DraftList.vue';
import { putDraftRecord, useDatabase } from '../../../stores/db';
import { fixtureDraft, freshDb } from '../../stores/fixtures';

describe('DraftList with a long archive', () => {
  afterEach(() => useDatabase().close());

  it('shows the 30 newest first, then the rest a page at a time', async () => {
    const db = useDatabase(freshDb('paging'));
    for (let i = 0; i < 45; i++) await putDraftRecord(db, fixtureDraft('qd366-2025-02B', { id: `d-${i}`, title: `Bản số ${i}`, updatedAt: 1_000_000 + i }));
    const w = mount(DraftList, { global: { plugins: [createPinia()] } });
    await vi.waitFor(() => expect(w.findAll('.draft-row').length).toBe(30), { timeout: 10_000 });
    expect(w.find('.draft-title').text()).toBe('Bản số 44'); // newest first
    const more = w.findAll('button').find((b) => b.text().startsWith('Hiện thêm'))!;
    expect(more.text()).toBe('Hiện thêm 15 bản (còn 15 bản chưa hiện)');
    await more.trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(w.findAll('.draft-row').length).toBe(45), { timeout: 10_000 });
    expect(w.findAll('button').some((b) => b.text().startsWith('Hiện thêm'))).toBe(false);
    w.unmount();
  });
});
