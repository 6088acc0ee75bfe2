import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, foreignRequests, seriousA11yViolations, EXTENSION_DIR, type ExtensionSession } from './support/browser';
import { createDraft, openDraftFromList, waitSaved } from './support/app';
import { serveStatic } from '../../scripts/serve.mjs';

describe('walking skeleton in real Chromium with the extension loaded', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('side panel renders, a draft created there survives a reload', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('sidepanel.html'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kiểm điểm');
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await createDraft(page, 'Bản thử nghiệm một');
    const first = page.locator('textarea').first();
    await first.fill('Luôn giữ vững lập trường chính trị, hoàn thành 12/12 nhiệm vụ.');
    await waitSaved(page);
    // typing is saved by the save worker (stores/draft-save.worker.ts), not on the page's main thread
    expect(page.workers().map((w) => w.url()).filter((u) => /\/assets\/draft-save\.worker-[\w-]+\.js$/.test(u))).toHaveLength(1);
    await page.reload();
    await openDraftFromList(page, 'Bản thử nghiệm một');
    await expect(await page.locator('textarea').first().inputValue()).toBe('Luôn giữ vững lập trường chính trị, hoàn thành 12/12 nhiệm vụ.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('the full-tab page shows the same draft, and edits flow both ways without reload', async () => {
    const panel = await s.context.newPage();
    await panel.goto(s.url('sidepanel.html'));
    await openDraftFromList(panel, 'Bản thử nghiệm một');
    const tab = await s.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(s.url('app.html'));
    await openDraftFromList(tab, 'Bản thử nghiệm một');

    const second = (p: typeof tab) => p.locator('textarea').nth(1);
    await second(panel).fill('Sửa ở bảng bên.');
    await expect.poll(() => second(tab).inputValue(), { timeout: 5000 }).toBe('Sửa ở bảng bên.');
    await second(tab).fill('Sửa ở thẻ toàn màn hình.');
    await expect.poll(() => second(panel).inputValue(), { timeout: 5000 }).toBe('Sửa ở thẻ toàn màn hình.');
    expect(await seriousA11yViolations(tab)).toEqual([]);
    await panel.close();
    await tab.close();
  });

  it('made no network request outside the extension', () => {
    expect(s.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});

describe('plain local web app (no extension)', () => {
  it('renders from localhost and keeps a draft across reload, with no request elsewhere', async () => {
    const { server, url } = await serveStatic(EXTENSION_DIR, 0);
    const s = await launchWithExtension();
    try {
      const page = await s.context.newPage();
      await page.goto(`${url}/app.html`);
      await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
      expect(await page.getByRole('button', { name: 'Mở toàn màn hình' }).count()).toBe(0);
      await createDraft(page, 'Bản trên web cục bộ');
      await page.locator('textarea').first().fill('Nội dung gõ trên ứng dụng web cục bộ.');
      await waitSaved(page);
      await page.reload();
      await openDraftFromList(page, 'Bản trên web cục bộ');
      expect(await page.locator('textarea').first().inputValue()).toBe('Nội dung gõ trên ứng dụng web cục bộ.');
      expect(foreignRequests(s.requests, [url])).toEqual([]);
    } finally {
      await s.close();
      server.close();
    }
  });
});
