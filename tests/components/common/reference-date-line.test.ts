import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import ReferenceDateLine from '../../../components/common/ReferenceDateLine.vue';
import GuideResult from '../../../components/guide/GuideResult.vue';
import { buildGuide } from '../../../domain/guide';
import { ProfileSchema } from '../../../domain/schemas/profile';

/** The one reference date reads the same on the guide and the grade check, and «đổi» sets the meeting date. */
let w: VueWrapper | undefined;
afterEach(() => w?.unmount());
const text = () => w!.get('[data-testid="reference-date"]').text().replace(/\s+/g, ' ');

describe('ReferenceDateLine', () => {
  it.each([
    ['2025-12-10', 'today', 'Tính đến ngày 10/12/2025 (hôm nay, đang trong mùa kiểm điểm) — đổi'],
    ['2025-12-31', 'year-end', 'Tính đến ngày 31/12/2025 (cuối năm kiểm điểm; chưa nhập ngày họp kiểm điểm) — đổi'],
    ['2025-12-18', 'review-date', 'Tính đến ngày 18/12/2025 (ngày họp kiểm điểm đã nhập) — đổi'],
  ] as const)('%s (%s)', (date, basis, want) => {
    w = mount(ReferenceDateLine, { props: { date, basis, canEdit: true } });
    expect(text()).toBe(want);
  });

  it('«đổi» opens the meeting date, typed day first, and passes it on', async () => {
    w = mount(ReferenceDateLine, { props: { date: '2025-12-10', basis: 'today', canEdit: true } });
    await w.get('button').trigger('click');
    await w.get('input').setValue('18/12/2025');
    expect(w.emitted('setReviewDate')?.at(-1)).toEqual(['2025-12-18']);
  });

  it('without a profile to write to, there is nothing to change', () => {
    w = mount(ReferenceDateLine, { props: { date: '2025-12-31', basis: 'year-end', canEdit: false } });
    expect(w.find('button').exists()).toBe(false);
  });
});

describe('the guide says its reference date the same way', () => {
  it('and asks its screen to store the meeting date', async () => {
    const profile = ProfileSchema.parse({ reviewYear: 2025, subject: { kind: 'individual', occupation: 'cong-chuc', partyJoinDate: '2025-06-20', partyStatus: 'du-bi' } });
    w = mount(GuideResult, { props: { guide: buildGuide(profile, undefined, '2025-12-10') } });
    expect(text()).toBe('Tính đến ngày 10/12/2025 (hôm nay, đang trong mùa kiểm điểm) — đổi');
    await w.get('[data-testid="reference-date"] button').trigger('click');
    await w.get('[data-testid="reference-date"] + div input').setValue('22/12/2025');
    expect(w.emitted('setReviewDate')?.at(-1)).toEqual(['2025-12-22']);
  });
});
