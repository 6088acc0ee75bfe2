import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import RosterScreen from '../../../components/roster/RosterScreen.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useRostersStore } from '../../../stores/rosters';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** The roster screen over fake-indexeddb: paste errors name row and column; a good paste is checked and saved. */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;


const TSV = [
  'STT\tHọ và tên\tChức vụ\tNgười đứng đầu\tMức xếp loại đề xuất',
  '1\tNguyễn Văn An\tBí thư\tx\tHTXSNV',
  '2\tTrần Thị Bình\tPhó Bí thư\t\tHoàn thành xuất sắc nhiệm vụ',
  '3\tLê Văn Cường\tĐảng viên\t\tHTTNV',
  '4\tPhạm Thị Dung\tĐảng viên\t\tHTTNV',
  '5\tHoàng Văn Em\tĐảng viên\t\tHTTNV',
  '6\tVũ Thị Giang\tĐảng viên\t\tHTNV',
].join('\n');

beforeEach(() => {
  db = useDatabase(freshDb('roster'));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  db.close();
});

async function mounted() {
  wrapper = mount(RosterScreen, { global: { plugins: [pinia] } });
  await until(() => wrapper!.find('textarea').exists(), 'the screen');
  return wrapper;
}

describe('RosterScreen', () => {
  it('paste errors are Vietnamese and name the row and the column; nothing is imported', async () => {
    const w = await mounted();
    await w.find('textarea').setValue(readFileSync('tests/fixtures/rosters/bad.tsv', 'utf8'));
    await w.findAll('button').find((b) => b.text() === 'Nhập từ bảng tính')!.trigger('click');
    const errors = w.find('[data-testid="roster-import-errors"]').findAll('li').map((li) => li.text());
    expect(errors).toEqual([
      'Dòng 3, cột «Tự xếp loại»: «không rõ» không phải mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV hoặc tên đầy đủ).',
      'Dòng 4, cột «Họ tên»: thiếu họ và tên.',
    ]);
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(0);
  });

  it('a 6-member paste: summary in vi-VN percentages, the quota finding with its clause, saved in the rosters table', async () => {
    const w = await mounted();
    const year = w.findAll('input').find((i) => i.element.id.endsWith('-year'))!;
    await year.setValue('2025');
    await year.trigger('change');
    await w.find('textarea').setValue(TSV);
    await w.findAll('button').find((b) => b.text() === 'Nhập từ bảng tính')!.trigger('click');
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(6);

    const rows = w.find('[data-testid="roster-summary"]').findAll('tbody tr').map((r) => r.findAll('th,td').map((c) => c.text()));
    expect(rows).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '2', '33,3%'],
      ['Hoàn thành tốt nhiệm vụ (HTTNV)', '3', '50%'],
      ['Hoàn thành nhiệm vụ (HTNV)', '1', '16,7%'],
      ['Không hoàn thành nhiệm vụ (KHTNV)', '0', '0%'],
    ]);
    const quota = w.findAll('[data-testid="roster-finding"]').find((f) => f.text().includes('vượt tỉ lệ'));
    expect(quota?.attributes('data-severity')).toBe('error');
    expect(quota?.text()).toContain('QĐ 366 Điều 11 (tỉ lệ Hoàn thành xuất sắc nhiệm vụ)');
    expect(quota?.text()).toMatch(/tối đa 0 theo cách tính 20% số được xếp loại HTTNV \(3\) — đang áp dụng; 1 theo cách tính số đạt HTTNV trở lên \(5\)/);
    expect(w.find('[data-testid="quota-reading"]').text()).toContain('Đang áp dụng: chỉ đếm người "Hoàn thành tốt"');

    // The other reading: still above (2 > 1).
    await w.findAll('input[type="radio"]').find((r) => r.element.parentElement?.textContent?.includes('Đếm cả người'))!.setValue(true);
    expect(w.find('[data-testid="quota-reading"]').text()).toContain('Đang áp dụng: đếm cả người "Hoàn thành xuất sắc"');

    const store = useRostersStore();
    await until(async () => (await store.listRosters()).length === 1 && w.find('[data-testid="roster-save-status"]').text() === 'Đã lưu', 'saved');
    const [row] = await store.listRosters();
    const loaded = await store.getRoster(row!.id);
    expect(loaded?.ok && loaded.roster.members.map((m) => m.name)).toHaveLength(6);
    expect(loaded?.ok && loaded.roster.settings.quotaReading).toBe('pool');
  });

  it('add, edit and remove a member; an unnamed member is shown but not counted', async () => {
    const w = await mounted();
    await w.findAll('button').find((b) => b.text() === 'Thêm thành viên')!.trigger('click');
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(1);
    expect(w.text()).toContain('Thành viên thứ 1 chưa có họ và tên');
    const card = w.find('[data-testid="roster-member"]');
    await card.find('input').setValue('Đỗ Văn Khoa');
    await card.find('select').setValue('HTTNV');
    expect(w.find('[data-testid="roster-summary"]').findAll('tbody tr')[1]!.text()).toContain('100%');
    await card.findAll('button').find((b) => b.text().startsWith('Chi tiết'))!.trigger('click');
    await w.find('[data-testid="roster-member-details"]').findAll('button').find((b) => b.text().startsWith('Xóa'))!.trigger('click');
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(0);
  });

  it('«Thay danh sách hiện có» over members asks first: «Hủy» keeps them, «Thay danh sách» replaces them', async () => {
    const w = await mounted();
    const importButton = () => w.findAll('button').find((b) => b.text() === 'Nhập từ bảng tính')!;
    await w.find('textarea').setValue(TSV);
    await importButton().trigger('click');
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(6); // an empty list: nothing to ask
    expect(w.find('[role="dialog"]').exists()).toBe(false);

    await w.find('textarea').setValue('Họ và tên\tXếp loại\nĐỗ Văn Khoa\tHTTNV');
    await importButton().trigger('click');
    const dialog = w.find('[role="dialog"]');
    expect(dialog.text()).toContain('Thay danh sách hiện có?');
    expect(dialog.text()).toContain('6 thành viên đang có trong danh sách sẽ bị thay bằng 1 người vừa nhập');
    await dialog.findAll('button').find((b) => b.text() === 'Hủy')!.trigger('click');
    expect(w.findAll('[data-testid="roster-member"]')).toHaveLength(6);
    expect(w.text()).toContain('Chưa nhập: danh sách hiện có được giữ nguyên.');

    await importButton().trigger('click');
    await w.find('[role="dialog"]').findAll('button').find((b) => b.text() === 'Thay danh sách')!.trigger('click');
    expect(w.findAll('[data-testid="roster-member"]').map((r) => (r.find('input').element as HTMLInputElement).value)).toEqual(['Đỗ Văn Khoa']);
    expect(w.find('[role="dialog"]').exists()).toBe(false);
  });
});
