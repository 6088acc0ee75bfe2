import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { nav } from './support/nav';

/**
 * Sổ công việc «Công việc» in the side panel at 360 px (issue 16): three tasks typed from the keyboard alone, one
 * marked late with its dates, the quarter filter and its counts, a pasted table, all there after a reload; no
 * sideways scrolling at the normal and the largest text size. Screenshots: /tmp/worklog-shots/.
 */
const YEAR = new Date().getFullYear();
const SHOTS = '/tmp/worklog-shots';
const TASKS = ['Báo cáo tháng 11', 'Kế hoạch kiểm tra nội bộ', 'Tờ trình mua sắm thiết bị'];
const TABLE = [
  'STT\tNhiệm vụ\tNgười giao\tHạn\tNgày hoàn thành\tTrạng thái',
  `1\tBáo cáo sơ kết 6 tháng\tChánh Văn phòng\t30/06/${YEAR}\t28/06/${YEAR}\tĐúng hạn`,
  `2\tRà soát thủ tục hành chính\tGiám đốc\t30/09/${YEAR}\t\tChưa hoàn thành`,
  `3\tSố hóa hồ sơ lưu trữ\tGiám đốc\t31/08/${YEAR}\t15/08/${YEAR}\tVượt mức về tiến độ`,
].join('\n');

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const titles = (page: Page) => page.locator('[data-testid="worklog-entry"] .title').allTextContents();
const counts = (page: Page) => page.getByTestId('worklog-counts').textContent();
const announce = (page: Page) => page.getByTestId('worklog-announce').textContent();
const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() ?? '') : '';
  });

async function openLog(page: Page) {
  await nav(page, 'Sổ công việc');
  await page.getByRole('heading', { name: 'Sổ công việc' }).waitFor();
  await page.getByTestId('worklog-counts').waitFor();
}

