import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';

/**
 * Readable in the side panel: Chromium gives extension pages `body { font-size: 75% }` (11.25 px body text, 9.6 px
 * hints before); every visible text is now at least 13 px and body text 15 px, in every screen of the shell.
 */
const VIEWS = ['Bản kiểm điểm', 'Hướng dẫn', 'Xếp loại', 'Đơn vị', 'Nguồn', 'Cài đặt'];

/** Visible text nodes whose computed font size is below `min` px: "<size> <tag>.<class>: <text>". */
const smallTexts = (page: Page, min: number) =>
  page.evaluate((min) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const px = parseFloat(style.fontSize);
      if (px < min) out.push(`${px} ${el.tagName.toLowerCase()}.${el.className}: ${n.textContent.trim().slice(0, 40)}`);
    }
    return out;
  }, min);

describe('text sizes in the side panel', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    page.setDefaultTimeout(8000);
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('body text is 15 px', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
  });

  it.each(VIEWS)('«%s»: no visible text under 13 px', async (view) => {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.waitForTimeout(400); // lazily loaded screens render
    expect(await smallTexts(page, 13)).toEqual([]);
  });
});
