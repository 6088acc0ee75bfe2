import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './browser';
import { createDraft, waitEditor, waitSaved } from './app';
import { servePages } from '../pages/serve-pages';

/** The extension's API as seen inside `worker.evaluate` callbacks (they run in the service worker). */
declare const chrome: typeof import('wxt/browser').browser;

/** The draft's texts the fill tests insert (2025 form 02C). */
export const TEXTS = {
  'A.I.1': 'Luôn giữ vững lập trường chính trị.',
  'A.II.1': 'Còn chậm tiến độ ở quý hai.',
  'A.VI': 'Sắp xếp lại thời gian hợp lý.',
} as const;

export interface FillSession {
  s: ExtensionSession;
  worker: Worker;
  base: string;
  panel: Page;
  openPage: (name: string) => Promise<{ page: Page; tabId: number }>;
  /** The panel (sidepanel.html in a tab) aimed at `tabId`, with the draft open. */
  panelFor: (tabId: number) => Promise<Page>;
  /** "Chèn vào ô đang chọn" (or "Thay thế") for a unit; resolves to the panel's message once it is shown. */
  insert: (unitId: keyof typeof TEXTS, button?: 'Chèn vào ô đang chọn' | 'Thay thế') => Promise<string>;
  /** "Điền cả trang" in the panel: scan, pair each field label with a unit (others: không điền), fill; the result text. */
  fillWholePage: (pairs: Record<string, string>) => Promise<{ labels: string[]; found: string; result: string }>;
  close: () => Promise<void>;
}

export async function startFillSession(): Promise<FillSession> {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
    throw new Error('The extension in .output-e2e was not built for e2e: run `KD_E2E_HOSTS=1 npx wxt build` (scripts/e2e.mjs does).');
  }
  const served = await servePages(resolve('tests/e2e/pages'));
  const s = await launchWithExtension();
  const worker = s.context.serviceWorkers()[0]!;
  const panel = await s.context.newPage();
  await panel.goto(s.url('sidepanel.html'));
  await createDraft(panel, 'Bản thử điền', { year: 2025, formLabel: /02C/ });
  for (const [unit, text] of Object.entries(TEXTS)) await panel.locator(`[data-unit-block="${unit}"] textarea`).first().fill(text);
  await waitSaved(panel);

  let opened = 0;
  const tabIdOf = (url: string): Promise<number> => worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
  const group = (unitId: string) => panel.locator(`[data-unit-block="${unitId}"]`).getByRole('group', { name: /^Đưa vào trang web:/ });

  return {
    s,
    worker,
    base: served.url,
    panel,
    async openPage(name) {
      // A query of its own per page, so a tab left open by an earlier failed test is never the one found.
      opened += 1;
      const url = `${served.url}/${name}${name.includes('?') ? '&' : '?'}kd=${opened}`;
      const page = await s.context.newPage();
      await page.goto(url);
      await page.locator('html[data-ready="1"]').waitFor();
      return { page, tabId: await tabIdOf(url) };
    },
    async panelFor(tabId) {
      await panel.goto(s.url(`sidepanel.html?targetTab=${tabId}`));
      await panel.getByRole('button', { name: /Bản thử điền/ }).click();
      await waitEditor(panel);
      return panel;
    },
    async insert(unitId, button = 'Chèn vào ô đang chọn') {
      // The button is disabled while the insertion runs: one disabled -> enabled cycle means the message is final
      // (the same message twice in a row leaves no other trace in the DOM).
      const btn = group(unitId).getByRole('button', { name: button, exact: true });
      const handle = await btn.elementHandle();
      await handle!.evaluate((b: HTMLButtonElement) => {
        b.dataset.kdCycles = '0';
        new MutationObserver(() => {
          if (!b.disabled) b.dataset.kdCycles = String(Number(b.dataset.kdCycles) + 1);
        }).observe(b, { attributes: true, attributeFilter: ['disabled'] });
      });
      await btn.click();
      await panel.waitForFunction((b) => (b as HTMLButtonElement).dataset.kdCycles !== '0', handle);
      return ((await group(unitId).getByRole('status').textContent()) ?? '').trim();
    },
    async fillWholePage(pairs) {
      const open = panel.getByRole('button', { name: 'Điền cả trang' });
      if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
      await panel.getByRole('button', { name: 'Tìm các ô trên trang' }).click();
      await panel.locator('.fill-fields select').first().waitFor();
      const found = ((await panel.locator('.fill-page > p[role="status"]').last().textContent()) ?? '').trim();
      const items = panel.locator('.fill-fields li');
      const labels: string[] = [];
      for (let i = 0; i < (await items.count()); i += 1) {
        const label = ((await items.nth(i).locator('label').textContent()) ?? '').trim();
        labels.push(label);
        const unit = pairs[label];
        // Index 0 is "— Không điền —" (an empty value is not something selectOption can name).
        await items.nth(i).locator('select').selectOption(unit ? { value: unit } : { index: 0 });
      }
      await panel.getByRole('button', { name: /^Điền \d+ ô đã chọn$/ }).click();
      const result = panel.getByTestId('fill-result');
      await result.waitFor();
      return { labels, found, result: (await result.innerText()).replace(/\s+/g, ' ') };
    },
    async close() {
      await s.close();
      served.server.close();
    },
  };
}

export const submissions = (p: Page) => p.evaluate(() => document.documentElement.dataset.submissions);
