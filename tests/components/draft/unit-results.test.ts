import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import DraftUnitResults from '../../../components/draft/DraftUnitResults.vue';
import GradeScreen from '../../../components/grading/GradeScreen.vue';
import type { Draft } from '../../../domain/schemas/draft';
import { putDraftRecord, useDatabase, type KiemDiemDB } from '../../../stores/db';
import { fixtureDraft, freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** A leader's unit results typed once in the draft (2025 A.I.3): the grade check reads them and does not ask again. */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;
beforeEach(() => {
  db = useDatabase(freshDb('unit-results'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  db.close();
});

/** Mounts the block over `draft` and applies every emitted edit to it, as the editor does. */
function over(draft: Draft) {
  const w = mount(DraftUnitResults, { props: { draft, draftId: draft.id }, global: { plugins: [pinia] } });
  const apply = async () => {
    for (const [m] of (w.emitted('edit') ?? []) as [(d: Draft) => void][]) m(draft);
    w.emitted('edit')?.splice(0);
    await w.setProps({ draft: { ...draft } });
  };
  return { w, apply };
}
const field = (w: VueWrapper, question: string, label: string) => {
  const q = w.get(`[data-question="${question}"]`);
  const l = q.findAll('label').find((x) => x.text() === label)!;
  return q.get(`[id="${l.attributes('for')}"]`);
};

describe('DraftUnitResults', () => {
  it("a 2025 leader: the unit's figures the grade conditions use, typed once into the draft's answers", async () => {
    const draft = fixtureDraft('qd366-2025-02A', { id: 'd-1', updatedAt: 2_000 });
    const { w, apply } = over(draft);
    expect(w.findAll('[data-question]').map((q) => q.attributes('data-question'))).toEqual(['leaderArea', 'leaderAreaPercent', 'basicTargetsMissed', 'leaderUnitGrades']);
    await field(w, 'leaderArea', 'Tổng số nhiệm vụ, chỉ tiêu').setValue('10');
    await field(w, 'leaderArea', 'Hoàn thành đúng hạn, bảo đảm chất lượng').setValue('12');
    await apply();
    expect(draft.assessment.checkAnswers?.raw).toEqual({ 'leader.area.total': '10', 'leader.area.onTime': '12' });
    expect(w.get('[data-question="leaderArea"] [role="alert"]').text()).toBe('Số đúng hạn (12) lớn hơn tổng số nhiệm vụ (10).');

    await putDraftRecord(db, draft);
    wrapper = mount(GradeScreen, { global: { plugins: [pinia] } });
    await until(() => wrapper!.find('[data-question="leaderArea"]').exists(), 'the check');
    const q = wrapper.get('[data-question="leaderArea"]');
    expect((q.findAll('input')[0]!.element as HTMLInputElement).value).toBe('10');
    expect(q.text()).toContain('Cùng số liệu ở mục A.I.3 của bản kiểm điểm');
  });

  it('a non-leader form shows nothing (no unit results to give)', () => {
    const { w } = over(fixtureDraft('qd366-2025-02B'));
    expect(w.find('[data-testid="unit-results"]').exists()).toBe(false);
  });
});
