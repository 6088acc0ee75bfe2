import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, EXTENSION_DIR } from './support/browser';
import { openDraftFromList } from './support/app';
import { serveStatic } from '../../scripts/serve.mjs';

/**
 * A database left by the released v2 app (one record per version in `draftVersions`) opens in real Chromium with
 * the current app: Dexie runs the v3 upgrade (histories, one record per draft) and v4 drops the old table; the
 * history screen lists both versions and restores the older one. Built with raw IndexedDB on the local web
 * app's origin, exactly as Dexie laid out v2 (Dexie stores version N as N × 10).
 */
const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/drafts/qd366-2025-02B.json'), 'utf8')) as {
  id: string;
  title: string;
  sections: Record<string, { text: string }>;
};

describe('database upgrade in Chromium', () => {
  it('versions kept by the v2 app are listed and restorable after the upgrade', async () => {
    const { server, url } = await serveStatic(EXTENSION_DIR, 0);
    const s = await launchWithExtension();
    try {
      const page = await s.context.newPage();
      await page.goto(`${url}/manifest.json`); // same origin as the app, without the app opening the database
      const draft = { ...fixture, title: 'Bản từ phiên bản cũ', updatedAt: 2_000, rev: 3, sections: { ...fixture.sections, 'A.I.1': { text: 'Văn bản hiện tại.' } } };
      const older = { ...draft, rev: 1, sections: { ...draft.sections, 'A.I.1': { text: 'Văn bản cũ nhất.' } } };
      const middle = { ...draft, rev: 2, sections: { ...draft.sections, 'A.I.1': { text: 'Văn bản ở giữa.' } } };
      const created = await page.evaluate(
        `new Promise((ok, fail) => {
          const req = indexedDB.open('kiem-diem', 20);
          req.onupgradeneeded = () => {
            const db = req.result;
            const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
            drafts.createIndex('updatedAt', 'updatedAt');
            drafts.createIndex('reviewYear', 'reviewYear');
            const versions = db.createObjectStore('draftVersions', { keyPath: 'seq', autoIncrement: true });
            versions.createIndex('draftId', 'draftId');
            versions.createIndex('[draftId+savedAt]', ['draftId', 'savedAt']);
            for (const name of ['profiles', 'rosters', 'overlays']) db.createObjectStore(name, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
            db.createObjectStore('settings', { keyPath: 'key' });
            db.createObjectStore('draftSummaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          };
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const d = ${JSON.stringify(draft)};
            const tx = db.transaction(['drafts', 'draftSummaries', 'draftVersions'], 'readwrite');
            tx.objectStore('drafts').put(d);
            tx.objectStore('draftSummaries').put({ id: d.id, title: d.title, reviewYear: d.reviewYear, formCode: d.formCode, rulebookId: d.rulebookId, updatedAt: d.updatedAt, rev: d.rev });
            tx.objectStore('draftVersions').add({ draftId: d.id, savedAt: 1000, reason: 'autosave', draft: ${JSON.stringify(older)} });
            tx.objectStore('draftVersions').add({ draftId: d.id, savedAt: 1500, reason: 'manual', draft: ${JSON.stringify(middle)} });
            tx.oncomplete = () => { db.close(); ok(db.version); };
            tx.onerror = () => fail(tx.error);
          };
        })`,
      );
      expect(created).toBe(20);

      await page.goto(`${url}/app.html`);
      await openDraftFromList(page, 'Bản từ phiên bản cũ');
      expect(await page.locator('[data-unit="A.I.1"]').inputValue()).toBe('Văn bản hiện tại.');
      await page.getByRole('button', { name: 'Lịch sử' }).click();
      // the two upgraded versions, and the one kept when the draft was first opened in this session (issue 19)
      await expect.poll(() => page.getByTestId('version').count(), { timeout: 5000 }).toBe(3);
      // newest first: the draft as opened, the manual version, then the oldest autosave
      expect(await page.getByTestId('version').first().textContent()).toContain('Khi mở bản, trước khi sửa ngày');
      expect(await page.getByTestId('version').nth(1).textContent()).toContain('Người dùng lưu phiên bản');
      await page.getByTestId('version').last().getByRole('button', { name: /Khôi phục/ }).click();
      await expect.poll(() => page.locator('[data-unit="A.I.1"]').inputValue(), { timeout: 5000 }).toBe('Văn bản cũ nhất.');

      const after = await page.evaluate(
        `new Promise((ok) => { const r = indexedDB.open('kiem-diem'); r.onsuccess = () => { const db = r.result; ok({ version: db.version, stores: [...db.objectStoreNames] }); db.close(); }; })`,
      );
      // Dexie version 5 (the work log's tables) is IndexedDB version 50.
      expect(after).toMatchObject({ version: 50 });
      expect((after as { stores: string[] }).stores).toContain('draftHistories');
      expect((after as { stores: string[] }).stores).toEqual(expect.arrayContaining(['worklogs', 'worklogEntries', 'attachments']));
      expect((after as { stores: string[] }).stores).not.toContain('draftVersions');
    } finally {
      await s.close();
      server.close();
    }
  });
});
