import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { servePages } from './pages/serve-pages';
import { startFillSession, submissions, TEXTS, type FillSession } from './support/fill';

// Forms as online systems build them (web components, React-style controlled state, a blocked context menu) and a
// hostile page that tries to steer the insertion, each page in tests/e2e/pages. Needs the e2e build.

/** The extension's API as seen inside `worker.evaluate` callbacks (they run in the service worker). */
declare const chrome: typeof import('wxt/browser').browser;

describe('filling real-world forms, in real Chromium', () => {
  let f: FillSession;
  beforeAll(async () => {
    f = await startFillSession();
  });
  afterAll(async () => {
    await f?.close();
  });

  const state = (page: Page) => page.evaluate(() => (window as unknown as { kdState: Record<string, string> }).kdState);

  it('open shadow-root form: the field behind the host is found, filled at the caret, undone; scan enters nested roots', async () => {
    const { page, tabId } = await f.openPage('shadow-form.html');
    const value = (id: string) => page.evaluate((k) => (window as unknown as { kdShadowValue: (id: string) => string }).kdShadowValue(k), id);
    await page.locator('kd-review-form #uu-diem').click();
    await page.keyboard.press('Control+End');
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm».');
    expect(await value('uu-diem')).toBe(`Đã viết sẵn.\n${TEXTS['A.I.1']}`);
    await page.locator('kd-review-form #uu-diem').press('Control+z');
    await expect.poll(() => value('uu-diem')).toBe('Đã viết sẵn.');
    await page.locator('kd-review-field #inner').click();
    expect(await f.insert('A.VI')).toBe('Đã chèn vào ô «Biện pháp khắc phục».');
    expect(await value('inner')).toBe(TEXTS['A.VI']);

    const { labels, result } = await f.fillWholePage({ 'Hạn chế, khuyết điểm': 'A.II.1', 'Ý kiến bổ sung': 'A.VI' });
    // The closed root's field too (chrome.dom.openOrClosedShadowRoot).
    expect(labels).toEqual(['Họ và tên', 'Ưu điểm', 'Hạn chế, khuyết điểm', 'Biện pháp khắc phục', 'Ý kiến bổ sung']);
    expect(result).toMatch(/^Đã điền 2 ô: Hạn chế, khuyết điểm Ý kiến bổ sung Trang chưa được gửi/);
    expect(await value('note')).toBe(TEXTS['A.VI']);
    expect(await value('han-che')).toBe(TEXTS['A.II.1']);
    // Chromium keeps one undo stack per document: the last fill is undone first.
    await page.locator('kd-closed-note').press('Control+z');
    await expect.poll(() => value('note')).toBe('');
    await page.locator('kd-review-form #han-che').press('Control+z');
    await expect.poll(() => value('han-che')).toBe('');
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('a page that blocks the context menu: the keyboard command is the way in, and both paths work', async () => {
    const { page, tabId } = await f.openPage('no-context-menu.html');
    await page.mouse.click(300, 10, { button: 'right' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.blockedMenus)).toBe('1');
    const commands = await f.worker.evaluate(async () => (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut]));
    expect(commands).toContainEqual(['allow-fill', 'Alt+Shift+K']);

    await page.locator('#uu-diem').click();
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm».');
    expect(await page.locator('#uu-diem').inputValue()).toBe(TEXTS['A.I.1']);
    await page.locator('#uu-diem').press('Control+z');
    await expect.poll(() => page.locator('#uu-diem').inputValue()).toBe('');
    const { result } = await f.fillWholePage({ 'Hạn chế, khuyết điểm': 'A.II.1' });
    expect(result).toMatch(/^Đã điền 1 ô: Hạn chế, khuyết điểm Trang/);
    expect(await page.locator('#han-che').inputValue()).toBe(TEXTS['A.II.1']);
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('a site not yet allowed: the panel names the keyboard shortcut as well as the page menu', async () => {
    // 127.0.0.2 is not pre-granted by the e2e build, so the browser hides the tab's address from the extension.
    const other = await servePages(resolve('tests/e2e/pages'), '127.0.0.2');
    try {
      const page = await f.s.context.newPage();
      await page.goto(`${other.url}/no-context-menu.html`);
      const tabId = await f.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
      await f.panelFor(tabId);
      // Nothing runs (no page to fill yet): the message comes at once, with no busy state to wait for.
      const group = f.panel.locator('[data-unit-block="A.I.1"]').getByRole('group', { name: /^Đưa vào trang web:/ });
      await group.getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
      await group.getByRole('status').filter({ hasText: /Alt\+Shift\+K/ }).waitFor();
      const message = (await group.getByRole('status').textContent()) ?? '';
      expect(message).toContain('nhấn Alt+Shift+K');
      expect(message).toContain('«Kiểm điểm: cho phép điền vào trang này»');
      await page.close();
    } finally {
      other.server.close();
    }
  });

  it('React-style controlled form: the state takes the text (it survives re-renders), undo goes through the state too', async () => {
    const { page, tabId } = await f.openPage('react-form.html');
    await page.locator('#uu-diem').click();
    await page.keyboard.press('Control+End');
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm».');
    expect((await state(page)).uuDiem).toBe(`Có sẵn\n${TEXTS['A.I.1']}`);
    // The page re-renders from its state on a timer: the text is still there after a few renders.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 350)));
    expect(await page.locator('#uu-diem').inputValue()).toBe(`Có sẵn\n${TEXTS['A.I.1']}`);
    await page.locator('#uu-diem').press('Control+z');
    await expect.poll(async () => (await state(page)).uuDiem).toBe('Có sẵn');

    const { labels, result } = await f.fillWholePage({ 'Hạn chế, khuyết điểm': 'A.II.1' });
    expect(labels).toEqual(['Họ và tên', 'Ưu điểm', 'Hạn chế, khuyết điểm', 'Điểm tự chấm', 'Tự xếp loại', 'Mức xếp loại đề xuất']);
    expect(result).toMatch(/^Đã điền 1 ô: Hạn chế, khuyết điểm Trang/);
    expect((await state(page)).hanChe).toBe(TEXTS['A.II.1']);

    // The score into the number field, the grade into the select and the radio group (by option text).
    const scan = (await f.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'kd-fill:scan' }, { frameId: 0 }), tabId)) as {
      fields: { fieldId: string; key: string; kind: string }[];
    };
    const idOf = (key: string) => scan.fields.find((x) => x.key === key)!.fieldId;
    expect(scan.fields.map((x) => x.kind)).toEqual(['input', 'textarea', 'textarea', 'number', 'select', 'radio']);
    const grade = 'Hoàn thành tốt nhiệm vụ';
    const entries = [
      { fieldId: idOf('id:diem'), text: '86', mode: 'insert' },
      { fieldId: idOf('id:xep-loai'), text: grade, mode: 'insert' },
      { fieldId: idOf('name:deXuat'), text: grade, mode: 'insert' },
    ];
    const filled = (await f.worker.evaluate(([id, e]) => chrome.tabs.sendMessage(id as number, { type: 'kd-fill:fill', entries: e }, { frameId: 0 }), [tabId, entries] as const)) as {
      filled: { label: string }[];
      skipped: unknown[];
    };
    expect(filled.filled.map((x) => x.label)).toEqual(['Điểm tự chấm', 'Tự xếp loại', 'Mức xếp loại đề xuất']);
    await expect.poll(async () => {
      const s = await state(page);
      return [s.diem, s.xepLoai, s.deXuat];
    }).toEqual(['86', '2', '2']);
    expect(await submissions(page)).toBe('0');
    await page.close();
  });
});
