import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DraftList from '../../../components/draft/DraftList.vue';
import { putDraftRecord, useDatabase } from '../../../stores/db';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { fixtureDraft, freshDb } from '../../stores/fixtures';

describe('DraftList cards', () => {
  afterEach(() => useDatabase().close());

  it('each card is titled with its person or collective and its form', async () => {
    const db = useDatabase(freshDb('cards'));
    const person = (fullName: string) => ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'individual', fullName, occupation: 'cong-chuc' } });
    const same = 'Mẫu 02B-HD KĐ.ĐG 2025 — năm 2025';
    await putDraftRecord(db, fixtureDraft('qd366-2025-02B', { id: 'a', title: same, profile: person('Nguyễn Văn An'), updatedAt: 3 }));
    await putDraftRecord(db, fixtureDraft('qd366-2025-02B', { id: 'b', title: same, profile: person('Trần Thị Bình'), updatedAt: 2 }));
    await putDraftRecord(db, fixtureDraft('qd366-2025-01', { id: 'c', title: same, profile: ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'collective', name: 'Chi bộ Văn phòng' } }), updatedAt: 1 }));
    const w = mount(DraftList, { global: { plugins: [createPinia()] } });
    await vi.waitFor(() => expect(w.findAll('.draft-row').length).toBe(3), { timeout: 10_000 });
    expect(w.findAll('[data-testid="draft-card-title"]').map((t) => t.text())).toEqual([
      'Nguyễn Văn An — Mẫu 02B năm 2025',
      'Trần Thị Bình — Mẫu 02B năm 2025',
      'Chi bộ Văn phòng — Mẫu 01 năm 2025',
    ]);
    w.unmount();
  });
});
