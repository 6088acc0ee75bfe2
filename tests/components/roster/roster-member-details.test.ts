import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import RosterMemberDetails from '../../../components/roster/RosterMemberDetails.vue';
import type { RosterMember } from '../../../domain/schemas/roster';

/** The quarter results a member's backup file brought, shown in the member's details (read only). */
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});
const mounted = (member: RosterMember) => (wrapper = mount(RosterMemberDetails, { props: { member, index: 0, rulebookId: 'qd366-2025' }, attachTo: document.body }));

describe('RosterMemberDetails: quarter results', () => {
  it('one line per quarter: the grade, "(đề xuất)" for a proposal, the points, under a heading naming the year', () => {
    const w = mounted({
      name: 'Trần Thị Bình',
      isHead: false,
      quarterResults: {
        v: 1,
        year: 2026,
        quarters: [
          { quarter: 1, grade: 'HTTNV', proposed: true, total: 85 },
          { quarter: 2, grade: 'HTXSNV', proposed: false, total: 92.5 },
          { quarter: 3, proposed: false, total: 60 },
        ],
      },
    });
    const section = w.get('[data-testid="roster-member-quarters"]');
    expect(section.get('h4').text()).toBe('Kết quả các quý năm 2026 (từ tệp sao lưu của thành viên)');
    expect(section.attributes('aria-labelledby')).toBe(section.get('h4').attributes('id'));
    expect(section.findAll('li').map((li) => li.text())).toEqual([
      'Quý I: HTTNV (đề xuất) · 85 điểm',
      'Quý II: HTXSNV · 92,5 điểm',
      'Quý III: chưa có mức xếp loại · 60 điểm',
    ]);
  });

  it.each([
    ['no quarter results', { name: 'An', isHead: false }],
    ['an empty list', { name: 'An', isHead: false, quarterResults: { v: 1 as const, year: 2026, quarters: [] } }],
  ])('%s: no section', (_l, member) => {
    expect(mounted(member).find('[data-testid="roster-member-quarters"]').exists()).toBe(false);
  });
});
