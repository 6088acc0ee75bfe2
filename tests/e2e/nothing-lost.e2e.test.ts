import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, EXTENSION_DIR, type ExtensionSession } from './support/browser';
import { createDraft, openDraftFromList, waitEditor, waitSaved } from './support/app';
import { unitText } from './support/drafting';
import { serveStatic } from '../../scripts/serve.mjs';
import { until } from '../helpers/until';

/**
 * Issue 20 items 2–4 and issue 19 item 4 in real Chromium, in the local web app (pages of one origin share the
 * database, as the side panel and the full tab do): a big paste right before a reload or a close; two pages
 * typing into one section; storage full (simulated: a QuotaExceededError from IndexedDB writes, since a profile
 * on a small disk cannot be mounted here); the version kept before a paste a week later.
 */
interface Stored {
  id: string;
  title: string;
  sections: Record<string, { text: string }>;
}

/** Every draft, and every draft's history record as JSON, read straight from the app's IndexedDB. */
async function readDatabase(page: Page): Promise<{ drafts: Stored[]; histories: string }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('kiem-diem');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as unknown[]);
        r.onerror = () => fail(r.error);
      });
    const [drafts, histories] = [await all('drafts'), await all('draftHistories')];
    db.close();
    return { drafts: drafts as Stored[], histories: JSON.stringify(histories) };
  });
}

