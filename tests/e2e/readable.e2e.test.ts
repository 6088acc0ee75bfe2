import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../scripts/serve.mjs';
import { EXTENSION_DIR, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { waitSaved } from './support/app';
import { nav } from './support/nav';

/**
 * Readable and forgiving at 360 px, in the extension's side panel and in the local web app alike: text sizes
 * (Chromium gives extension pages `body { font-size: 75% }`: 11.25 px body text before), the three text-size
 * settings and 200% zoom without sideways scrolling, axe on every screen, focus after navigation, number fields
 * that keep what was typed, the date of birth typed day first, and a wizard left half-answered.
 */
const VIEWS = ['Bản kiểm điểm', 'Hướng dẫn', 'Xếp loại', 'Đơn vị', 'Nguồn', 'Cài đặt'];
const HEADINGS: Record<string, string> = {
  'Bản kiểm điểm': 'Bản kiểm điểm của tôi',
  'Hướng dẫn': 'Hướng dẫn theo vai trò',
  'Xếp loại': 'Kiểm tra mức xếp loại',
  'Đơn vị': 'Kiểm tra xếp loại của đơn vị',
  'Nguồn': 'Nguồn quy định',
  'Cài đặt': 'Thiết lập',
};

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
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const bodyPx = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);

async function setTextSize(page: Page, label: 'Bình thường' | 'Lớn' | 'Rất lớn') {
  await nav(page, 'Cài đặt');
  await page.getByLabel(label, { exact: true }).check();
}

for (const surface of ['side panel', 'web app'] as const) {
  describe(`readable at 360 px: ${surface}`, () => {
    let s: ExtensionSession;
    let page: Page;
    let close: () => void = () => undefined;
    beforeAll(async () => {
      s = await launchWithExtension();
      let url = s.url('sidepanel.html');
      if (surface === 'web app') {
        const served = await serveStatic(EXTENSION_DIR, 0);
        close = () => served.server.close();
        url = `${served.url}/app.html`;
      }
      page = await s.context.newPage();
      await page.setViewportSize({ width: 360, height: 800 });
      page.setDefaultTimeout(8000);
      await page.goto(url);
      await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    });
    afterAll(async () => {
      await s?.close();
      close();
    });

    it('body text is 15 px; the menu is one line (a compact menu at 360 px)', async () => {
      expect(await bodyPx(page)).toBe('15px');
      const nav = page.getByRole('navigation', { name: 'Chức năng' });
      expect(await nav.evaluate((n) => n.getBoundingClientRect().height)).toBeLessThan(60);
      expect((await nav.locator('.menu-toggle').textContent())?.trim()).toBe('☰ Bản kiểm điểm');
    });

    it.each(VIEWS)('«%s»: focus on its heading, no text under 13 px, no serious axe finding, no sideways scroll', async (view) => {
      await nav(page, view);
      await expect.poll(() => activeText(page)).toBe(HEADINGS[view]);
      expect(await smallTexts(page, 13)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });

    it.each([['Lớn', '18px'], ['Rất lớn', '21px']] as const)('text size «%s»: body %s on every screen, nothing scrolls sideways', async (label, px) => {
      await setTextSize(page, label);
      for (const view of VIEWS) {
        await nav(page, view);
        await page.getByRole('heading', { name: HEADINGS[view] }).waitFor();
        expect(await bodyPx(page)).toBe(px);
        expect({ view, overflow: await overflow(page) }).toEqual({ view, overflow: 0 });
      }
      await page.reload();
      await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
      expect(await bodyPx(page)).toBe(px); // remembered on this device
      await setTextSize(page, 'Bình thường');
      expect(await bodyPx(page)).toBe('15px');
    });

    it('200% browser zoom of a 720 px window (360 CSS px, device pixel ratio 2): every screen fits', async () => {
      // Browser zoom halves the CSS viewport and doubles the pixel ratio; Chromium's device metrics override does
      // exactly that to the page (the zoom menu itself cannot be driven from a test).
      const cdp = await s.context.newCDPSession(page);
      await page.setViewportSize({ width: 720, height: 800 });
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 400, deviceScaleFactor: 2, mobile: false });
      try {
        expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([360, 2]);
        for (const view of VIEWS) {
          await nav(page, view);
          await page.getByRole('heading', { name: HEADINGS[view] }).waitFor();
          expect({ view, overflow: await overflow(page) }).toEqual({ view, overflow: 0 });
        }
      } finally {
        await cdp.send('Emulation.clearDeviceMetricsOverride');
        await page.setViewportSize({ width: 360, height: 800 });
      }
    });
  });
}

/** The extension's side panel page at 360 px, on the draft list. */
async function openSidePanel(): Promise<{ s: ExtensionSession; page: Page }> {
  const s = await launchWithExtension();
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  page.setDefaultTimeout(8000);
  await page.goto(s.url('sidepanel.html'));
  await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  return { s, page };
}

