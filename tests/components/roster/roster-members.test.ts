import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import RosterMembers from '../../../components/roster/RosterMembers.vue';
import type { Roster, RosterMember } from '../../../domain/schemas/roster';
import { emptyRoster } from '../../../components/roster/roster-edit';

/** The reason not to grade is picked from the rulebook's list, each with its clause; a free reason stays visible. */
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function mounted(members: RosterMember[], rulebookId: 'qd366-2025' | 'qd124-2023' = 'qd366-2025') {
  wrapper = mount(RosterMembers, { props: { members, rulebookId }, attachTo: document.body });
  return wrapper;
}
/** The reason select of member i, in the member's details (opened with «Chi tiết» when closed). */
async function reasonSelect(w: VueWrapper, i: number) {
  const find = () => w.findAll('label').find((l) => l.text() === `Lý do không xếp loại (thành viên ${i})`);
  if (!find()) await w.findAll('button').find((b) => b.text() === `Chi tiết (thành viên ${i})`)!.trigger('click');
  return w.find(`#${CSS.escape(find()!.attributes('for')!)}`);
}
/** Applies the edits the component emitted to a roster holding the members. */
function applied(w: VueWrapper, members: RosterMember[]): Roster {
  const r: Roster = { ...emptyRoster(2025), members: structuredClone(members) };
  for (const [mutate] of (w.emitted('edit') ?? []) as [(r: Roster) => void][]) mutate(r);
  return r;
}

describe('RosterMembers: the reason not to grade', () => {
  it('is a labelled select listing the rulebook reasons with their clauses, grouped', async () => {
    const w = mounted([{ name: 'An', isHead: false }]);
    const select = await reasonSelect(w, 1);
    expect(select.element.tagName).toBe('SELECT');
    expect((select.element as HTMLSelectElement).value).toBe('');
    expect(select.findAll('optgroup').map((g) => g.attributes('label'))).toEqual(['Không phải kiểm điểm', 'Kiểm điểm nhưng không xếp loại']);
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Được xếp loại',
      'Được miễn công tác và sinh hoạt đảng — QĐ 366 Điều 5 khoản 2 điểm 2.1',
      'Bị đình chỉ sinh hoạt đảng — QĐ 366 Điều 5 khoản 2 điểm 2.1',
      'Mới kết nạp chưa đủ 6 tháng — QĐ 366 Điều 5 khoản 2 điểm 2.1',
      'Mới được bổ nhiệm chức vụ lãnh đạo, quản lý chưa đủ 6 tháng — HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)',
      'Tập thể mới thành lập, chia tách, sáp nhập chưa đủ 6 tháng — HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)',
    ]);
    // maternity and sick leave are not offered: graded on the time worked
    expect(select.text()).not.toMatch(/thai sản|ốm/);
  });

  it('follows the rulebook of the year', async () => {
    const w = mounted([{ name: 'An', isHead: false }], 'qd124-2023');
    expect((await reasonSelect(w, 1)).findAll('option').map((o) => o.text())[1]).toBe('Được miễn công tác và sinh hoạt đảng — QĐ 124 Điều 5 khoản 2');
  });

  it('picking a reason stores its label; picking "Được xếp loại" removes it', async () => {
    const members: RosterMember[] = [{ name: 'An', isHead: false }];
    const w = mounted(members);
    await (await reasonSelect(w, 1)).setValue('Mới kết nạp chưa đủ 6 tháng');
    expect(applied(w, members).members[0]).toEqual({ name: 'An', isHead: false, excluded: 'Mới kết nạp chưa đủ 6 tháng' });
    await w.setProps({ members: applied(w, members).members });
    expect(((await reasonSelect(w, 1)).element as HTMLSelectElement).value).toBe('Mới kết nạp chưa đủ 6 tháng');
    await (await reasonSelect(w, 1)).setValue('');
    expect(applied(w, members).members[0]).toEqual({ name: 'An', isHead: false });
  });

  it.each([
    ['Nghỉ thai sản 7 tháng', '«Nghỉ thai sản 7 tháng» (không được chấp nhận: vẫn phải xếp loại)'],
    ['Đi học nước ngoài', '«Đi học nước ngoài» (chưa có trong danh sách)'],
    ['Miễn sinh hoạt', '«Miễn sinh hoạt» (tức «Được miễn công tác và sinh hoạt đảng»)'],
  ])('a reason typed elsewhere (%s) stays selected, saying what the check makes of it', async (reason, text) => {
    const w = mounted([{ name: 'An', isHead: false, excluded: reason }]);
    const select = await reasonSelect(w, 1);
    expect((select.element as HTMLSelectElement).value).toBe(reason);
    expect(select.findAll('option')[1]!.text()).toBe(text);
  });

  it('is reachable with the keyboard: a native select, not skipped by tab order', async () => {
    const w = mounted([{ name: 'An', isHead: false }]);
    const select = (await reasonSelect(w, 1)).element as HTMLSelectElement;
    expect(select.tabIndex).toBe(0);
    expect(select.disabled).toBe(false);
    select.focus();
    expect(document.activeElement).toBe(select);
  });
});

