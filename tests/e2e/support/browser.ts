import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** The e2e build (scripts/e2e.mjs: KD_E2E_HOSTS=1 wxt build), which pre-grants the local test server. */
export const EXTENSION_DIR = resolve('.output-e2e/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request any page made, for the "no network" assertions. */
  requests: string[];
  url: (page: string) => string;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with the built extension loaded, in a fresh (or given) profile folder. */
export async function launchWithExtension(profileDir?: string, extensionDir = EXTENSION_DIR): Promise<ExtensionSession> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'kd-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 800 },
    locale: 'vi-VN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests that left the allowed origins (the extension itself, the local web app, data/blob URLs). */
export function foreignRequests(requests: string[], allowedOrigins: string[] = []): string[] {
  return requests.filter((u) => {
    if (u.startsWith('chrome-extension://') || u.startsWith('data:') || u.startsWith('blob:')) return false;
    return !allowedOrigins.some((o) => u.startsWith(o));
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluated over CDP, so the page's CSP does not block it). Serious+critical only. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}
