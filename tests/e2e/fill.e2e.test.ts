import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './support/browser';
import { createDraft, waitEditor } from './support/app';
import { servePages } from './pages/serve-pages';
import { proposeMapping } from '../../domain/fill/match';
import { buildFillSources } from '../../domain/fill/sources';
import { getFormModel } from '../../domain/rulebooks';

// The extension must be built with KD_E2E_HOSTS=1 (scripts/e2e.mjs, scripts/test.mjs): that build alone
// pre-grants http://localhost and http://127.0.0.1, since a headless browser cannot click the permission prompt.
// The panel is opened as a tab with ?targetTab=<id of the form page> (stores/page-fill.ts findTarget).

/** The extension's API as seen inside `worker.evaluate` callbacks (they run in the service worker). */
declare const chrome: typeof import('wxt/browser').browser;

const UNIT1 = 'Luôn giữ vững lập trường chính trị.';

describe('filling web forms from the panel, in real Chromium', () => {
  let s: ExtensionSession;
  let worker: Worker;
  let base: string;
  let server: { close: () => void };
  let panel: Page;

  const tabIdOf = (url: string): Promise<number> =>
    worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);

  async function openPage(name: string): Promise<{ page: Page; tabId: number }> {
    const page = await s.context.newPage();
    await page.goto(`${base}/${name}`);
    return { page, tabId: await tabIdOf(`${base}/${name}`) };
  }

  /** The panel (sidepanel.html in a tab) aimed at `tabId`, with the draft open. */
  async function panelFor(tabId: number): Promise<Page> {
    await panel.goto(s.url(`sidepanel.html?targetTab=${tabId}`));
    await panel.getByRole('button', { name: /Bản thử điền/ }).click();
    await waitEditor(panel);
    return panel;
  }
  const unitGroup = (p: Page, n: number) => p.getByRole('group', { name: /^Đưa vào trang web:/ }).nth(n);
  const submissions = (p: Page) => p.evaluate(() => document.documentElement.dataset.submissions);

  beforeAll(async () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
    if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
      throw new Error('The extension in .output-e2e was not built for e2e: run `KD_E2E_HOSTS=1 npx wxt build` (scripts/e2e.mjs does).');
    }
    const served = await servePages(resolve('tests/e2e/pages'));
    server = served.server;
    base = served.url;
    s = await launchWithExtension();
    worker = s.context.serviceWorkers()[0]!;
    panel = await s.context.newPage();
    await panel.goto(s.url('sidepanel.html'));
    await createDraft(panel, 'Bản thử điền', { year: 2025, formLabel: /02C/ });
    await panel.locator('textarea').first().fill(UNIT1);
    await panel.locator('textarea').nth(1).fill('Dòng một.\nDòng hai.');
    await panel.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });
  afterAll(async () => {
    await s?.close();
    server?.close();
  });

  it('plain form: inserts at the cursor, keeps what was typed, submits nothing', async () => {
    const { page, tabId } = await openPage('plain.html');
    await page.locator('#summary').click();
    await page.evaluate(() => (document.getElementById('summary') as HTMLInputElement).setSelectionRange(3, 3));
    const p = await panelFor(tabId);
    await unitGroup(p, 0).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await expect.poll(() => unitGroup(p, 0).getByRole('status').textContent()).toBe('Đã chèn vào ô «Tóm tắt».');
    expect(await page.locator('#summary').inputValue()).toBe(`Đầu ${UNIT1} dòng`);

    // A textarea, caret at the end: appended on a new line; a multi-line unit keeps its lines.
    await page.locator('#strengths').click();
    await page.evaluate(() => (document.getElementById('strengths') as HTMLTextAreaElement).setSelectionRange(12, 12));
    await unitGroup(p, 1).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await expect.poll(() => page.locator('#strengths').inputValue()).toBe('Đã viết sẵn.\nDòng một.\nDòng hai.');
    // Again: the text is already there, nothing doubles.
    await unitGroup(p, 1).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await expect.poll(() => unitGroup(p, 1).getByRole('status').textContent()).toMatch(/đã có sẵn đoạn văn này/);
    expect(await page.locator('#strengths').inputValue()).toBe('Đã viết sẵn.\nDòng một.\nDòng hai.');
    // "Thay nội dung ô đang chọn" is the only way to replace.
    await unitGroup(p, 0).getByRole('button', { name: 'Thay nội dung ô đang chọn' }).click();
    await expect.poll(() => page.locator('#strengths').inputValue()).toBe(UNIT1);
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('framework-controlled inputs register the value in the page state (native setter + input event)', async () => {
    const { page, tabId } = await openPage('framework.html');
    // The page's tracker ignores a plain assignment followed by an input event.
    await page.evaluate(() => {
      const el = document.getElementById('b') as HTMLInputElement;
      el.value = 'gán thẳng';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.evaluate(() => (window as unknown as { kdState: { b: string } }).kdState.b)).toBe('');
    await page.locator('#a').click();
    const p = await panelFor(tabId);
    await unitGroup(p, 0).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    const state = () => page.evaluate(() => (window as unknown as { kdState: { a: string } }).kdState.a);
    await expect.poll(state).toBe(`Có sẵn\n${UNIT1}`);
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('contenteditable editor: inserted with insertText, the editor model sees it, old text kept', async () => {
    const { page, tabId } = await openPage('editor.html');
    await page.locator('#ed').click();
    await page.keyboard.press('End');
    const p = await panelFor(tabId);
    await unitGroup(p, 0).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    const model = () => page.evaluate(() => (window as unknown as { kdModel: string }).kdModel);
    await expect.poll(model).toContain(UNIT1);
    expect(await model()).toContain('Đoạn có sẵn.');
    expect(await page.locator('#ed script, #ed img').count()).toBe(0);
    expect(await submissions(page)).toBe('0');
    await page.close();
  });

  it('same-origin iframe: inserts into the focused field of the frame', async () => {
    const { page, tabId } = await openPage('iframe.html');
    const frame = page.frameLocator('#inner');
    await frame.locator('#strengths').click();
    await frame.locator('#strengths').press('End');
    const p = await panelFor(tabId);
    await unitGroup(p, 0).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await expect.poll(() => frame.locator('#strengths').inputValue()).toBe(`Đã viết sẵn.\n${UNIT1}`);
    const inner = page.frames().find((f) => f.url().endsWith('/plain.html'))!;
    expect(await inner.evaluate(() => document.documentElement.dataset.submissions)).toBe('0');
    await page.close();
  });

  it('a browser page cannot be filled: Vietnamese message, "Sao chép" still offered', async () => {
    const page = await s.context.newPage();
    await page.goto('chrome://version/');
    // The browser hides chrome:// URLs from the extension: the newest tab is this one.
    const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
    const p = await panelFor(tabId);
    await unitGroup(p, 0).getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await expect.poll(() => unitGroup(p, 0).getByRole('status').textContent()).toMatch(/Trang nội bộ của trình duyệt .* thì không điền được/);
    await expect(unitGroup(p, 0).getByRole('button', { name: 'Sao chép' }).isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it('"Điền cả trang" pieces: scans Vietnamese labels, proposes pairs, fills only writable fields, never submits', async () => {
    const { page, tabId } = await openPage('vietnamese.html');
    const statuses = await worker.evaluate(
      async (id) => (await chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['/content-scripts/fill.js'] })).length,
      tabId,
    );
    expect(statuses).toBe(1);
    const scan = (await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'kd-fill:scan' }, { frameId: 0 }), tabId)) as {
      fields: { fieldId: string; label: string; context?: string; key: string }[];
    };
    expect(scan.fields.map((f) => f.key)).toEqual(['id:name', 'id:q1', 'id:q2', 'id:q3', 'id:q4', 'id:q5']);
    const form = getFormModel('qd366-2025', '02C')!;
    const sources = buildFillSources(form, { 'A.I.1': { text: 'Phẩm chất tốt.' }, 'A.I.2': { text: 'Hoàn thành 12/12 việc.' }, 'A.II.1': { text: 'Còn chậm.' }, 'A.II.2': { text: 'Chủ quan.' }, 'A.VI': { text: 'Sắp xếp lại thời gian.' } });
    const pairs = proposeMapping(scan.fields, sources);
    expect(Object.fromEntries(pairs.map((p) => [scan.fields.find((f) => f.fieldId === p.fieldId)!.key, p.sourceId]))).toEqual({
      'id:name': undefined,
      'id:q1': 'A.I.1',
      'id:q2': 'A.I.2',
      'id:q3': 'A.II.1',
      'id:q4': 'A.II.2',
      'id:q5': 'A.VI',
    });
    const entries = pairs.filter((p) => p.sourceId).map((p) => ({ fieldId: p.fieldId, text: sources.find((x) => x.id === p.sourceId)!.text, mode: 'insert' }));
    const result = (await worker.evaluate(([id, e]) => chrome.tabs.sendMessage(id as number, { type: 'kd-fill:fill', entries: e }, { frameId: 0 }), [tabId, entries] as const)) as {
      filled: { label: string }[];
    };
    expect(result.filled.map((f) => f.label)).toEqual([
      'I.1. Về phẩm chất chính trị, đạo đức, lối sống',
      'Kết quả thực hiện nhiệm vụ được giao trong năm',
      'Hạn chế, khuyết điểm',
      'Nguyen nhan cua han che, khuyet diem',
      'Phương hướng, biện pháp khắc phục',
    ]);
    const values = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input,textarea')].map((e) => [e.id, e.value])),
    );
    expect(values).toEqual({ name: '', pw: '', token: 'x', q1: 'Phẩm chất tốt.', q2: 'Hoàn thành 12/12 việc.', q3: 'Còn chậm.', q4: 'Chủ quan.', q5: 'Giữ nguyên.\nSắp xếp lại thời gian.', q6: '', q7: '' });
    expect(await submissions(page)).toBe('0');
    await page.close();
  });
});