describe('RosterMembers: a compact table, rendered a window at a time (issue 17 item 4, issue 20 item 5)', () => {
  const many = (n: number): RosterMember[] => Array.from({ length: n }, (_, i) => ({ name: `Đảng viên số ${i + 1}`, isHead: false, proposedGrade: 'HTTNV' }));

  it.each([
    [6, 6],
    [5000, 16],
    [20000, 16],
  ])('%i members: %i rows in the page, the table still counts them all', (count, rendered) => {
    const w = mounted(many(count));
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(rendered);
    expect(w.find('table').attributes('aria-rowcount')).toBe(String(count + 1));
    expect(w.find('h3').text()).toBe(`Thành viên (${count.toLocaleString('de-DE')})`);
    const last = w.findAll('[data-testid="roster-member"]').at(-1)!;
    expect(last.attributes('aria-rowindex')).toBe(String(rendered + 1));
  });

  it('scrolling the box renders the rows in view, with spacers for the rest', async () => {
    const w = mounted(many(5000));
    const box = w.find('[data-testid="roster-members-scroller"]');
    (box.element as HTMLElement).scrollTop = 44 * 2500;
    await box.trigger('scroll');
    const rows = w.findAll('[data-testid="roster-member"]');
    expect(rows[0]!.find('input').element.value).toBe('Đảng viên số 2495');
    expect(rows.map((r) => r.attributes('aria-rowindex'))).toContain('2502');
    expect(w.findAll('tr.spacer').map((r) => r.find('td').attributes('style'))).toEqual([`height: ${2494 * 44}px;`, `height: ${(5000 - 2494 - rows.length) * 44}px;`]);
  });

  it('a row holds the name and the grade; «Chi tiết» opens post, group, head, reason and «Xóa» under the table', async () => {
    const members: RosterMember[] = [{ name: 'An', isHead: false }, { name: 'Bình', isHead: false, role: 'Bí thư' }];
    const w = mounted(members);
    expect(w.find('[data-testid="roster-member"]').findAll('input, select').map((e) => e.attributes('id')?.replace(/^.*-0-/, ''))).toEqual(['name', 'grade']);
    await w.findAll('button').find((b) => b.text() === 'Chi tiết (thành viên 2)')!.trigger('click');
    const details = w.find('[data-testid="roster-member-details"]');
    expect(details.find('legend').text()).toBe('Thành viên 2: Bình');
    expect(details.findAll('label').map((l) => l.text())).toEqual(['Chức vụ (thành viên 2)', 'Nhóm tính tỉ lệ (thành viên 2)', 'Người đứng đầu (thành viên 2)', 'Lý do không xếp loại (thành viên 2)']);
    expect(details.find('input').element.value).toBe('Bí thư');
    await details.findAll('input')[1]!.setValue('Lãnh đạo');
    await details.find('input[type="checkbox"]').setValue(true);
    expect(applied(w, members).members[1]).toEqual({ name: 'Bình', isHead: true, role: 'Bí thư', group: 'Lãnh đạo' });
    await details.findAll('button').find((b) => b.text().startsWith('Xóa'))!.trigger('click');
    expect(applied(w, members).members).toEqual([{ name: 'An', isHead: false }]);
    expect(w.find('[data-testid="roster-member-details"]').exists()).toBe(false);
  });
});
