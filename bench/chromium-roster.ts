import type { Page } from 'playwright-core';
import { formatNumberVi } from '../domain/core/text';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { median, percentile, type Measure } from './stats';
import { nav } from '../tests/e2e/support/nav';

const GRADES = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/** A spreadsheet paste of `n` members (tab separated, with the header line). */
export function rosterPaste(n: number): string {
  const rows = ['STT\tHọ và tên\tChức vụ\tNgười đứng đầu\tMức xếp loại đề xuất'];
  for (let i = 0; i < n; i++) rows.push(`${i + 1}\tĐảng viên số ${i + 1}\t${i % 10 === 0 ? 'Tổ trưởng' : 'Đảng viên'}\t${i === 0 ? 'x' : ''}\t${GRADES[i % GRADES.length]}`);
  return rows.join('\n');
}

/**
 * From the click on «Nhập từ bảng tính» until a frame shows the member table and the result's total of `n`
 * (read in the page, one check per animation frame, so a blocked main thread counts in full).
 */
async function pasteToScreen(page: Page, n: number): Promise<number> {
  // One stored roster at a time, as a unit head has: the previous run's list is deleted (which opens a new one).
  await page.waitForFunction(() => ['Đã lưu', 'Danh sách mới'].includes(document.querySelector('[data-testid="roster-save-status"]')?.textContent?.trim() ?? ''), undefined, { timeout: 120_000 });
  const remove = page.getByRole('button', { name: 'Xóa danh sách' });
  if (await remove.count()) {
    await remove.click();
    await page.getByRole('button', { name: 'Xóa hẳn' }).click();
    await page.getByText('Danh sách mới', { exact: true }).waitFor();
  }
  // The text goes in as one value (a paste does the same); Playwright's fill() types it through the editing
  // pipeline line by line, which takes Chromium tens of seconds for 5,000 lines before the app sees any of it.
  await page.getByLabel('Dán từ bảng tính').evaluate((el, v) => {
    (el as HTMLTextAreaElement).value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, rosterPaste(n));
  return page.evaluate(async (total) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Nhập từ bảng tính')!;
    // (no named inner functions: tsx would wrap them in a helper the page does not have)
    const t0 = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (performance.now() - t0 > 120_000) throw new Error('the table and result did not show within 120 s');
      const table = document.querySelector('[data-testid="roster-member"]') !== null;
      if (table && document.querySelector('[data-testid="roster-summary"] tfoot tr:last-child td')?.textContent?.trim() === total) return performance.now() - t0;
    }
  }, formatNumberVi(n, 0));
}

/**
 * Keystrokes in the first member's name: input event → the next frame painted, keys 150 ms and 400 ms apart in
 * turn (the save runs 300 ms after the last key, so some keys land while a save is due).
 */
async function keystrokes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const el = document.querySelector('[data-testid="roster-member"] input') as HTMLInputElement;
    el.focus();
    const out: number[] = [];
    for (let i = 0; i < 43; i++) {
      const t0 = performance.now();
      el.value += 'a';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, i % 2 ? 400 : 150));
    }
    return out.slice(3);
  });
}

/** Issue 20 item 5: a roster paste of 2,000 / 5,000 / 20,000 members at 360 px, and typing in that table. */
export async function chromiumRoster(extensionDir: string): Promise<Measure[]> {
  const s = await launchWithExtension(undefined, extensionDir);
  const out: Measure[] = [];
  try {
    const page = await s.context.newPage();
    await page.goto(s.url('sidepanel.html'));
    await nav(page, 'Đơn vị');
    await page.getByRole('heading', { name: 'Kiểm tra xếp loại của đơn vị' }).waitFor();
    await pasteToScreen(page, 200); // warm-up
    const detail: string[] = [];
    let at5000 = 0;
    let keys: number[] = [];
    for (const n of [2000, 5000, 20000]) {
      const times: number[] = [];
      for (let i = 0; i < (n === 20000 ? 1 : 3); i++) times.push(await pasteToScreen(page, n));
      const t = median(times);
      detail.push(`${formatNumberVi(n, 0)}: ${t.toFixed(0)} ms`);
      console.error(`roster paste ${n}: ${times.map((x) => x.toFixed(0)).join(', ')} ms`);
      if (n === 5000) {
        at5000 = t;
        keys = await keystrokes(page);
      }
    }
    out.push({ name: 'roster paste of 5,000 members → table and result on screen (Chromium, 360 px)', value: at5000, unit: 'ms', budget: 300, detail: `median; ${detail.join(', ')}` });
    out.push({ name: 'keystroke in the 5,000-member table → next frame, p95 (Chromium)', value: percentile(keys, 95), unit: 'ms', budget: 50, detail: `median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms` });
    await page.close();
  } finally {
    await s.close();
  }
  return out;
}