/** A text of `length` characters, in paragraphs, unique to `tag`. */
const bigText = (tag: string, length: number): string => {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${tag} đoạn ${i}: tham gia đầy đủ sinh hoạt chi bộ, hoàn thành nhiệm vụ được giao.\n`;
  return text.slice(0, length);
};

describe('nothing typed is lost', () => {
  let s: ExtensionSession;
  let server: { close: () => void };
  let url: string;
  let unitId: string;
  const app = () => `${url}/app.html`;

  async function newPage(): Promise<Page> {
    const page = await s.context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    return page;
  }
  async function openDraft(title: string): Promise<Page> {
    const page = await newPage();
    await page.goto(app());
    await openDraftFromList(page, title);
    return page;
  }
  const textOf = async (page: Page, title: string) => (await readDatabase(page)).drafts.find((d) => d.title === title)?.sections[unitId]?.text ?? '';

  beforeAll(async () => {
    ({ server, url } = await serveStatic(EXTENSION_DIR, 0));
    s = await launchWithExtension();
    const page = await newPage();
    await page.goto(app());
    await createDraft(page, 'Dán rồi đóng');
    unitId = (await page.locator('[data-unit-block]').first().getAttribute('data-unit-block')) ?? '';
    await page.getByRole('button', { name: '← Danh sách' }).click();
    await createDraft(page, 'Hai cửa sổ');
    await page.getByRole('button', { name: '← Danh sách' }).click();
    await createDraft(page, 'Bộ nhớ đầy');
    await page.getByRole('button', { name: '← Danh sách' }).click();
    await createDraft(page, 'Một tuần sau');
    await unitText(page, unitId).fill('Đoạn cũ thứ nhất, viết tuần trước.\nĐoạn cũ thứ hai, viết tuần trước.');
    await waitSaved(page);
    await page.close();
  });
  afterAll(async () => {
    await s?.close();
    server?.close();
  });

  // Item 2: a 20,000-character paste as the first edit, then the page reloads or closes at once.
  it.each([
    ['reload', 1],
    ['reload', 2],
    ['reload', 3],
    ['close', 1],
    ['close', 2],
    ['close', 3],
  ] as const)('a 20,000-character paste, then %s at once (trial %i): every character stored', async (how, trial) => {
    const page = await openDraft('Dán rồi đóng');
    const text = bigText(`${how}-${trial}`, 20_000);
    await unitText(page, unitId).fill(text);
    if (how === 'reload') await page.reload();
    else await page.close({ runBeforeUnload: false });
    // Opened again, the editor shows the paste and stores it.
    const check = how === 'reload' ? page : await newPage();
    if (how === 'close') await check.goto(app());
    await openDraftFromList(check, 'Dán rồi đóng');
    const shown = async () => unitText(check, unitId).inputValue();
    await until(async () => (await shown()) === text, `the paste on screen (${how} ${trial})`, { timeoutMs: 5000 }).catch(() => undefined);
    await waitSaved(check);
    const stored = await textOf(check, 'Dán rồi đóng');
    const onScreen = await shown();
    expect({ onScreen: text.length - commonPrefix(onScreen, text), stored: text.length - commonPrefix(stored, text) }).toEqual({ onScreen: 0, stored: 0 });
    await check.close();
  });

  // Item 2, a crash: the renderer killed right after a 20,000-character paste (the paste is one input event). The
  // rescue copy also goes to localStorage synchronously: IndexedDB alone lost it in 1 of 3 trials (a commit aborted).
  it.each([1, 2, 3, 4, 5])('a 20,000-character paste, then the page crashes at once (trial %i): every character kept', async (trial) => {
    const page = await openDraft('Dán rồi đóng');
    const text = bigText(`crash-${trial}`, 20_000);
    await unitText(page, unitId).focus();
    await unitText(page, unitId).selectText();
    await page.keyboard.insertText(text);
    const cdp = await s.context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash').catch(() => undefined);
    const check = await newPage();
    await check.goto(app());
    await openDraftFromList(check, 'Dán rồi đóng');
    const shown = async () => unitText(check, unitId).inputValue();
    await until(async () => (await shown()) === text, `the paste on screen after the crash (${trial})`, { timeoutMs: 5000 }).catch(() => undefined);
    await waitSaved(check);
    const stored = await textOf(check, 'Dán rồi đóng');
    expect({ onScreen: text.length - commonPrefix(await shown(), text), stored: text.length - commonPrefix(stored, text) }).toEqual({ onScreen: 0, stored: 0 });
    await check.close();
    await page.close().catch(() => undefined);
  });

  // Item 3: both pages type into the same section for several seconds; every word must be somewhere. Once 1 word
  // of 80 was lost in 2 of 6 runs: the caret was moved into the page's own word when a merged text differed
  // before and after it, and a space typed beside the other page's first word made a conflict that kept one
  // side only (tests/components/draft-editor-two-windows.test.ts, tests/components/draft/unit-caret.test.ts).
  it('two pages typing into one section: every typed word is in the draft or its versions; the hand-saved version stays', async () => {
    const a = await openDraft('Hai cửa sổ');
    const b = await openDraft('Hai cửa sổ');
    await a.getByRole('button', { name: 'Lịch sử' }).click();
    await a.getByRole('button', { name: 'Lưu phiên bản' }).click();
    await a.getByTestId('version').filter({ hasText: 'Người dùng lưu phiên bản' }).waitFor();
    const words = (tag: string) => Array.from({ length: 40 }, (_, i) => `${tag}${i}x`);
    // One page types at the start of the section, the other at its end (two people typing at the very same
    // place interleave letters, which no merge can untangle).
    const typeWords = async (page: Page, list: string[], where: 'Control+Home' | 'Control+End') => {
      const area = unitText(page, unitId);
      await area.focus();
      for (const w of list) {
        await page.keyboard.press(where);
        await page.keyboard.type(` ${w}`, { delay: 15 }); // a space first: a word never touches its neighbour
      }
    };
    const [wa, wb] = [words('alpha'), words('beta')];
    await Promise.all([typeWords(a, wa, 'Control+Home'), typeWords(b, wb, 'Control+End')]);
    await Promise.all([waitSaved(a), waitSaved(b)]);
    const db = await readDatabase(a);
    const draft = JSON.stringify(db.drafts.find((d) => d.title === 'Hai cửa sổ'));
    const missing = [...wa, ...wb].filter((w) => !draft.includes(w) && !db.histories.includes(w));
    const inDraft = [...wa, ...wb].filter((w) => draft.includes(w)).length;
    console.log(`[two pages] ${wa.length + wb.length} words typed: ${inDraft} in the draft itself, ${missing.length} in neither the draft nor a version`);
    expect(missing, 'words in neither the draft nor a version').toEqual([]);
    await until(async () => (await a.getByTestId('version').filter({ hasText: 'Người dùng lưu phiên bản' }).count()) === 1, 'the hand-saved version listed');
    expect(await a.locator('.conflicts .stack').count()).toBeLessThanOrEqual(20);
    await a.close();
    await b.close();
  });

  // Item 4: saving fails (quota): the page asks before leaving and offers exactly what is on screen.
  it('storage full: a warning before leaving, and a download of exactly what is on screen', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      // No save worker (its IndexedDB could not be made to fail from here): saves run on the main thread.
      Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });
      const full = () => (globalThis as { kdFull?: boolean }).kdFull === true;
      for (const name of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[name];
        IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await page.goto(app());
    await openDraftFromList(page, 'Bộ nhớ đầy');
    await unitText(page, unitId).fill('Đã lưu trước khi đầy.');
    await waitSaved(page);
    await page.evaluate(() => ((globalThis as { kdFull?: boolean }).kdFull = true));
    const onScreen = `Đã lưu trước khi đầy.\n${bigText('đầy', 30_000)}`;
    await unitText(page, unitId).fill(onScreen);
    await page.locator('[data-testid="save-status"][data-state="error"]').waitFor();
    expect(await page.getByTestId('save-status').textContent()).toMatch(/Bộ nhớ của trình duyệt đã đầy/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-on-screen').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { drafts: { draft: Stored }[] };
    expect(file.drafts.map((d) => d.draft.sections[unitId]?.text)).toEqual([onScreen]);

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await until(() => dialogs.length > 0, 'the leave-page warning');
    expect(dialogs).toEqual(['beforeunload']);
    expect(await unitText(page, unitId).inputValue()).toBe(onScreen);
    await page.evaluate(() => ((globalThis as { kdFull?: boolean }).kdFull = false));
    await waitSaved(page);
    await page.close();
  });

  // Issue 19 item 4: a week later, the text pasted over is in "Lịch sử" and comes back.
  it('a week later: the draft as opened is kept before the paste over it, and can be brought back', async () => {
    const old = 'Đoạn cũ thứ nhất, viết tuần trước.\nĐoạn cũ thứ hai, viết tuần trước.';
    const page = await openDraft('Một tuần sau');
    await waitEditor(page);
    expect(await unitText(page, unitId).inputValue()).toBe(old);
    const paste = async (text: string) =>
      unitText(page, unitId).evaluate((el: HTMLTextAreaElement, t: string) => {
        el.focus();
        el.select();
        el.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true }));
        el.value = t;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    await paste('Đoạn mới dán đè lên cả hai đoạn cũ.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    const opened = page.getByTestId('version').filter({ hasText: /Khi mở bản, trước khi sửa ngày \d{2}\/\d{2}\/\d{4}/ });
    await opened.first().waitFor();
    await opened.first().getByRole('button', { name: /^Khôi phục/ }).click();
    await until(async () => (await unitText(page, unitId).inputValue()) === old, 'the text before the paste back on screen');

    // In the same session, a second paste over both paragraphs keeps a version first.
    await paste('Lần dán thứ hai.');
    await waitSaved(page);
    const beforePaste = page.getByTestId('version').filter({ hasText: /Trước khi dán đè ngày \d{2}\/\d{2}\/\d{4}/ });
    await beforePaste.first().waitFor();
    await beforePaste.first().getByRole('button', { name: /^Khôi phục/ }).click();
    await until(async () => (await unitText(page, unitId).inputValue()) === old, 'the text before the second paste back');
    await page.close();
  });
});

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
