import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, foreignRequests, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { formCodeShown, openGuide, walkIndividual } from './support/guide';
import { nav } from './support/nav';

/** «Nguồn»: the catalogue of sources, and the certainty badges that open it, in real Chromium at 360 px. */
let s: ExtensionSession;
beforeEach(async () => {
  s = await launchWithExtension();
});
afterEach(async () => {
  expect(foreignRequests(s.requests)).toEqual([]);
  await s?.close();
});

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** The largest text: the root size doubled (base.css sets it in px, so the browser's text setting alone does not). */
const doubleText = (page: Page, on: boolean) =>
  page.evaluate((big) => {
    document.documentElement.style.fontSize = big ? '30px' : '';
  }, on);

describe('the sources screen', () => {
  it('opens from the navigation, shows QĐ 366-QĐ/TW, fits 360 px (also at 200% text) and passes axe', async () => {
    const page = await s.context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(s.url('sidepanel.html'));
    await nav(page, 'Nguồn');
    await page.getByRole('heading', { name: 'Nguồn quy định', level: 2 }).waitFor();
    expect(await page.locator('#nguon-qd366-2025 h5').textContent()).toContain('366-QĐ/TW');
    await page.locator('#nguon-hd43-2025 summary').click(); // its 100-odd clause lines open
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await doubleText(page, true);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('a retiree\'s guide says the certainty once; a badge opens its document focused, and «← Quay lại» returns', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await walkIndividual(page, 'Hưu trí');
    expect(await formCodeShown(page)).toBe('Mẫu 02C-HD KĐ.ĐG 2025');
    expect(await page.getByTestId('certainty-summary').textContent()).toMatch(/^Trong \d+ quy tắc dùng ở đây, \d+ dựa trên văn bản trích dẫn \(chưa đối chiếu bản gốc\)/);
    const text = (await page.getByTestId('guide-result').textContent()) ?? '';
    expect(text.split('chưa đối chiếu bản gốc').length - 1).toBe(1);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await doubleText(page, true);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await doubleText(page, false);

    // From the keyboard: the badge's name starts with its visible words, then says where it goes.
    await page.getByRole('button', { name: /^theo trích dẫn, chưa đối chiếu bản gốc — xem nguồn: Hướng dẫn số 43-HD\/BTCTW/ }).first().press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nguon-hd43-2025');
    expect(await page.locator('#shell-menu button[aria-current="page"]').textContent()).toBe('Nguồn');
    await page.getByRole('button', { name: '← Quay lại Hướng dẫn' }).click();
    expect(await formCodeShown(page)).toBe('Mẫu 02C-HD KĐ.ĐG 2025');
    await page.close();
  });
});