describe('forgiving fields and navigation (side panel, 360 px)', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => ({ s, page } = await openSidePanel()));
  afterAll(async () => {
    await s?.close();
  });

  it('«Tạo bản kiểm điểm mới» and «Tạo» move focus to the new form and the editor, not the top', async () => {
    await page.getByRole('button', { name: 'Tạo bản kiểm điểm mới' }).click();
    await expect.poll(() => activeText(page)).toBe('Bản kiểm điểm mới');
    await page.getByLabel('Tên gợi nhớ').fill('Điểm và ngày sinh');
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('editor-title');
  });

  it.each([
    ['75 typed', async (p: Page) => p.keyboard.type('75'), '75'],
    ['150 typed', async (p: Page) => p.keyboard.type('150'), '150'],
    ['700 typed', async (p: Page) => p.keyboard.type('700'), '700'],
    ['150 pasted', async (p: Page) => p.keyboard.insertText('150'), '150'],
  ])('…/70 score, %s: the text stays, «Tối đa 70 điểm.» stays after leaving, the total waits, nothing wrong is saved', async (_name, enter, shown) => {
    const common = page.getByLabel(/^Nhóm tiêu chí chung/);
    const results = page.getByLabel(/^Nhóm tiêu chí về kết quả/);
    await common.fill('20');
    await results.fill('60');
    await waitSaved(page);
    await expect.poll(async () => (await page.getByTestId('score-total').textContent())?.trim()).toBe('Tổng điểm: 80/100');
    await results.selectText();
    await enter(page);
    await results.blur();
    expect(await results.inputValue()).toBe(shown);
    expect(await page.getByRole('alert').filter({ hasText: 'Tối đa 70 điểm.' }).count()).toBe(1);
    expect((await page.getByTestId('score-total').textContent())?.trim()).toBe('Tổng điểm: …/100 (chưa tính: sửa ô điểm có thông báo đỏ)');
    await waitSaved(page);
    await page.reload();
    await page.getByRole('button', { name: /Điểm và ngày sinh/ }).click();
    // Saved: no score rather than a cut-down 7, 15 or 70.
    expect(await page.getByLabel(/^Nhóm tiêu chí về kết quả/).inputValue()).toBe('');
    expect((await page.getByTestId('score-total').textContent())?.trim()).toBe('Tổng điểm: 20/100');
  });

  it('the date of birth is typed day first, like every other date', async () => {
    const birth = page.getByLabel('Ngày sinh', { exact: true });
    await birth.fill('');
    await birth.pressSequentially('15031956');
    await birth.blur();
    expect(await birth.inputValue()).toBe('15/03/1956');
    await waitSaved(page);
    await page.reload();
    await page.getByRole('button', { name: /Điểm và ngày sinh/ }).click();
    expect(await page.getByLabel('Ngày sinh', { exact: true }).inputValue()).toBe('15/03/1956');
  });

  it('a wizard left after «Có» to posts resumes on that question; «Xem hướng dẫn» lands on the guide', async () => {
    await page.getByRole('button', { name: '← Danh sách' }).click();
    await nav(page, 'Hướng dẫn');
    const choose = async (label: string) => {
      await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: /^(Tiếp theo →|Xem hướng dẫn)$/ }).click();
    };
    await choose('Cho bản thân (cá nhân)');
    await choose('Năm 2026');
    await choose('Công chức');
    await page.getByLabel('Có (nhập từng chức vụ)', { exact: true }).check();
    await expect.poll(() => page.getByText('Đã lưu câu trả lời.').count()).toBe(1);
    await page.reload(); // left before typing the title
    await nav(page, 'Hướng dẫn');
    // After a reload the guide's chunk and the saved answers load first: on a busy 2-core machine, more than 8 s once.
    await page.getByTestId('wizard-progress').waitFor({ timeout: 20_000 });
    expect((await page.getByTestId('wizard-progress').textContent())?.trim()).toBe('Câu 4');
    expect(await page.getByTestId('guide-result').count()).toBe(0);
    expect(await page.getByLabel('Có (nhập từng chức vụ)', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Chức vụ 1 (tên chức vụ, đơn vị)').fill('Trưởng phòng Kinh tế');
    await page.getByRole('button', { name: 'Tiếp theo →' }).click();
    await choose('Đảng viên chính thức');
    await page.getByRole('button', { name: 'Tiếp theo →' }).click();
    await page.getByLabel('Đồng chí giữ chức vụ «Trưởng phòng Kinh tế» từ ngày nào?').fill('01/03/2021');
    await page.getByRole('button', { name: 'Xem hướng dẫn' }).click();
    await page.getByTestId('guide-result').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('g-role');
    expect((await page.getByTestId('guide-form-code').textContent())?.trim()).toBe('Mẫu 02A-HD KĐ.ĐG 2025');
  });
});

describe('keyboard only (side panel, 360 px, largest text size)', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => ({ s, page } = await openSidePanel()));
  afterAll(async () => {
    await s?.close();
  });
  /** Presses Tab until the focused element's accessible text matches, at most 40 times. */
  async function tabTo(text: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(key);
      const t = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.getAttribute('aria-label') || a?.textContent?.trim() || (a as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() || '';
      });
      if (text.test(t)) return;
    }
    throw new Error(`Tab never reached ${text}`);
  }
  const focusRing = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);

  it('menu, new draft, delete dialog: all from the keyboard, focus visible, the dialog traps and returns focus', async () => {
    await page.evaluate(() => localStorage.setItem('kd.textSize.v1', 'x-large'));
    await page.reload();
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await tabTo(/mở danh sách màn hình/);
    expect(await focusRing()).toBe('solid');
    await page.keyboard.press('Enter');
    await tabTo(/^Hướng dẫn$/);
    await page.keyboard.press('Escape'); // closes the menu, focus back on its button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await page.keyboard.press('Enter');
    await tabTo(/^Hướng dẫn$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Hướng dẫn theo vai trò');

    await page.keyboard.press('Shift+Tab'); // back up to the menu button
    await page.keyboard.press('Enter');
    await tabTo(/^Bản kiểm điểm$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Bản kiểm điểm của tôi');
    await tabTo(/^Tạo bản kiểm điểm mới$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Bản kiểm điểm mới');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bằng bàn phím');
    await page.keyboard.press('Enter'); // submits the form
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('editor-title');
    await waitSaved(page).catch(() => undefined);
    await tabTo(/← Danh sách/, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Bản kiểm điểm của tôi');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await tabTo(/^Xóa/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => /^Xóa/.test(document.activeElement?.textContent?.trim() ?? ''))).toBe(true);
  });
});
