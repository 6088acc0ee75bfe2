import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../domain/core/dates';
import { formatDateVi } from '../../../domain/core/text';
import { until } from '../../helpers/until';
import { button, closeWorklog, field, freshWorklog, mountEntries, rows, stored, type } from './mount-worklog';

const today = localIsoDate(new Date());

describe('Sổ công việc: quick entry', () => {
  beforeEach(freshWorklog);
  afterEach(closeWorklog);

  it('Enter saves a task done on time today, says so, and leaves the empty field focused for the next one', async () => {
    const w = await mountEntries();
    expect(w.text()).toContain(`Mặc định: hoàn thành đúng hạn hôm nay (${formatDateVi(today)}); sửa ở «Chi tiết».`);
    const input = field(w, 'Thêm nhiệm vụ, sản phẩm') as HTMLInputElement;
    input.focus();
    for (const title of ['Báo cáo tháng 11', 'Tờ trình kế hoạch năm']) {
      await type(input, title);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await until(async () => (await stored()).some((e) => e.title === title), `«${title}» stored`);
      await until(() => w.find('[data-testid="worklog-announce"]').text() === `Đã lưu: ${title}`, 'the announcement');
      expect(input.value).toBe('');
      expect(document.activeElement).toBe(input);
    }
    const saved = await stored();
    expect(saved.map(({ title, kind, status, doneOn, deadline }) => ({ title, kind, status, doneOn, deadline }))).toEqual([
      { title: 'Báo cáo tháng 11', kind: 'nhiem-vu', status: 'dung-han', doneOn: today, deadline: undefined },
      { title: 'Tờ trình kế hoạch năm', kind: 'nhiem-vu', status: 'dung-han', doneOn: today, deadline: undefined },
    ]);
    expect(w.find('[data-testid="worklog-announce"]').attributes('role')).toBe('status');
    await until(() => rows(w).length === 2, 'two rows');
    expect(rows(w)[0]).toBe(`Báo cáo tháng 11 | Hoàn thành đúng hạn · ${formatDateVi(today)} · Quý ${['I', 'II', 'III', 'IV'][Math.floor((Number(today.slice(5, 7)) - 1) / 3)]}`);
  });

  it('an empty line saves nothing and says what to type', async () => {
    const w = await mountEntries();
    await w.find('form.quick').trigger('submit');
    await until(() => w.find('[data-testid="worklog-quick-errors"]').exists(), 'the message');
    expect(w.find('[data-testid="worklog-quick-errors"]').text()).toBe('Hãy gõ tên nhiệm vụ hoặc sản phẩm rồi nhấn Enter.');
    expect(await stored()).toEqual([]);
  });

  it('«Chi tiết» with a date done after the deadline and «đúng hạn»: the Vietnamese reason, the text kept, nothing stored', async () => {
    const w = await mountEntries();
    const input = field(w, 'Thêm nhiệm vụ, sản phẩm') as HTMLInputElement;
    await type(input, 'Đề án chuyển đổi số');
    await button(w, 'Chi tiết').trigger('click');
    expect(button(w, 'Ẩn chi tiết').attributes('aria-expanded')).toBe('true');
    const y = new Date().getFullYear();
    await type(field(w, 'Hạn') as HTMLInputElement, `01/03/${y}`);
    await type(field(w, 'Ngày hoàn thành') as HTMLInputElement, `05/03/${y}`);
    await w.find('form.quick').trigger('submit');
    await until(() => w.find('[data-testid="worklog-quick-errors"]').exists(), 'the refusal');
    expect(w.find('[data-testid="worklog-quick-errors"]').text()).toBe(
      `Trạng thái: hoàn thành ngày 05/03/${y}, sau hạn «Hạn» (01/03/${y}): trạng thái phải là «Hoàn thành chậm» (hoàn thành chậm).`,
    );
    expect(input.value).toBe('Đề án chuyển đổi số');
    expect(await stored()).toEqual([]);

    // marked late, it is saved with its dates, and the details close
    const status = field(w, 'Trạng thái') as HTMLSelectElement;
    status.value = 'cham';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await w.find('form.quick').trigger('submit');
    await until(async () => (await stored()).length === 1, 'the entry stored');
    expect((await stored()).map(({ title, status, deadline, doneOn }) => ({ title, status, deadline, doneOn }))).toEqual([
      { title: 'Đề án chuyển đổi số', status: 'cham', deadline: `${y}-03-01`, doneOn: `${y}-03-05` },
    ]);
    expect(input.value).toBe('');
    expect(w.find('[data-testid="worklog-quick-errors"]').exists()).toBe(false);
    expect(button(w, 'Chi tiết').attributes('aria-expanded')).toBe('false');
  });
});
