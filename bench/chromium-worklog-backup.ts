import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { nav } from '../tests/e2e/support/nav';
import { between } from './chromium-backup';
import type { Measure } from './stats';

const ENTRIES = 2000;
const FILES = 20;
const FILE_BYTES = 200_000;
const LOG_ID = 'ca-nhan:2026';

/** A year's log of 2,000 entries (every tenth deleted, every hundredth with its file) and 20 files of 200 kB, written straight into the app's IndexedDB. */
async function seedWorklog(page: Page): Promise<void> {
  await page.evaluate(
    async ({ entries, files, fileBytes, logId }) => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const r = indexedDB.open('kiem-diem');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const now = Date.now();
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['worklogs', 'worklogEntries', 'attachments'], 'readwrite');
        // No named functions in here: the bundler would wrap them in a helper the page does not have.
        const quarters = [1, 2, 3].map((q) => ({ v: 1, year: 2026, quarter: q, leader: true, objectiveCause: false, scores: { general: { score: 26 }, results: { score: 60 } }, proposedGrade: 'HTTNV' }));
        tx.objectStore('worklogs').put({ id: logId, year: 2026, updatedAt: now, quarters, stateEvaluations: [], history: [{ savedAt: now - 1, kind: 'quarter', quarter: quarters[0] }] });
        for (let f = 0; f < files; f++) {
          const data = new Uint8Array(fileBytes);
          for (let i = 0; i < fileBytes; i++) data[i] = (i * 31 + f) & 255;
          tx.objectStore('attachments').put({ id: `f-${f}`, logId, name: `bien-ban-${f}.pdf`, type: 'application/pdf', size: fileBytes, addedAt: now, data: data.buffer });
        }
        for (let i = 0; i < entries; i++) {
          const month = String((i % 12) + 1).padStart(2, '0');
          const entry: Record<string, unknown> = {
            v: 1,
            id: `e-${i}`,
            kind: 'nhiem-vu',
            title: `Nhiệm vụ số ${i}: báo cáo, thẩm định hồ sơ và tham mưu văn bản của phòng`,
            assignedBy: 'Chánh Văn phòng',
            assignedOn: `2026-${month}-01`,
            deadline: `2026-${month}-20`,
            doneOn: `2026-${month}-18`,
            quantity: { amount: 3, unit: 'văn bản' },
            status: i % 7 === 0 ? 'vuot-tien-do' : 'dung-han',
            qualityNote: 'Bảo đảm chất lượng, được lãnh đạo đánh giá cao.',
            logId,
            updatedAt: now,
          };
          const f = i / (entries / files);
          if (Number.isInteger(f)) entry.evidence = { docNumber: `${i}/BC-VP`, attachment: { id: `f-${f}`, name: `bien-ban-${f}.pdf`, size: fileBytes, type: 'application/pdf' } };
          if (i % 10 === 9) entry.deletedAt = now;
          tx.objectStore('worklogEntries').put(entry);
        }
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { entries: ENTRIES, files: FILES, fileBytes: FILE_BYTES, logId: LOG_ID },
  );
}

/** Issue 16 budget: backup export + import of a log with 2,000 entries and 20 files of 200 kB, through Cài đặt. */
export async function chromiumWorklogBackup(extensionDir: string): Promise<Measure> {
  const source = await launchWithExtension(undefined, extensionDir);
  const target = await launchWithExtension(undefined, extensionDir);
  try {
    const a = await source.context.newPage();
    await a.goto(source.url('sidepanel.html'));
    await a.waitForFunction(() => performance.getEntriesByName('kd:list-ready').length > 0);
    await seedWorklog(a);
    await nav(a, 'Cài đặt');
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: 'Tải tệp sao lưu' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'kd-bench-')), download.suggestedFilename());
    await download.saveAs(file);

    const b = await target.context.newPage();
    await b.goto(target.url('sidepanel.html'));
    await nav(b, 'Cài đặt');
    await b.getByLabel('Nhập từ tệp sao lưu (.json)').setInputFiles(file);
    const importButton = b.getByRole('button', { name: 'Nhập', exact: true });
    await importButton.waitFor();
    await b.waitForFunction(() => !Array.from(document.querySelectorAll('button')).find((x) => x.textContent?.trim() === 'Nhập')?.hasAttribute('disabled'));
    await importButton.click();
    await b.getByTestId('backup-result').getByText('Đã nhập xong.').waitFor({ timeout: 60000 });
    const counts = await b.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const r = indexedDB.open('kiem-diem');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const out: number[] = [];
      for (const name of ['worklogEntries', 'attachments'])
        out.push(await new Promise<number>((ok) => (db.transaction(name).objectStore(name).count().onsuccess = (e) => ok((e.target as IDBRequest<number>).result))));
      db.close();
      return out;
    });
    if (counts[0] !== ENTRIES || counts[1] !== FILES) throw new Error(`bench: imported ${counts[0]} entries and ${counts[1]} files`);
    const exportApp = await between(a, 'kd:backup-export-start', 'kd:backup-exported');
    const checkApp = await between(b, 'kd:backup-check-start', 'kd:backup-checked');
    const writeApp = await between(b, 'kd:backup-import-start', 'kd:backup-imported');
    return {
      name: 'backup export + import of a work log: 2,000 entries, 20 attached files of 200 kB (Chromium, via Cài đặt)',
      value: (exportApp + checkApp + writeApp) / 1000,
      unit: 's',
      budget: 2,
      detail: `export ${exportApp.toFixed(0)} ms, check ${checkApp.toFixed(0)} ms, write ${writeApp.toFixed(0)} ms; file ${(statSync(file).size / 1e6).toFixed(1)} MB (4 MB of files as base64)`,
    };
  } finally {
    await source.close();
    await target.close();
  }
}
