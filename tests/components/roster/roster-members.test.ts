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
const reasonSelect = (w: VueWrapper, i: number) => {
  const label = w.findAll('label').find((l) => l.text() === `Lý do không xếp loại (thành viên ${i})`)!;
  return w.find(`#${CSS.escape(label.attributes('for')!)}`);
};
/** Applies the edits the component emitted to a roster holding the members. */
function applied(w: VueWrapper, members: RosterMember[]): Roster {
  const r: Roster = { ...emptyRoster(2025), members: structuredClone(members) };
  for (const [mutate] of (w.emitted('edit') ?? []) as [(r: Roster) => void][]) mutate(r);
  return r;
}

describe('RosterMembers: the reason not to grade', () => {
  it('is a labelled select listing the rulebook reasons with their clauses, grouped', () => {
    const w = mounted([{ name: 'An', isHead: false }]);
    const select = reasonSelect(w, 1);
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

  it('follows the rulebook of the year', () => {
    const w = mounted([{ name: 'An', isHead: false }], 'qd124-2023');
    expect(reasonSelect(w, 1).findAll('option').map((o) => o.text())[1]).toBe('Được miễn công tác và sinh hoạt đảng — QĐ 124 Điều 5 khoản 2');
  });

  it('picking a reason stores its label; picking "Được xếp loại" removes it', async () => {
    const members: RosterMember[] = [{ name: 'An', isHead: false }];
    const w = mounted(members);
    await reasonSelect(w, 1).setValue('Mới kết nạp chưa đủ 6 tháng');
    expect(applied(w, members).members[0]).toEqual({ name: 'An', isHead: false, excluded: 'Mới kết nạp chưa đủ 6 tháng' });
    await w.setProps({ members: applied(w, members).members });
    expect((reasonSelect(w, 1).element as HTMLSelectElement).value).toBe('Mới kết nạp chưa đủ 6 tháng');
    await reasonSelect(w, 1).setValue('');
    expect(applied(w, members).members[0]).toEqual({ name: 'An', isHead: false });
  });

  it.each([
    ['Nghỉ thai sản 7 tháng', '«Nghỉ thai sản 7 tháng» (không được chấp nhận: vẫn phải xếp loại)'],
    ['Đi học nước ngoài', '«Đi học nước ngoài» (chưa có trong danh sách)'],
    ['Miễn sinh hoạt', '«Miễn sinh hoạt» (tức «Được miễn công tác và sinh hoạt đảng»)'],
  ])('a reason typed elsewhere (%s) stays selected, saying what the check makes of it', (reason, text) => {
    const w = mounted([{ name: 'An', isHead: false, excluded: reason }]);
    const select = reasonSelect(w, 1);
    expect((select.element as HTMLSelectElement).value).toBe(reason);
    expect(select.findAll('option')[1]!.text()).toBe(text);
  });

  it('is reachable with the keyboard: a native select, not skipped by tab order', () => {
    const w = mounted([{ name: 'An', isHead: false }]);
    const select = reasonSelect(w, 1).element as HTMLSelectElement;
    expect(select.tabIndex).toBe(0);
    expect(select.disabled).toBe(false);
    select.focus();
    expect(document.activeElement).toBe(select);
  });
});
