import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useOverlaysStore } from '../../../stores/overlays';
import { useProfilesStore } from '../../../stores/profiles';
import { useWorklogStore } from '../../../stores/worklog';
import { sampleProfile } from '../../stores/fixtures';
import { until } from '../../helpers/until';
import { LOG_ID, YEAR, button, choose, closeWorklog, field, freshWorklog, mountEntries, rows, stored, type } from './mount-worklog';

const counts = (w: Awaited<ReturnType<typeof mountEntries>>) => w.find('[data-testid="worklog-counts"]').text();

async function seed(inputs: Parameters<ReturnType<typeof useWorklogStore>['putEntries']>[1]) {
  const s = useWorklogStore();
  await s.openLog(YEAR);
  await s.putEntries(LOG_ID, inputs);
}

describe('Sổ công việc: the list', () => {
  beforeEach(freshWorklog);
  afterEach(closeWorklog);

  it('quarter and status filters narrow the rows and the counts line', async () => {
    await seed([
      { title: 'Báo cáo quý I', status: 'dung-han', doneOn: `${YEAR}-02-10` },
      { title: 'Kế hoạch kiểm tra', status: 'cham', deadline: `${YEAR}-03-01`, doneOn: `${YEAR}-03-20` },
      { title: 'Đề án nhân sự', status: 'chua-hoan-thanh', deadline: `${YEAR}-05-30` },
      { title: 'Số hóa hồ sơ', status: 'vuot-tien-do', deadline: `${YEAR}-09-30`, doneOn: `${YEAR}-08-15` },
    ]);
    const w = await mountEntries();
    await until(() => rows(w).length === 4, 'four rows');
    expect(counts(w)).toBe(`Năm ${YEAR}: 4 mục: 2 đúng hạn (có 1 vượt mức), 1 chậm, 1 chưa hoàn thành.`);
    expect(rows(w)).toEqual([
      `Báo cáo quý I | Hoàn thành đúng hạn · 10/02/${YEAR} · Quý I`,
      `Kế hoạch kiểm tra | Hoàn thành chậm · 20/03/${YEAR} · Quý I`,
      `Đề án nhân sự | Chưa hoàn thành · 30/05/${YEAR} · Quý II`,
      `Số hóa hồ sơ | Vượt mức về tiến độ · 15/08/${YEAR} · Quý III`,
    ]);

    await choose(field(w, 'Quý') as HTMLSelectElement, '1');
    expect(rows(w).map((r) => r.split(' | ')[0])).toEqual(['Báo cáo quý I', 'Kế hoạch kiểm tra']);
    expect(counts(w)).toBe(`Quý I năm ${YEAR}: 2 mục: 1 đúng hạn, 1 chậm, 0 chưa hoàn thành.`);

    await choose(field(w, 'Trạng thái') as HTMLSelectElement, 'cham');
    expect(rows(w).map((r) => r.split(' | ')[0])).toEqual(['Kế hoạch kiểm tra']);
    expect(counts(w)).toBe(`Quý I năm ${YEAR}: 1 mục: 0 đúng hạn, 1 chậm, 0 chưa hoàn thành.`);

    await choose(field(w, 'Quý') as HTMLSelectElement, '4');
    expect(rows(w)).toEqual([]);
    expect(counts(w)).toBe(`Quý IV năm ${YEAR}: Không có mục nào.`);
    expect(w.text()).not.toContain('Trục kết quả'); // no overlay axes: no axis filter
  });

  it('the axis filter appears when the profile\'s overlay sets result axes, and narrows the rows', async () => {
    const saved = await useOverlaysStore().saveOverlay({
      v: 1, id: 'phuong-a-2026', name: 'Hướng dẫn của Đảng ủy phường A', issuer: 'Đảng ủy phường A',
      appliesTo: { rulebookIds: ['qd366-2025'] },
      rule: { id: 'x', clause: 'Hướng dẫn 1-HD/ĐU', source: 'tệp', certainty: 'secondary' },
      resultAxes: [{ id: 'chuyen-doi-so', label: 'Chuyển đổi số' }, { id: 'cai-cach', label: 'Cải cách hành chính' }],
    });
    expect(saved.ok).toBe(true);
    const profile = await useProfilesStore().saveProfile({ ...sampleProfile, id: undefined, overlayId: 'phuong-a-2026' } as never);
    await useWorklogStore().openLog(YEAR, profile.id);
    await useWorklogStore().putEntries(`${profile.id}:${YEAR}`, [
      { title: 'Ký số văn bản', status: 'dung-han', doneOn: `${YEAR}-04-02`, axisId: 'chuyen-doi-so' },
      { title: 'Một cửa liên thông', status: 'dung-han', doneOn: `${YEAR}-04-03`, axisId: 'cai-cach' },
      { title: 'Việc khác', status: 'dung-han', doneOn: `${YEAR}-04-04` },
    ]);
    const w = await mountEntries();
    await until(() => rows(w).length === 3 && w.text().includes('Trục kết quả'), 'three rows and the axis filter');
    await choose(field(w, 'Trục kết quả', w.find('.filters').element) as HTMLSelectElement, 'cai-cach');
    expect(rows(w).map((r) => r.split(' | ')[0])).toEqual(['Một cửa liên thông']);
    expect(counts(w)).toBe(`Năm ${YEAR}: 1 mục: 1 đúng hạn, 0 chậm, 0 chưa hoàn thành.`);
  });

  it('«Sửa» with the title emptied: the Vietnamese reason, what was typed kept; then saved', async () => {
    await seed([{ title: 'Báo cáo quý I', status: 'dung-han', doneOn: `${YEAR}-02-10` }]);
    const w = await mountEntries();
    await until(() => rows(w).length === 1, 'the row');
    await button(w, 'Sửa').trigger('click');
    await until(() => w.find('form.edit').exists(), 'the edit form (loaded on first use)');
    const form = w.find('form.edit');
    const title = field(w, 'Tên nhiệm vụ, sản phẩm', form.element) as HTMLInputElement;
    expect(document.activeElement).toBe(title);
    await type(field(w, 'Số văn bản', form.element) as HTMLInputElement, '12/BC-VP');
    await type(title, '   ');
    await form.trigger('submit');
    await until(() => w.find('[data-testid="worklog-edit-errors"]').exists(), 'the refusal');
    expect(w.find('[data-testid="worklog-edit-errors"]').text()).toBe('Tên nhiệm vụ, sản phẩm: cần tên nhiệm vụ hoặc sản phẩm.');
    expect((field(w, 'Số văn bản', form.element) as HTMLInputElement).value).toBe('12/BC-VP');
    const before = (await stored())[0]!;
    expect([before.title, before.evidence]).toEqual(['Báo cáo quý I', undefined]);

    await type(title, 'Báo cáo quý I (bản sửa)');
    await form.trigger('submit');
    await until(() => rows(w)[0]?.startsWith('Báo cáo quý I (bản sửa) |') === true, 'the edited row');
    expect((await stored())[0]).toMatchObject({ title: 'Báo cáo quý I (bản sửa)', evidence: { docNumber: '12/BC-VP' } });
    expect(w.find('[data-testid="worklog-announce"]').text()).toBe('Đã lưu: Báo cáo quý I (bản sửa)');
  });

  it('«Xóa» then «Hoàn tác»; a deleted entry is listed under «Đã xóa (N)» and restored from there', async () => {
    await seed([
      { title: 'Báo cáo quý I', status: 'dung-han', doneOn: `${YEAR}-02-10` },
      { title: 'Tờ trình', status: 'dung-han', doneOn: `${YEAR}-02-11` },
    ]);
    const w = await mountEntries();
    await until(() => rows(w).length === 2, 'two rows');
    await button(w, 'Xóa').trigger('click');
    await until(() => rows(w).length === 1 && w.text().includes('Đã xóa (1)'), 'the row gone, listed as deleted');
    expect(w.find('[data-testid="worklog-announce"]').text()).toBe('Đã xóa: Báo cáo quý I');
    expect(document.activeElement?.textContent).toBe('Hoàn tác xóa «Báo cáo quý I»');
    await button(w, 'Hoàn tác').trigger('click');
    await until(() => rows(w).length === 2 && !w.text().includes('Đã xóa ('), 'restored');

    await button(w, 'Xóa').trigger('click');
    await until(() => w.text().includes('Đã xóa (1)'), 'deleted again');
    expect(w.findAll('[data-testid="worklog-deleted"] .title').map((x) => x.text())).toEqual(['Báo cáo quý I']);
    await button(w, 'Khôi phục').trigger('click');
    await until(() => rows(w).length === 2 && w.find('[data-testid="worklog-announce"]').text() !== 'Đã xóa: Báo cáo quý I', 'restored from «Đã xóa»');
    expect(w.find('[data-testid="worklog-announce"]').text()).toBe('Đã khôi phục: Báo cáo quý I');
    expect((await stored()).length).toBe(2);
  });

  it('a long log shows 100 rows, then 100 more at a time', async () => {
    await seed(Array.from({ length: 250 }, (_, i) => ({ title: `Việc số ${String(i + 1).padStart(3, '0')}`, status: 'dung-han' as const, doneOn: `${YEAR}-06-15` })));
    const w = await mountEntries();
    await until(() => rows(w).length === 100, '100 rows');
    expect(counts(w)).toBe(`Năm ${YEAR}: 250 mục: 250 đúng hạn, 0 chậm, 0 chưa hoàn thành.`);
    await button(w, 'Xem thêm').trigger('click');
    expect(button(w, 'Xem thêm').text()).toBe('Xem thêm 50 (còn 50 mục)');
    expect(rows(w).length).toBe(200);
    await button(w, 'Xem thêm').trigger('click');
    expect(rows(w).length).toBe(250);
    expect(w.findAll('button').some((b) => b.text().startsWith('Xem thêm'))).toBe(false);
  });
});
