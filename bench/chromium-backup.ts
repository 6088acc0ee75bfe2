import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { sampleDraft, sampleHistory } from './sample-drafts';
import type { Measure } from './stats';
import { nav } from '../tests/e2e/support/nav';

/** Seeds drafts (with summaries) and their histories straight into the app's IndexedDB. */
async function seed(page: Page, drafts: unknown[], histories: unknown[]): Promise<void> {
  await page.evaluate(async ([ds, hs]) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('kiem-diem');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['drafts', 'draftSummaries', 'draftHistories'], 'readwrite');
      for (const d of (ds as unknown[]) as { id: string; title: string; reviewYear: number; formCode: string; rulebookId: string; updatedAt: number; rev: number }[]) {
        tx.objectStore('drafts').put(d);
        const { id, title, reviewYear, formCode, rulebookId, updatedAt, rev } = d;
        tx.objectStore('draftSummaries').put({ id, title, reviewYear, formCode, rulebookId, updatedAt, rev });
      }
      for (const h of hs as unknown[]) tx.objectStore('draftHistories').put(h);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, [drafts, histories]);
}

export async function between(page: Page, start: string, end: string): Promise<number> {
  return page.evaluate(({ s, e }) => performance.getEntriesByName(e)[0]!.startTime - performance.getEntriesByName(s)[0]!.startTime, { s: start, e: end });
}

/** Backup export in one browser profile, import in a fresh one, through the Settings screen (real IndexedDB). */
export async function chromiumBackup(extensionDir: string): Promise<Measure> {
  const drafts = Array.from({ length: 1000 }, (_, i) => sampleDraft(`b-${i}`, 1, Date.now() - i));
  // 3 versions per draft, each one unit apart from the next, stored as the app stores them (one history record).
  const histories = drafts.map((d) => sampleHistory(d, 3));
  const source = await launchWithExtension(undefined, extensionDir);
  const target = await launchWithExtension(undefined, extensionDir);
  try {
    const a = await source.context.newPage();
    await a.goto(source.url('sidepanel.html'));
    await a.waitForFunction(() => performance.getEntriesByName('kd:list-ready').length > 0);
    await seed(a, drafts, histories);
    await nav(a, 'Cài đặt');
    const t0 = Date.now();
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Tải tệp sao lưu' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'kd-bench-')), download.suggestedFilename());
    await download.saveAs(file);
    const exportMs = Date.now() - t0;

    const b = await target.context.newPage();
    await b.goto(target.url('sidepanel.html'));
    await nav(b, 'Cài đặt');
    const t1 = Date.now();
    await b.getByLabel('Nhập từ tệp sao lưu (.json)').setInputFiles(file);
    const importButton = b.getByRole('button', { name: 'Nhập', exact: true });
    await importButton.waitFor();
    await b.waitForFunction(() => !Array.from(document.querySelectorAll('button')).find((x) => x.textContent?.trim() === 'Nhập')?.hasAttribute('disabled'));
    const prepareMs = Date.now() - t1;
    await importButton.click();
    await b.getByTestId('backup-result').getByText('Đã nhập xong.').waitFor({ timeout: 60000 });
    const importMs = Date.now() - t1;
    // The app's own work, from its marks: export click → file handed to the download; file chosen → plan shown;
    // "Nhập" → written. The clock above also counts the test driver (clicks, sending the file into the page).
    const exportApp = await between(a, 'kd:backup-export-start', 'kd:backup-exported');
    const checkApp = await between(b, 'kd:backup-check-start', 'kd:backup-checked');
    const writeApp = await between(b, 'kd:backup-import-start', 'kd:backup-imported');
    const total = exportApp + checkApp + writeApp;
    return {
      name: 'backup export + import of 1,000 drafts with history (Chromium, via Cài đặt)',
      value: total / 1000,
      unit: 's',
      budget: 2,
      detail:
        `export ${exportApp.toFixed(0)} ms, check ${checkApp.toFixed(0)} ms, write ${writeApp.toFixed(0)} ms; ` +
        `with the test driver: export ${exportMs} ms, import ${importMs} ms (choose → plan ${prepareMs} ms); ` +
        `1,000 drafts + 3,000 versions, file ${(statSync(file).size / 1e6).toFixed(1)} MB`,
    };
  } finally {
    await source.close();
    await target.close();
  }
}
