import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { nextTick, reactive } from 'vue';
import RosterPaperwork from '../../../components/roster/RosterPaperwork.vue';
import { RosterSchema, type Roster } from '../../../domain/schemas/roster';
import { documentXml, paragraphs } from '../../helpers/docx-xml';
import { until } from '../../helpers/until';

/** The paperwork form: a missing fact is asked for, a typed one is kept in the roster, nothing is invented. */
const BASE = RosterSchema.parse(JSON.parse(readFileSync('tests/fixtures/rosters/chi-bo-2025-paperwork.json', 'utf8')));
let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.restoreAllMocks();
});

/** The component with a roster that has no paperwork facts (as saved before they existed); edits apply to it. */
function mounted(roster: Roster = reactive({ ...structuredClone(BASE), paperwork: undefined }) as Roster) {
  wrapper = mount(RosterPaperwork, {
    props: { roster, onEdit: (mutate: (r: Roster) => void) => mutate(roster) },
    attachTo: document.body,
  });
  return { w: wrapper, roster };
}
const missing = (w: VueWrapper) => w.find('[data-testid="paperwork-missing"]').findAll('li').map((li) => li.text());
const input = (w: VueWrapper, label: string) => {
  const l = w.findAll('label').find((x) => x.text() === label);
  if (!l) throw new Error(`no label ${label}`);
  return w.find(`#${CSS.escape(l.attributes('for')!)}`);
};
const button = (w: VueWrapper, text: string) => w.findAll('button').find((b) => b.text() === text)!;

describe('RosterPaperwork', () => {
  it('a roster without facts: the minutes ask for each missing fact', () => {
    const { w } = mounted();
    expect(missing(w)).toEqual([
      'Đảng bộ cấp trên', 'Địa danh ghi ở dòng ngày tháng', 'Ngày họp', 'Giờ bắt đầu', 'Giờ kết thúc', 'Địa điểm họp',
      'Số đảng viên có mặt', 'Người chủ trì', 'Thư ký hội nghị', 'Mức tự xếp loại của từng đảng viên',
      'Kết quả biểu quyết của từng đảng viên', 'Kết luận của hội nghị',
    ]);
  });

  it('a typed fact is kept in the roster and no longer asked for; a bad time is refused with a message', async () => {
    const { w, roster } = mounted();
    await input(w, 'Người chủ trì').setValue('Nguyễn Văn An');
    expect(roster.paperwork?.chair).toBe('Nguyễn Văn An');
    expect(roster.paperwork?.v).toBe(1);
    expect(missing(w)).not.toContain('Người chủ trì');
    await input(w, 'Giờ bắt đầu').setValue('25:99');
    await input(w, 'Giờ bắt đầu').trigger('change');
    expect(roster.paperwork?.startTime).toBeUndefined();
    expect(w.find('[role="alert"]').text()).toBe('Giờ bắt đầu: cần giờ dạng HH:MM, ví dụ 08:00.');
    await input(w, 'Giờ bắt đầu').setValue('8h30');
    await input(w, 'Giờ bắt đầu').trigger('change');
    expect(roster.paperwork?.startTime).toBe('08:30');
    await input(w, 'Người chủ trì').setValue('');
    expect(roster.paperwork?.chair).toBeUndefined();
    expect(missing(w)).toContain('Người chủ trì');
  });

  it('per member: the own proposal and votes are typed, never copied from the roster grade', async () => {
    const { w, roster } = mounted();
    await button(w, 'Nhập mức tự xếp loại và biểu quyết (7 người)').trigger('click');
    expect(roster.paperwork).toBeUndefined();
    const self = input(w, 'Tự xếp loại: Nguyễn Văn An');
    expect((self.element as HTMLSelectElement).value).toBe('');
    await self.setValue('HTTNV');
    await input(w, 'Số tán thành: Nguyễn Văn An').setValue('9');
    await input(w, 'Số tán thành: Nguyễn Văn An').trigger('change');
    expect(roster.paperwork?.members).toEqual({ 'Nguyễn Văn An': { selfGrade: 'HTTNV', votesFor: 9 } });
  });

  it('making a file with facts missing asks first; "Nhập tiếp" makes nothing; "Vẫn tạo tệp" leaves dots, invents nothing', async () => {
    const { w } = mounted();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (created.push(b as Blob), 'blob:paperwork'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await input(w, 'Người chủ trì').setValue('Nguyễn Văn An');
    await button(w, 'Tạo tệp Word').trigger('click');
    const dialog = () => w.find('[role="dialog"]');
    expect(dialog().exists()).toBe(true);
    expect(dialog().text()).toContain('Còn thiếu 11 dữ kiện');
    expect(dialog().findAll('li').map((li) => li.text())).toContain('Thư ký hội nghị');
    await button(w, 'Nhập tiếp').trigger('click');
    expect(dialog().exists()).toBe(false);
    expect(created).toHaveLength(0);

    await button(w, 'Tạo tệp Word').trigger('click');
    await button(w, 'Vẫn tạo tệp').trigger('click');
    await until(() => w.find('[data-testid="paperwork-status"]').text().startsWith('Đã tạo tệp'), 'the file', { timeoutMs: 20_000 });
    expect(w.find('[data-testid="paperwork-status"]').text()).toBe('Đã tạo tệp Bien-ban-hop-kiem-diem-2025-Chi-bo-Van-phong.docx.');
    expect(created).toHaveLength(1);
    const text = paragraphs(documentXml(new Uint8Array(await created[0]!.arrayBuffer()))).map((p) => p.text);
    expect(text).toContain('Chủ trì: Nguyễn Văn An');
    expect(text).toContain('Thư ký: ……');
    expect(text).toContain('Địa điểm: ……');
    expect(text).toContain('ĐẢNG BỘ ……');
  });

  it('with every fact typed the file is made at once, without asking', async () => {
    const roster = reactive(structuredClone(BASE)) as Roster;
    roster.paperwork!.members = Object.fromEntries(roster.members.map((m) => [m.name, { selfGrade: 'HTTNV' as const, votesFor: 10 }]));
    const { w } = mounted(roster);
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:paperwork');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    expect(w.find('[data-testid="paperwork-missing"]').text()).toBe('✓ Đã đủ dữ kiện cho «Biên bản họp chi bộ (kiểm điểm, xếp loại)».');
    await button(w, 'Tạo tệp Word').trigger('click');
    expect(w.find('[role="dialog"]').exists()).toBe(false);
    await until(() => w.find('[data-testid="paperwork-status"]').text().startsWith('Đã tạo tệp'), 'the file', { timeoutMs: 20_000 });
  });

  it('the dossier index (Mẫu 04) is offered from 2025 only', async () => {
    const { w, roster } = mounted();
    const option = () => w.findAll('option').find((o) => o.text().startsWith('Danh mục hồ sơ (Mẫu 04)'))!;
    expect(option().attributes('disabled')).toBeUndefined();
    roster.reviewYear = 2024;
    await nextTick();
    expect(option().attributes('disabled')).toBeDefined();
    expect(option().text()).toBe('Danh mục hồ sơ (Mẫu 04) — chỉ từ năm 2025');
  });
});
