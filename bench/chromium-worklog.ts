import type { Page } from 'playwright-core';
import { formatNumberVi } from '../domain/core/text';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { nav } from '../tests/e2e/support/nav';
import { median, percentile, type Measure } from './stats';

const STATUSES = ['dung-han', 'dung-han', 'dung-han', 'cham', 'chua-hoan-thanh', 'vuot-tien-do', 'vuot-chat-luong'] as const;

/** `n` stored entries of one log, spread over the year (records as stores/worklog.ts writes them). */
export function worklogRecords(logId: string, year: number, n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    return {
      v: 1, id: `bench-${i}`, logId, updatedAt: 1_760_000_000_000 + i, kind: i % 5 ? 'nhiem-vu' : 'san-pham',
      title: `Nhiệm vụ số ${i + 1}: báo cáo, tờ trình theo kế hoạch công tác`, status,
      assignedBy: 'Chánh Văn phòng', deadline: date,
      ...(status === 'chua-hoan-thanh' ? {} : { doneOn: date }),
      ...(i % 3 ? {} : { quantity: { amount: 2, unit: 'văn bản' } }),
    };
  });
}

/** Writes entries straight into the app's IndexedDB (the page has opened the log once, so the tables exist). */
async function seed(page: Page, records: Record<string, unknown>[]): Promise<void> {
  await page.evaluate(async (list) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('kiem-diem');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['worklogEntries'], 'readwrite');
      for (const e of list) tx.objectStore('worklogEntries').put(e);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, records);
}

/**
 * A fresh page (the shell keeps a visited screen alive, so only a first visit builds it), then from the click on
 * «Sổ công việc» in the menu until a frame shows the rows and the year's count of `total`.
 */
async function openLogScreen(page: Page, total: string): Promise<number> {
  await page.reload();
  await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  const item = menu.getByRole('button', { name: 'Sổ công việc', exact: true });
  if (!(await item.isVisible())) await menu.locator('.menu-toggle').click();
  return page.evaluate(async (total) => {
    const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === 'Sổ công việc') as HTMLButtonElement;
    const t0 = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (performance.now() - t0 > 30_000) throw new Error('the log did not show within 30 s');
      const rows = document.querySelectorAll('[data-testid="worklog-entry"]').length;
      if (rows > 0 && document.querySelector('[data-testid="worklog-counts"]')?.textContent?.includes(`${total} mục`)) return performance.now() - t0;
    }
  }, total);
}

/**
 * Enter in the quick entry field → the entry committed to IndexedDB (the `kd:worklog-saved` mark), and until
 * the page says «Đã lưu: …» (after its next frame); 2,000 entries in the log. Each Enter comes once the list has
 * taken the previous entry in and a pause has passed, as the next task is typed.
 */
async function quickEntries(page: Page): Promise<{ committed: number[]; seen: number[] }> {
  await page.getByLabel('Thêm nhiệm vụ, sản phẩm').focus();
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLInputElement;
    const committed: number[] = [];
    const seen: number[] = [];
    for (let i = 0; i < 53; i++) {
      const title = `Việc nhập nhanh ${i}`;
      el.value = title;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      const saved = new Promise<number>((ok) => {
        const obs = new PerformanceObserver((list) => {
          const m = list.getEntries().find((e) => e.name === 'kd:worklog-saved');
          if (m) {
            obs.disconnect();
            ok(m.startTime);
          }
        });
        obs.observe({ entryTypes: ['mark'] });
      });
      const t0 = performance.now();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      const t1 = await saved;
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (document.querySelector('[data-testid="worklog-announce"]')?.textContent === `Đã lưu: ${title}`) break;
      }
      committed.push(t1 - t0);
      seen.push(performance.now() - t0);
      const total = (2001 + i).toLocaleString('vi-VN');
      while (!document.querySelector('[data-testid="worklog-counts"]')?.textContent?.includes(`${total} mục`)) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 300));
    }
    return { committed: committed.slice(3), seen: seen.slice(3) };
  });
}

/** Issue 16 budgets: the log screen with 2,000 entries, and adding an entry from the quick field. */
export async function chromiumWorklog(extensionDir: string): Promise<Measure[]> {
  const s = await launchWithExtension(undefined, extensionDir);
  const out: Measure[] = [];
  try {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await nav(page, 'Sổ công việc');
    await page.getByTestId('worklog-counts').waitFor();
    const year = new Date().getFullYear();
    await seed(page, worklogRecords(`ca-nhan:${year}`, year, 2000));
    const total = formatNumberVi(2000, 0);
    const opens: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = await openLogScreen(page, total);
      if (i > 1) opens.push(t); // the first opens load the screen's chunk and warm the caches
    }
    console.error(`worklog open: ${opens.map((x) => x.toFixed(0)).join(', ')} ms`);
    out.push({
      name: 'log screen first paint, 2,000 entries (Chromium, 360 px)',
      value: median(opens),
      unit: 'ms',
      budget: 100,
      detail: `median of 6; click on «Sổ công việc» → a frame with the rows and the counts; max ${Math.max(...opens).toFixed(0)} ms`,
    });
    const { committed, seen } = await quickEntries(page);
    out.push({
      name: 'adding an entry, keystroke → saved p95 (2,000 entries, Chromium)',
      value: percentile(committed, 95),
      unit: 'ms',
      budget: 20,
      detail: `Enter → committed in IndexedDB; median ${median(committed).toFixed(1)} ms; until «Đã lưu» shows: p95 ${percentile(seen, 95).toFixed(1)}, median ${median(seen).toFixed(1)} ms`,
    });
    await page.close();
  } finally {
    await s.close();
  }
  return out;
}
