import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFillSession, submissions, TEXTS, type FillSession } from './support/fill';

// Rich editors as the online systems embed them, each page built by us in tests/e2e/pages to behave like the
// real thing. Both paths: "Chèn vào ô đang chọn" at the caret and "Điền cả trang"; undo; nothing submitted; the
// panel's message says what happened. Needs the e2e build (KD_E2E_HOSTS=1 wxt build).

describe('filling rich editors, in real Chromium', () => {
  let f: FillSession;
  beforeAll(async () => {
    f = await startFillSession();
  });
  afterAll(async () => {
    await f?.close();
  });

  const editorBody = (page: Page, i: number) => page.frameLocator('iframe').nth(i).locator('body');
  /** An editor's text, one line per paragraph (innerText puts a blank line between paragraphs). */
  const lines = async (page: Page, i: number) => (await editorBody(page, i).innerText()).split(/\n+/).filter((l) => l.trim() !== '');

  it('CKEditor 4, two editor iframes and a textarea: the text lands in the editor clicked, Ctrl+Z undoes it', async () => {
    const { page, tabId } = await f.openPage('ckeditor4.html');
    await editorBody(page, 1).click();
    await page.keyboard.press('Control+End');
    await f.panelFor(tabId);
    expect(await f.insert('A.II.1')).toBe('Đã chèn vào ô «Hạn chế, khuyết điểm».');
    expect(await lines(page, 1)).toEqual(['Đoạn có sẵn.', TEXTS['A.II.1']]);
    expect(await editorBody(page, 0).innerText()).toBe('Đoạn có sẵn.');
    // The textarea the form submits follows the editor, as CKEditor's does.
    expect(await page.locator('#han-che').inputValue()).toContain(TEXTS['A.II.1']);
    await editorBody(page, 1).press('Control+z');
    await expect.poll(() => editorBody(page, 1).innerText()).toBe('Đoạn có sẵn.');

    // Now the first editor: focus moved, the agent (already injected) follows it.
    await editorBody(page, 0).click();
    await page.keyboard.press('Control+End');
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm».');
    expect(await lines(page, 0)).toEqual(['Đoạn có sẵn.', TEXTS['A.I.1']]);
    expect(await editorBody(page, 1).innerText()).toBe('Đoạn có sẵn.');

    // The plain textarea: the person types, inserts; Ctrl+Z undoes the insertion, then their own typing.
    await page.locator('#bien-phap').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thêm');
    expect(await f.insert('A.VI')).toBe('Đã chèn vào ô «Biện pháp khắc phục».');
    expect(await page.locator('#bien-phap').inputValue()).toBe(`Đã viết sẵn. Thêm\n${TEXTS['A.VI']}`);
    await page.locator('#bien-phap').press('Control+z');
    await expect.poll(() => page.locator('#bien-phap').inputValue()).toBe('Đã viết sẵn. Thêm');
    // The person's own typing is still on the undo stack (Chromium may undo it in more than one step).
    for (let i = 0; i < 6 && (await page.locator('#bien-phap').inputValue()) !== 'Đã viết sẵn.'; i += 1) await page.locator('#bien-phap').press('Control+z');
    expect(await page.locator('#bien-phap').inputValue()).toBe('Đã viết sẵn.');
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('CKEditor 4, "Điền cả trang": each editor listed by the label in the parent page, each filled, undo works', async () => {
    const { page, tabId } = await f.openPage('ckeditor4.html');
    await f.panelFor(tabId);
    const { labels, result } = await f.fillWholePage({ 'Ưu điểm': 'A.I.1', 'Hạn chế, khuyết điểm': 'A.II.1', 'Biện pháp khắc phục': 'A.VI' });
    expect([...labels].sort()).toEqual(['Biện pháp khắc phục', 'Hạn chế, khuyết điểm', 'Ưu điểm']);
    expect(result).toBe('Đã điền 3 ô: Biện pháp khắc phục Ưu điểm Hạn chế, khuyết điểm Trang chưa được gửi: hãy kiểm tra rồi tự bấm nút gửi của trang.');
    expect(await lines(page, 0)).toEqual(['Đoạn có sẵn.', TEXTS['A.I.1']]);
    expect(await lines(page, 1)).toEqual(['Đoạn có sẵn.', TEXTS['A.II.1']]);
    expect(await page.locator('#bien-phap').inputValue()).toBe(`Đã viết sẵn.\n${TEXTS['A.VI']}`);
    await page.locator('#bien-phap').press('Control+z');
    await expect.poll(() => page.locator('#bien-phap').inputValue()).toBe('Đã viết sẵn.');
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('TinyMCE-style designMode iframe: found, labelled, words kept apart after a trailing space, undo works', async () => {
    const { page, tabId } = await f.openPage('tinymce.html');
    await editorBody(page, 0).click();
    await page.keyboard.press('Control+End');
    await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm, kết quả đạt được».');
    const text = () => page.evaluate(() => (window as unknown as { kdText: () => string }).kdText());
    expect(await text()).toMatch(new RegExp(`^Mở đầu:\\s+${TEXTS['A.I.1']}$`));
    await editorBody(page, 0).press('Control+z');
    await expect.poll(text).not.toContain(TEXTS['A.I.1']);
    expect(await text()).toMatch(/^Mở đầu:\s*$/);

    const { labels, result } = await f.fillWholePage({ 'Ưu điểm, kết quả đạt được': 'A.I.1' });
    expect(labels).toEqual(['Ưu điểm, kết quả đạt được']);
    expect(result).toMatch(/^Đã điền 1 ô: Ưu điểm, kết quả đạt được/);
    expect(await text()).toMatch(new RegExp(`^Mở đầu:\\s+${TEXTS['A.I.1']}$`));
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('model-owned editor (beforeinput only, DOM edits reverted): taken through a paste, or an honest failure', async () => {
    const { page, tabId } = await f.openPage('model-editor.html');
    const model = (id: string) => page.evaluate((k) => (window as unknown as { kdModels: Record<string, string> }).kdModels[k], id);
    await page.locator('#model').click();
    await page.keyboard.press('Control+End');
    const p = await f.panelFor(tabId);
    expect(await f.insert('A.I.1')).toBe('Đã chèn vào ô «Ưu điểm».');
    expect(await model('model')).toBe(`Đoạn có sẵn.\n${TEXTS['A.I.1']}`);
    expect(await page.locator('#model').innerText()).toBe(`Đoạn có sẵn.\n${TEXTS['A.I.1']}`);
    await page.locator('#model').press('Control+z');
    await expect.poll(() => model('model')).toBe('Đoạn có sẵn.');

    // An editor that takes nothing but typing: the panel says so and offers "Sao chép"; its model is unchanged.
    await page.locator('#strict').click();
    const message = await f.insert('A.II.1');
    expect(message).toMatch(/^Trang không nhận đoạn văn/);
    expect(message).toContain('«Sao chép»');
    expect(await model('strict')).toBe('Đoạn có sẵn.');
    expect(await page.locator('#strict').innerText()).toBe('Đoạn có sẵn.');
    await expect(p.locator('[data-unit-block="A.II.1"]').getByRole('button', { name: 'Sao chép' }).isEnabled()).resolves.toBe(true);

    const { result } = await f.fillWholePage({ 'Ưu điểm': 'A.I.1', 'Hạn chế, khuyết điểm': 'A.II.1' });
    expect(result).toMatch(/^Đã điền 1 ô: Ưu điểm Bỏ qua 1 ô: Hạn chế, khuyết điểm — trang không nhận đoạn văn/);
    expect(await model('model')).toBe(`Đoạn có sẵn.\n${TEXTS['A.I.1']}`);
    expect(await model('strict')).toBe('Đoạn có sẵn.');
    expect(await submissions(page)).toBe('0');
    await page.close();
  });
});
