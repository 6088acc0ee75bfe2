import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flatten, pdfPages, toPdf, workDir } from '../helpers/libreoffice';
import { foreignRequests, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { nav } from './support/nav';

/**
 * Issue 16 in the side panel at 360 px: entries written into the app's own IndexedDB (the entry list is built
 * elsewhere), quarter II evaluated from the keyboard, Mẫu 05 and the NĐ 335 phiếu downloaded and opened in
 * LibreOffice (pdftotext finds their headings); screenshots at the normal and the largest text size.
 */
const SHOTS = '/tmp/worklog-eval-shots';
const Y = new Date().getFullYear();
const LOG_ID = `ca-nhan:${Y}`;
const ENTRIES = [
  { id: 'e1', title: 'Báo cáo sơ kết 6 tháng', status: 'vuot-chat-luong', doneOn: `${Y}-06-20`, quantity: { amount: 1, unit: 'báo cáo' } },
  { id: 'e2', title: 'Kế hoạch kiểm tra chuyên đề', status: 'dung-han', doneOn: `${Y}-04-10` },
  { id: 'e3', title: 'Thẩm định hồ sơ dự án A', status: 'cham', deadline: `${Y}-05-15`, doneOn: `${Y}-05-30` },
  { id: 'e4', title: 'Tổng kết năm trước', status: 'dung-han', doneOn: `${Y}-01-15` },
];

describe('quarter and state evaluations from the work log (side panel, 360 px)', () => {
  let s: ExtensionSession;
  let page: Page;
  const { dir, cleanup } = workDir('kd-worklog-eval-');
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchWithExtension();
    page = await s.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
    cleanup();
  });

  const openLog = async () => {
    await nav(page, 'Sổ công việc');
    await page.getByRole('heading', { name: 'Sổ công việc' }).waitFor();
    await page.getByRole('tab').first().waitFor();
  };
  const openTab = async (name: string) => {
    const tab = page.getByRole('tab', { name });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  };
  const typeInto = async (label: string, text: string) => {
    await page.getByLabel(label).focus();
    await page.keyboard.type(text);
  };
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const pdfText = async (downloadPath: string, name: string) => {
    const docx = join(dir, name);
    copyFileSync(downloadPath, docx);
    return flatten((await pdfPages(await toPdf(docx, dir, dir))).join('\n'));
  };

  it('the log is seeded through the app database', async () => {
    await openLog(); // opens (creates) this year's personal log
    await page.evaluate(async ({ logId, entries }) => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const r = indexedDB.open('kiem-diem');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['worklogEntries'], 'readwrite');
        for (const e of entries) tx.objectStore('worklogEntries').put({ v: 1, kind: 'nhiem-vu', ...e, logId, updatedAt: Date.now() });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, { logId: LOG_ID, entries: ENTRIES });
    await page.reload();
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await openLog();
  });

  it('quarter II by keyboard: counts from the log, points, the check, saved; Mẫu 05 opens in LibreOffice', async () => {
    await openTab('Đánh giá quý');
    await page.getByLabel('Quý II', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('quarter-counts').textContent()).toBe(
      'Trong kỳ thực hiện 3 nhiệm vụ, sản phẩm: 2 hoàn thành đúng hạn (trong đó 1 vượt mức), 1 hoàn thành chậm, 0 chưa hoàn thành. Sản phẩm: 1 báo cáo. Tỉ lệ hoàn thành: 100%.',
    );
    await typeInto('Nhóm tiêu chí chung (tối đa 30 điểm)', '31');
    expect(await page.getByRole('alert').filter({ hasText: 'Tối đa 30 điểm.' }).count()).toBe(1);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('28');
    await page.keyboard.press('Tab');
    await page.keyboard.type('64');
    await page.getByLabel('Tự đề xuất xếp loại').focus();
    await page.keyboard.press('ArrowDown'); // HTXSNV
    await expect.poll(() => page.getByTestId('quarter-total').textContent()).toBe('Tổng điểm: 92/100 — mức theo điểm: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)');
    await expect.poll(() => page.getByTestId('quarter-proposal-verdict').getAttribute('data-allowed')).toBe('true');
    expect(await page.getByTestId('grade-condition').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Lưu đánh giá quý' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('quarter-save-status').textContent()).toBe(`Đã lưu đánh giá Quý II năm ${Y}.`);
    await expect.poll(() => page.getByTestId('quarter-saved').count()).toBe(1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'quarter-normal.png'), fullPage: true });

    await page.getByRole('button', { name: 'Xuất Word (Mẫu 05)' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`Mau-05-Quy-II-${Y}.docx`);
    const text = await pdfText(await download.path(), 'mau05.docx');
    expect(text).toContain('BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN');
    expect(text).toContain(`Quý II năm ${Y}`);
    expect(text).toContain('Nhóm tiêu chí chung: 28/30');
    expect(text).toContain('Tổng điểm: 92/100');
  });

  it('the NĐ 335 phiếu of a công chức: scored, saved, opens in LibreOffice', async () => {
    await openTab('Phiếu công chức, viên chức');
    await page.getByLabel('Công chức', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('state-regime').textContent()).toMatch(/^\s*Áp dụng: Nghị định 335\/2025\/NĐ-CP\./);
    await typeInto('1. Điểm tiêu chí chung (tối đa 30 điểm)', '26');
    await typeInto('a) Số lượng sản phẩm, công việc hoàn thành so với được giao', '95');
    await typeInto('b) Chất lượng sản phẩm, công việc', '90');
    await typeInto('c) Tiến độ thực hiện', '100');
    await expect.poll(() => page.getByTestId('state-total').textContent()).toBe('Tổng điểm: 92,5/100 (tiêu chí chung 26, kết quả thực hiện nhiệm vụ 66,5) — mức theo điểm: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)');
    await page.getByRole('button', { name: 'Lưu phiếu' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('state-saved').count()).toBe(1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'state-normal.png'), fullPage: true });
    await page.getByRole('button', { name: 'Xuất Word (phiếu)' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`Phieu-danh-gia-${Y}-01-01-${Y}-12-31.docx`);
    const text = await pdfText(await download.path(), 'phieu.docx');
    expect(text).toContain('PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(text).toContain('CÔNG CHỨC');
    expect(text).toContain('92,5/100');
  });

  it('at the largest text size both tabs fit 360 px (screenshots)', async () => {
    await nav(page, 'Cài đặt');
    await page.getByLabel('Rất lớn', { exact: true }).check();
    await openLog();
    await openTab('Đánh giá quý');
    await page.getByLabel('Quý II', { exact: true }).check();
    await expect.poll(() => page.getByTestId('quarter-saved').count()).toBe(1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'quarter-rat-lon.png'), fullPage: true });
    await openTab('Phiếu công chức, viên chức');
    await page.getByLabel('Công chức', { exact: true }).check();
    await page.getByTestId('state-form').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'state-rat-lon.png'), fullPage: true });
    await nav(page, 'Cài đặt');
    await page.getByLabel('Bình thường', { exact: true }).check();
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
