import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import GradeStateBasis from '../../../components/grading/GradeStateBasis.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useWorklogStore } from '../../../stores/worklog';
import { freshDb } from '../../stores/fixtures';

let db: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  db = useDatabase(freshDb('state-basis'));
  await db.open();
});
afterEach(async () => void (await db.delete()));
const settle = async () => {
  for (let i = 0; i < 20; i++) await flushPromises();
};

describe('GradeStateBasis: the year state evaluation as the basis of the party grade', () => {
  it('shows nothing without a state evaluation of the year', async () => {
    await useWorklogStore().openLog(2026, 'p1');
    const w = mount(GradeStateBasis, { props: { year: 2026, profileId: 'p1' } });
    await settle();
    expect(w.find('[data-testid="grade-state-basis"]').exists()).toBe(false);
  });

  it('shows the points and grade of the phiếu, and gives the grade as the answer', async () => {
    const s = useWorklogStore();
    const { id } = await s.openLog(2026, 'p1');
    await s.saveStateEvaluation(id, { occupation: 'cong-chuc', regime: 'nd335-2025', period: { from: '2026-01-01', to: '2026-12-31' }, general: 25, results: { quantity: 90, quality: 90, progress: 90 } } as never);
    const w = mount(GradeStateBasis, { props: { year: 2026, profileId: 'p1' } });
    await vi.waitFor(() => expect(w.find('[data-testid="grade-state-basis"]').exists()).toBe(true), { timeout: 3000 });
    const text = w.get('[data-testid="grade-state-basis"]').text().replace(/\s+/g, ' ');
    expect(text).toContain('Phiếu tự đánh giá công chức năm 2026 (NĐ 335/2025, trong sổ công việc): 88 điểm, Hoàn thành tốt nhiệm vụ (tự đánh giá');
    expect(text).toContain('QĐ 366 Điều 3');
    const use = () => w.findAll('button').find((b) => b.text().startsWith('Dùng mức này'));
    await use()!.trigger('click');
    expect(w.emitted('use')).toEqual([['HTTNV']]);
    await w.setProps({ answered: 'HTTNV' });
    expect(use()).toBeUndefined();
  });
});
