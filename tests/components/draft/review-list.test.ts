import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import DraftFlagSummary from '../../../components/draft/DraftFlagSummary.vue';
import type { Flag } from '../../../domain/drafting';

const flag = (unitId: string, n: number): Flag => ({ id: `f${n}:${unitId}`, unitId, kind: 'no-figures', severity: 'warning', message: `Điểm ${n} ở mục ${unitId}.` });

describe('DraftFlagSummary: «N điểm cần xem lại» as a list with a link to each place', () => {
  it.each([
    [[], 0],
    [[flag('A.I.2', 1)], 1],
    [[flag('A.I.2', 1), flag('A.VI', 2), flag('A.VI', 3)], 3],
  ])('%# placed flags → %i links', (placed, n) => {
    const w = mount(DraftFlagSummary, { props: { count: placed.length, placed, general: [], dismissed: [] } });
    const links = w.findAll('[data-testid="review-list"] a');
    expect(links).toHaveLength(n);
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual(placed.map((f) => [`Đến mục ${f.unitId}`, `#unit-${f.unitId}`]));
    expect(w.find('[data-testid="review-list"]').exists()).toBe(n > 0);
  });

  it('a link scrolls to the unit and puts the cursor in its text', async () => {
    document.body.innerHTML = '<textarea id="unit-A.VI"></textarea><div id="app"></div>';
    const target = document.getElementById('unit-A.VI')!;
    let scrolled = 0;
    target.scrollIntoView = () => void scrolled++;
    const w = mount(DraftFlagSummary, { props: { count: 1, placed: [flag('A.VI', 1)], general: [], dismissed: [] }, attachTo: '#app' });
    await w.get('[data-testid="review-list"] a').trigger('click');
    expect(document.activeElement).toBe(target);
    expect(scrolled).toBe(1);
    w.unmount();
  });
});