describe('Sổ công việc: the «Công việc» tab in the side panel at 360 px', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchWithExtension();
    page = await s.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    page.setDefaultTimeout(10_000);
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  });
  afterAll(async () => s?.close());

  it('three tasks typed from the keyboard alone: Tab to the field, type, Enter; focus stays for the next one', async () => {
    await openLog(page);
    for (let i = 0; i < 12 && (await activeLabel(page)) !== 'Thêm nhiệm vụ, sản phẩm'; i++) await page.keyboard.press('Tab');
    expect(await activeLabel(page)).toBe('Thêm nhiệm vụ, sản phẩm');
    for (const task of TASKS) {
      await page.keyboard.type(task);
      await page.keyboard.press('Enter');
      await expect.poll(() => announce(page)).toBe(`Đã lưu: ${task}`);
      expect(await activeLabel(page)).toBe('Thêm nhiệm vụ, sản phẩm');
      expect(await page.getByLabel('Thêm nhiệm vụ, sản phẩm').inputValue()).toBe('');
    }
    await expect.poll(() => titles(page)).toEqual(TASKS);
    expect(await counts(page)).toBe(`Năm ${YEAR}: 3 mục: 3 đúng hạn, 0 chậm, 0 chưa hoàn thành.`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('«Sửa» one task from the keyboard: «Hoàn thành chậm» with its dates; it moves to quarter I', async () => {
    await page.getByRole('button', { name: `Sửa «${TASKS[1]}»` }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: `Sửa: ${TASKS[1]}` });
    await form.waitFor();
    expect(await activeLabel(page)).toBe('Tên nhiệm vụ, sản phẩm');
    await form.getByLabel('Trạng thái').selectOption({ label: 'Hoàn thành chậm' });
    await form.getByLabel('Ngày giao').fill(`05/02/${YEAR}`);
    await form.getByLabel('Hạn', { exact: true }).fill(`20/02/${YEAR}`);
    await form.getByLabel('Ngày hoàn thành').fill(`25/02/${YEAR}`);
    await form.getByLabel('Người, cơ quan giao').fill('Chánh Văn phòng');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/edit-360.png`, fullPage: true });
    await page.keyboard.press('Enter'); // saves the form (Enter in a text field)
    await expect.poll(() => announce(page)).toBe(`Đã lưu: ${TASKS[1]}`);
    await expect.poll(() => titles(page)).toEqual([TASKS[1], TASKS[0], TASKS[2]]);
    expect(await page.locator('[data-testid="worklog-entry"] .meta').first().textContent()).toBe(`Hoàn thành chậm · 25/02/${YEAR} · Quý I`);
  });

  it('the quarter filter narrows the rows and the counts', async () => {
    await page.getByLabel('Quý', { exact: true }).selectOption({ label: 'Quý I' });
    await expect.poll(() => titles(page)).toEqual([TASKS[1]]);
    expect(await counts(page)).toBe(`Quý I năm ${YEAR}: 1 mục: 0 đúng hạn, 1 chậm, 0 chưa hoàn thành.`);
    await page.getByLabel('Quý', { exact: true }).selectOption({ label: 'Cả năm' });
    await expect.poll(() => titles(page)).toHaveLength(3);
  });

  it('a pasted three-row table: «3 mục đọc được», «Thêm 3 mục»', async () => {
    await page.getByText('Dán bảng từ Excel/Google Sheets').click();
    await page.getByLabel('Bảng nhiệm vụ (kể cả dòng tiêu đề)').fill(TABLE);
    await page.getByRole('button', { name: 'Đọc bảng' }).click();
    await expect.poll(() => page.getByTestId('worklog-paste-preview').locator('p').textContent()).toBe('3 mục đọc được.');
    await page.getByRole('button', { name: 'Thêm 3 mục' }).click();
    await expect.poll(() => titles(page)).toHaveLength(6);
    expect(await counts(page)).toBe(`Năm ${YEAR}: 6 mục: 4 đúng hạn (có 1 vượt mức), 1 chậm, 1 chưa hoàn thành.`);
    await page.getByRole('button', { name: 'Chi tiết' }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/entries-360.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a file attached to an entry: over 2 MB refused naming it; a small one kept and given back by «Mở tệp»', async () => {
    await page.getByRole('button', { name: `Sửa «${TASKS[2]}»` }).click();
    const form = page.getByRole('form', { name: `Sửa: ${TASKS[2]}` });
    const picker = form.locator('input[type="file"]');
    await picker.setInputFiles({ name: 'ban-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) });
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Tệp «ban-scan.pdf» nặng 2,1 MB, quá 2 MB mà sổ công việc nhận cho một tệp. Chưa lưu tệp này.');
    await picker.setInputFiles({ name: 'to-trinh.txt', mimeType: 'text/plain', buffer: Buffer.from('Tờ trình số 7/TTr-VP') });
    await form.getByText('Tệp đính kèm: to-trinh.txt').waitFor();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => announce(page)).toBe(`Đã lưu: ${TASKS[2]}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Mở tệp «to-trinh.txt»' }).click()]);
    expect(download.suggestedFilename()).toBe('to-trinh.txt');
    expect(download.url()).toMatch(/^blob:/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('Tờ trình số 7/TTr-VP');
  });

  it('after a reload everything is still there', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await openLog(page);
    await expect.poll(() => titles(page)).toEqual([
      TASKS[1], 'Báo cáo sơ kết 6 tháng', 'Số hóa hồ sơ lưu trữ', 'Rà soát thủ tục hành chính', TASKS[0], TASKS[2],
    ]);
    expect(await counts(page)).toBe(`Năm ${YEAR}: 6 mục: 4 đúng hạn (có 1 vượt mức), 1 chậm, 1 chưa hoàn thành.`);
    expect(await page.locator('[data-testid="worklog-entry"] .meta').first().textContent()).toBe(`Hoàn thành chậm · 25/02/${YEAR} · Quý I`);
    await page.getByRole('button', { name: 'Mở tệp «to-trinh.txt»' }).waitFor();
  });

  it('at the text size «Rất lớn»: nothing scrolls sideways, with the details and an edit form open', async () => {
    await nav(page, 'Cài đặt');
    await page.getByLabel('Rất lớn', { exact: true }).check();
    await openLog(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('21px');
    await page.getByRole('button', { name: 'Chi tiết' }).click();
    await page.getByText('Dán bảng từ Excel/Google Sheets').click();
    await page.getByRole('button', { name: `Sửa «${TASKS[0]}»` }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/entries-360-rat-lon.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: `Sửa «${TASKS[0]}»` }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
