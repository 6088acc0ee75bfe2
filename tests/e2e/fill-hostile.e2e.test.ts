import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFillSession, submissions, TEXTS, type FillSession } from './support/fill';

// Issue 20, item 6: a hostile page must not steer "Chèn vào ô đang chọn" into a field of its choosing
// (tests/e2e/pages/hostile.html: fake focus events, focus moved by script to a 1×1 px or transparent field, or
// into a child frame of another granted origin). The panel names the field that got the text.

describe('a hostile page cannot steer the insertion, in real Chromium', () => {
  let f: FillSession;
  beforeAll(async () => {
    f = await startFillSession();
  });
  afterAll(async () => {
    await f?.close();
  });

  const values = (page: Page) =>
    page.evaluate(() => ({
      mine: (document.getElementById('mine') as HTMLTextAreaElement).value,
      trap: (document.getElementById('trap') as HTMLInputElement).value,
      ghost: (document.getElementById('ghost') as HTMLTextAreaElement).value,
    }));
  const childFrame = (page: Page) => page.frames().find((fr) => fr.url().includes('/hostile-child.html'))!;
  const childValue = (page: Page) => childFrame(page).evaluate(() => (document.getElementById('inner') as HTMLInputElement).value);

  it('synthetic focusin events on a 1×1 px field are ignored: the text goes where the person clicked, and the panel says where', async () => {
    const { page, tabId } = await f.openPage('hostile.html?mode=fake');
    await page.locator('#mine').click();
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ý kiến của tôi».');
    // The agent is injected now and listening: fake events keep coming, a second insertion still goes to #mine.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    expect(await f.insert('A.VI')).toBe('Đã chèn vào ô «Ý kiến của tôi».');
    expect(await values(page)).toEqual({ mine: `${TEXTS['A.I.1']}\n${TEXTS['A.VI']}`, trap: '', ghost: '' });
    // The child frame of another origin focused its own field by script and fakes focus events on it: untouched.
    expect(await childValue(page)).toBe('');
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it.each([
    ['a 1×1 px field', 'trap'],
    ['a fully transparent field', 'ghost'],
  ])('focus moved by script to %s: refused, nothing written anywhere, the panel says why', async (_what, mode) => {
    const { page, tabId } = await f.openPage(`hostile.html?mode=${mode}`);
    await page.locator('#mine').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(mode);
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toMatch(/^Trang đã tự chuyển con trỏ sang một ô không nhìn thấy được .* Không chèn\./);
    expect(await values(page)).toEqual({ mine: '', trap: '', ghost: '' });
    await page.close();
  });

  it('a child frame of another granted origin: filled when the person clicked its field, and named', async () => {
    const { page, tabId } = await f.openPage('hostile.html?mode=fake');
    await page.locator('html[data-child-focused="1"]').waitFor();
    await page.frameLocator('#child').locator('#inner').click();
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ô trong khung».');
    expect(await childValue(page)).toBe(TEXTS['A.I.1']);
    expect((await values(page)).mine).toBe('');
    await page.close();
  });

  it('a child frame the person clicked once, then focused by the page\'s script: refused until the person clicks in it again', async () => {
    const { page, tabId } = await f.openPage('hostile.html?mode=none');
    await expect.poll(() => childFrame(page)?.evaluate(() => document.readyState)).toBe('complete');
    await page.frameLocator('#child').locator('#inner').click(); // the child frame has been active (for ever after)
    await page.locator('#mine').click();
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ý kiến của tôi».'); // the agents are in both frames now
    await page.evaluate(() => (document.getElementById('child') as HTMLIFrameElement).focus()); // the page's script
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('child');
    expect(await f.insert('A.VI')).toMatch(/^Ô đang chọn nằm trong khung nhúng của một trang web khác, và trang đã tự chuyển con trỏ vào đó/);
    expect(await childValue(page)).toBe('');
    await page.frameLocator('#child').locator('#inner').click(); // the person's own click
    expect(await f.insert('A.VI')).toBe('Đã chèn vào ô «Ô trong khung».');
    expect(await childValue(page)).toBe(TEXTS['A.VI']);
    expect((await values(page)).mine).toBe(TEXTS['A.I.1']);
    await page.close();
  });

  it('"Điền cả trang" lists neither the 1×1 px nor the transparent field, and a reachable frame of another origin is not "unreachable"', async () => {
    const { page, tabId } = await f.openPage('hostile.html?mode=fake');
    await expect.poll(() => childFrame(page)?.evaluate(() => document.readyState)).toBe('complete');
    await f.panelFor(tabId);
    const { labels, found, result } = await f.fillWholePage({ 'Ý kiến của tôi': 'A.II.1' });
    expect(labels).toEqual(['Ý kiến của tôi', 'Ô trong khung']);
    expect(found).toBe('Tìm thấy 2 ô.');
    expect(result).toMatch(/^Đã điền 1 ô: Ý kiến của tôi Trang/);
    expect(await values(page)).toEqual({ mine: TEXTS['A.II.1'], trap: '', ghost: '' });
    await page.close();
  });
});
