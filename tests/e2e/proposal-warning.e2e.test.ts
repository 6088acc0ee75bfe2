import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { waitEditor } from './support/app';
import { seedActiveProfile, startsWithPK } from './support/drafting';
import { ProfileSchema } from '../../domain/schemas/profile';

/** The edges ask the engine: exporting a proposed grade the check does not allow is said before the file is made. */
const profile = ProfileSchema.parse(JSON.parse(readFileSync('tests/fixtures/profiles/civil-servant-2025.json', 'utf8')));

describe('Word export warns before writing a grade the check does not allow', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => console.error('page error:', e.message));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('60 points with HTXSNV proposed: the warning and its clause first, no file until «Vẫn xuất tệp Word»', async () => {
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await seedActiveProfile(page, 'civil-servant-2025', profile);
    await page.getByRole('button', { name: 'Tạo bản kiểm điểm mới' }).click();
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await expect.poll(() => page.getByTestId('form-choice').textContent()).toMatch(/Mẫu 02B/);
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await waitEditor(page);

    await page.getByLabel(/^Nhóm tiêu chí chung/).fill('20');
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('40');
    await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ', { exact: true }).check();

    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Xuất Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mức xếp loại đề xuất chưa được kiểm tra cho phép' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('proposal-warning').textContent()).toMatch(
      /^Mức đề xuất «Hoàn thành xuất sắc nhiệm vụ» cao hơn mức mà dữ kiện cho phép: cao nhất có thể đạt là «Hoàn thành nhiệm vụ»\. Căn cứ: QĐ 366 Điều 11/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(downloads).toBe(0);

    // «Hủy» (focused first) makes nothing; «Vẫn xuất tệp Word» makes the file.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(downloads).toBe(0);
    await page.getByRole('button', { name: 'Xuất Word' }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), dialog.getByRole('button', { name: 'Vẫn xuất tệp Word' }).click()]);
    expect(startsWithPK(new Uint8Array(readFileSync(await download.path())))).toBe(true);
  });
});
