import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, EXTENSION_DIR, type ExtensionSession } from './support/browser';
import { serveStatic } from '../../scripts/serve.mjs';

/**
 * The icon (public/icon.svg → `npm run icons`) reaches every page: the local web app and the extension pages load
 * /icon/32.png and nothing on the way answers 404 or logs an error (the web app used to 404 on /favicon.ico).
 */
interface PageLog {
  errors: string[];
  /** Responses with a status of 400 or more, and requests that failed outright. */
  failed: string[];
  /** Every response, "status url". */
  responses: string[];
}

function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], failed: [], responses: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('response', (r) => {
    log.responses.push(`${r.status()} ${r.url()}`);
    if (r.status() >= 400) log.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => log.failed.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`));
  return log;
}

describe('the icon on every page', () => {
  let s: ExtensionSession;
  let server: { close: () => void };
  let base: string;
  beforeAll(async () => {
    const served = await serveStatic(EXTENSION_DIR, 0);
    server = served.server;
    base = served.url;
    s = await launchWithExtension();
  });
  afterAll(async () => {
    await s?.close();
    server?.close();
  });

  it('the local web app loads with no console error and no failed request, and shows its icon', async () => {
    const page = await s.context.newPage();
    const log = watch(page);
    await page.goto(`${base}/app.html`);
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await expect.poll(() => log.responses.includes(`200 ${base}/icon/32.png`), { timeout: 10_000 }).toBe(true);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/favicon.ico', 'image/x-icon', 'public/favicon.ico'],
    ['/icon/32.png', 'image/png', 'public/icon/32.png'],
    ['/icon.svg', 'image/svg+xml', 'public/icon.svg'],
  ])('the local web app answers %s with 200, %s, the committed file', async (path, type, file) => {
    const response = await s.context.request.get(`${base}${path}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
    expect((await response.body()).equals(readFileSync(join(process.cwd(), file)))).toBe(true);
  });

  it('the side panel page loads its icon from the extension, with no console error', async () => {
    const page = await s.context.newPage();
    const log = watch(page);
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    await expect.poll(() => log.responses.includes(`200 ${s.url('icon/32.png')}`), { timeout: 10_000 }).toBe(true);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
