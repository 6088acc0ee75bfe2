import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { ATTACHMENT_MAX_BYTES } from '../../../domain/schemas/worklog';
import { useDatabase } from '../../../stores/db';
import { useWorklogStore } from '../../../stores/worklog';
import { until } from '../../helpers/until';
import { LOG_ID, YEAR, button, closeWorklog, field, freshWorklog, mountEntries, rows, stored, type } from './mount-worklog';

const TABLE = (hanRow3: string) => [
  'STT\tNhiệm vụ\tHạn\tNgày hoàn thành\tTrạng thái',
  `1\tBáo cáo sơ kết\t10/03/${YEAR}\t08/03/${YEAR}\tĐúng hạn`,
  `2\tKế hoạch kiểm tra\t${hanRow3}\t\tChưa hoàn thành`,
].join('\n');

async function paste(w: VueWrapper, text: string) {
  await until(() => w.findAll('label').some((l) => l.text().startsWith('Bảng nhiệm vụ')), 'the paste form (loaded on first use)');
  await type(field(w, 'Bảng nhiệm vụ (kể cả dòng tiêu đề)') as HTMLTextAreaElement, text);
  await button(w, 'Đọc bảng').trigger('click');
}

/** Chooses a file in the entry's file field (what the browser's file dialog does). */
async function chooseFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('Sổ công việc: pasted task table', () => {
  beforeEach(freshWorklog);
  afterEach(closeWorklog);

  it('a bad date: the cell error naming row and column, no «Thêm», nothing written', async () => {
    const w = await mountEntries();
    await paste(w, TABLE(`31/02/${YEAR}`));
    await until(() => w.find('[data-testid="worklog-paste-errors"]').exists(), 'the errors');
    const text = w.find('[data-testid="worklog-paste-errors"]').text();
    expect(text).toMatch(new RegExp(`^Dòng 3, cột «Hạn»: «31/02/${YEAR}» không phải ngày: `));
    expect(w.find('[data-testid="worklog-paste-preview"]').exists()).toBe(false);
    expect(w.findAll('button').some((b) => b.text().startsWith('Thêm ') && b.text().endsWith(' mục'))).toBe(false);
    expect(await stored()).toEqual([]);
  });

  it('a good table: «N mục đọc được», then «Thêm N mục» stores them; a second paste adds, never replaces', async () => {
    const w = await mountEntries();
    await paste(w, TABLE(`30/06/${YEAR}`));
    await until(() => w.find('[data-testid="worklog-paste-preview"]').exists(), 'the preview');
    expect(w.find('[data-testid="worklog-paste-preview"] p').text()).toBe('2 mục đọc được.');
    await button(w, 'Thêm 2 mục').trigger('click');
    await until(() => rows(w).length === 2, 'two rows');
    expect((await stored()).map((e) => [e.title, e.status, e.deadline, e.doneOn])).toEqual([
      ['Báo cáo sơ kết', 'dung-han', `${YEAR}-03-10`, `${YEAR}-03-08`],
      ['Kế hoạch kiểm tra', 'chua-hoan-thanh', `${YEAR}-06-30`, undefined],
    ]);
    expect(w.find('[data-testid="worklog-announce"]').text()).toBe('Đã thêm 2 mục từ bảng tính.');
    await new Promise((r) => setTimeout(r, 2)); // a later paste: its ids differ
    await paste(w, TABLE(`30/06/${YEAR}`));
    await until(() => w.find('[data-testid="worklog-paste-preview"]').exists(), 'the preview again');
    await button(w, 'Thêm 2 mục').trigger('click');
    await until(() => rows(w).length === 4, 'four rows');
  });
});

describe('Sổ công việc: attached file', () => {
  beforeEach(freshWorklog);
  afterEach(closeWorklog);

  it.each([
    ['at the cap', ATTACHMENT_MAX_BYTES, true],
    ['one byte over the cap', ATTACHMENT_MAX_BYTES + 1, false],
  ])('%s (%i bytes): %s', async (_name, size, accepted) => {
    const w = await mountEntries();
    await type(field(w, 'Thêm nhiệm vụ, sản phẩm') as HTMLInputElement, 'Biên bản họp');
    await button(w, 'Chi tiết').trigger('click');
    await chooseFile(w.find('input[type="file"]').element as HTMLInputElement, new File([new Uint8Array(size)], 'bien-ban.pdf', { type: 'application/pdf' }));
    if (!accepted) {
      await until(() => w.text().includes('Chưa lưu tệp này.'), 'the refusal');
      expect(w.find('.attachment [role="alert"]').text()).toBe('Tệp «bien-ban.pdf» nặng 2,1 MB, quá 2 MB mà sổ công việc nhận cho một tệp. Chưa lưu tệp này.');
      expect(await useDatabase().attachments.count()).toBe(0);
      return;
    }
    await until(() => w.text().includes('Tệp đính kèm: bien-ban.pdf'), 'the file kept');
    expect(w.find('.attachment .file').text()).toBe('Tệp đính kèm: bien-ban.pdf (2 MB)');
    await w.find('form.quick').trigger('submit');
    await until(async () => (await stored()).length === 1, 'the entry');
    const ref = (await stored())[0]!.evidence!.attachment!;
    expect(ref).toMatchObject({ name: 'bien-ban.pdf', size, type: 'application/pdf' });
    expect((await useWorklogStore().readAttachment(ref.id))!.data.byteLength).toBe(size);
    await until(() => w.findAll('button').some((b) => b.text().startsWith('Mở tệp')), '«Mở tệp» on the row');
  });

  it('«Bỏ tệp» and save: the entry loses its reference and the file is deleted; a file added then cancelled is deleted too', async () => {
    const s = useWorklogStore();
    await s.openLog(YEAR);
    const ref = await s.addAttachment(LOG_ID, { name: 'to-trinh.docx', type: '', data: new Uint8Array([1, 2, 3]).buffer });
    await s.putEntries(LOG_ID, [{ title: 'Tờ trình', status: 'dung-han', doneOn: `${YEAR}-05-05`, evidence: { attachment: ref } }]);
    const w = await mountEntries();
    await until(() => rows(w).length === 1, 'the row');
    await button(w, 'Sửa').trigger('click');
    await until(() => w.find('form.edit').exists(), 'the edit form (loaded on first use)');
    expect(w.find('.attachment .file').text()).toBe('Tệp đính kèm: to-trinh.docx (3 byte)');
    await button(w, 'Bỏ tệp').trigger('click');
    await w.find('form.edit').trigger('submit');
    await until(async () => (await stored())[0]?.evidence === undefined, 'the reference gone');
    expect(await s.readAttachment(ref.id)).toBeUndefined();

    await button(w, 'Sửa').trigger('click');
    await until(() => w.find('form.edit').exists(), 'the edit form (loaded on first use)');
    await chooseFile(w.find('input[type="file"]').element as HTMLInputElement, new File([new Uint8Array(10)], 'phu-luc.pdf'));
    await until(() => w.text().includes('Tệp đính kèm: phu-luc.pdf'), 'the new file kept');
    expect(await useDatabase().attachments.count()).toBe(1);
    await button(w, 'Hủy').trigger('click');
    await until(async () => (await useDatabase().attachments.count()) === 0, 'the unsaved file deleted');
    expect((await stored())[0]!.evidence).toBeUndefined();
  });
});
