import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { sampleDraft } from './sample-drafts';
import { median, percentile, type Measure } from './stats';

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 15000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** Writes drafts straight into the app's IndexedDB (the page must have opened the database once). */
async function seedDrafts(page: Page, drafts: unknown[]): Promise<void> {
  await page.evaluate(async (list) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('kiem-diem');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['drafts', 'draftSummaries'], 'readwrite');
      for (const d of list as { id: string; title: string; reviewYear: number; formCode: string; rulebookId: string; updatedAt: number }[]) {
        tx.objectStore('drafts').put(d);
        const { id, title, reviewYear, formCode, rulebookId, updatedAt } = d;
        tx.objectStore('draftSummaries').put({ id, title, reviewYear, formCode, rulebookId, updatedAt });
      }
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, drafts);
}

export async function chromiumMeasures(extensionDir: string): Promise<Measure[]> {
  // The product build (.output), not the e2e one.
  const s = await launchWithExtension(undefined, extensionDir);
  const out: Measure[] = [];
  try {
    // 1. First meaningful render of the side panel (the draft list with its data), median of 10 cold page loads.
    const renders: number[] = [];
    for (let i = 0; i < 11; i++) {
      const page = await s.context.newPage();
      await page.goto(s.url('sidepanel.html'));
      const t = await markTime(page, 'kd:list-ready');
      if (i > 0) renders.push(t); // first load warms the browser's caches
      if (i === 0) await seedDrafts(page, [sampleDraft('bench-20-pages', 20)]);
      await page.close();
    }
    out.push({ name: 'side panel: first meaningful render (median of 10)', value: median(renders), unit: 'ms', budget: 150 });

    // 2. Keystroke to saved in IndexedDB, 20-page draft, p95 of 100 keystrokes: until the save is committed (the
    //    mark carries the worker's commit time), and until the page hears of it (after its next frame).
    const page = await s.context.newPage();
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('button', { name: /Bản kiểm điểm mẫu bench-20-pages/ }).click();
    const area = page.locator('textarea').first();
    await area.click();
    await page.keyboard.press('End');
    const { committed, seen } = await page.evaluate(async () => {
      const el = document.activeElement as HTMLTextAreaElement;
      const committed: number[] = [];
      const seen: number[] = [];
      for (let i = 0; i < 103; i++) {
        const saved = new Promise<[number, number]>((ok) => {
          const obs = new PerformanceObserver((list) => {
            const m = list.getEntries().find((e) => e.name === 'kd:saved');
            if (m) {
              obs.disconnect();
              ok([m.startTime, performance.now()]);
            }
          });
          obs.observe({ entryTypes: ['mark'] });
        });
        const t0 = performance.now();
        el.value += 'a';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
        const [t1, t2] = await saved;
        committed.push(t1 - t0);
        seen.push(t2 - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      return { committed: committed.slice(3), seen: seen.slice(3) };
    });
    out.push({
      name: 'keystroke to saved, 20-page draft, p95 (Chromium)',
      value: percentile(committed, 95),
      unit: 'ms',
      budget: 20,
      detail: `median ${median(committed).toFixed(1)} ms; until the page shows it: p95 ${percentile(seen, 95).toFixed(1)}, median ${median(seen).toFixed(1)} ms`,
    });

    // Word export of the same 20-page draft in the panel: click "Xuất Word" → the download starts (after a warm-up
    // click that also loads the docx chunk).
    const exportTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = Date.now();
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word' }).click()]);
      if (i > 0) exportTimes.push(Date.now() - t0);
    }
    out.push({ name: 'Word export of a 20-page draft (Chromium, click → download)', value: median(exportTimes), unit: 'ms', budget: 500 });
    await page.close();

    // 3. Open the draft list with 1,000 drafts stored.
    const seedPage = await s.context.newPage();
    await seedPage.goto(s.url('sidepanel.html'));
    await markTime(seedPage, 'kd:list-ready');
    const many = Array.from({ length: 1000 }, (_, i) => sampleDraft(`bench-${i}`, 1, Date.now() - i * 1000));
    await seedDrafts(seedPage, many);
    await seedPage.close();
    const loadTimes: number[] = [];
    const openTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const p = await s.context.newPage();
      await p.goto(s.url('sidepanel.html'));
      const t = await markTime(p, 'kd:list-ready');
      // Opening the list inside the running app: from the click on "← Danh sách" until the list is on screen.
      await p.locator('.draft-item').first().click();
      await p.getByRole('button', { name: '← Danh sách' }).waitFor();
      await p.locator('textarea').first().waitFor();
      const open = await p.evaluate(async () => {
        const before = performance.getEntriesByName('kd:list-rendered').length;
        const t0 = performance.now();
        (Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('← Danh sách')) as HTMLButtonElement).click();
        while (performance.getEntriesByName('kd:list-rendered').length === before) await new Promise((r) => setTimeout(r, 1));
        return performance.getEntriesByName('kd:list-rendered').at(-1)!.startTime - t0;
      });
      if (i > 0) {
        loadTimes.push(t);
        openTimes.push(open);
      }
      await p.close();
    }
    out.push({ name: 'open the draft list with 1,000 drafts (running app, Chromium)', value: median(openTimes), unit: 'ms', budget: 100, detail: 'click on "← Danh sách" → list on screen' });
    out.push({ name: 'side panel page load → list, with 1,000 drafts (Chromium)', value: median(loadTimes), unit: 'ms', budget: 150, detail: 'same budget as the first render' });
  } finally {
    await s.close();
  }
  return out;
}
