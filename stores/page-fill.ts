/**
 * Panel side of page filling: find the page to fill, ask for access to its site (inside the click), inject the
 * fill agent on demand, send it the text. The page only ever receives the text or the list of pairs.
 *
 * Which tab: `?targetTab=<id>` in the panel's URL wins (tests open sidepanel.html in a tab of their own);
 * otherwise the active tab of the panel's window; if that is an extension page (the full-tab app), the most
 * recently used web page of the window.
 */
import { browser } from 'wxt/browser';
import { chooseInsertFrame, unreachableFrameCount } from '@/domain/fill/frames';
import { FILL_MESSAGES, INSERT_FAILURE_MESSAGES } from '@/domain/fill/messages-vi';
import { SavedFillMappingSchema, fillMappingKey, pathPattern, type SavedFillMapping } from '@/domain/fill/site-mapping';
import { parseWith } from '@/domain/schemas/errors';
import {
  FillResponseSchema,
  FrameStatusSchema,
  InsertResponseSchema,
  ScanResponseSchema,
  type FillMessage,
  type FillResponse,
  type FrameStatus,
  type ScannedField,
} from '@/domain/schemas/fill-messages';
import type { InsertMode } from '@/domain/fill/insertion';
import { useDatabase } from './db';
import { isExtension } from './platform';

export const FILL_SCRIPT = '/content-scripts/fill.js';

export interface FillTarget {
  tabId: number;
  url: string;
  origin: string;
  title: string;
}
export type TargetResult = { ok: true; target: FillTarget } | { ok: false; message: string };
export interface FillOutcome {
  ok: boolean;
  message: string;
  /** Offer "Sao chép" (every failure does). */
  canCopy: boolean;
}

const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

/** Why this URL cannot be filled, or undefined if it can (http/https pages outside the browser's stores). */
export function restrictionOf(url: string | undefined): string | undefined {
  if (!url) return FILL_MESSAGES.noTab;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return FILL_MESSAGES.restricted;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return FILL_MESSAGES.restricted;
  if (RESTRICTED_HOSTS.includes(u.hostname)) return FILL_MESSAGES.restricted;
  return undefined;
}

const isWebPage = (url: string | undefined): boolean => !!url && /^https?:/.test(url);

/** The page "Chèn vào ô đang chọn" and "Điền cả trang" act on. */
export async function findTarget(search = globalThis.location?.search ?? ''): Promise<TargetResult> {
  if (!isExtension()) return { ok: false, message: FILL_MESSAGES.noExtension };
  const explicit = Number(new URLSearchParams(search).get('targetTab'));
  let tab: { id?: number; url?: string; title?: string } | undefined;
  if (Number.isInteger(explicit) && explicit > 0) {
    tab = await browser.tabs.get(explicit).catch(() => undefined);
  } else {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tab = active;
    if (!isWebPage(active?.url) && active?.url?.startsWith(browser.runtime.getURL('/'))) {
      const all = await browser.tabs.query({ currentWindow: true });
      tab = all.filter((t) => isWebPage(t.url)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? active;
    }
  }
  if (tab?.id === undefined) return { ok: false, message: FILL_MESSAGES.noTab };
  // Without access to the site the browser hides the URL (no "tabs" permission, by design): the user grants
  // it for this tab with the page's context menu (activeTab), after which the site can be allowed for good.
  if (!tab.url) return { ok: false, message: FILL_MESSAGES.hiddenUrl };
  const restricted = restrictionOf(tab.url);
  if (restricted) return { ok: false, message: restricted };
  return { ok: true, target: { tabId: tab.id, url: tab.url!, origin: new URL(tab.url!).origin, title: tab.title ?? '' } };
}

const originPattern = (origin: string): string => `${origin}/*`;

export async function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}

/**
 * Asks for this site only. Call it FIRST in the click handler (no await before it): the browser shows its
 * prompt only during a user gesture. Resolves true at once if access was already granted.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
}

/** Injects the agent into every reachable frame; returns each frame's status. Throws if the top frame refuses. */
export async function injectAgent(tabId: number, frameIds?: number[]): Promise<{ frameId: number; status: FrameStatus }[]> {
  const target = frameIds ? { tabId, frameIds } : { tabId, allFrames: true };
  const results = await browser.scripting.executeScript({ target, files: [FILL_SCRIPT] });
  const out: { frameId: number; status: FrameStatus }[] = [];
  for (const r of results) {
    const parsed = FrameStatusSchema.safeParse(r.result);
    if (parsed.success) out.push({ frameId: r.frameId, status: parsed.data });
  }
  return out;
}

async function send(tabId: number, frameId: number, message: FillMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

const fail = (message: string): FillOutcome => ({ ok: false, message, canCopy: true });

/** Inserts into one known frame (the context menu knows the frame that was right-clicked). */
export async function insertInFrame(tabId: number, frameId: number, text: string, mode: InsertMode): Promise<FillOutcome> {
  const reply = InsertResponseSchema.safeParse(await send(tabId, frameId, { type: 'kd-fill:insert', text, mode }));
  if (!reply.success) return fail(FILL_MESSAGES.injectFailed);
  const r = reply.data;
  if (!r.ok) return fail(INSERT_FAILURE_MESSAGES[r.reason](r.maxLength));
  return { ok: true, canCopy: false, message: r.changed ? FILL_MESSAGES.inserted(r.fieldLabel) : FILL_MESSAGES.alreadyThere(r.fieldLabel) };
}

/** "Chèn vào ô đang chọn": after access is granted, injects and inserts into the focused (or last focused) field. */
export async function insertIntoFocusedField(target: FillTarget, text: string, mode: InsertMode, granted = true): Promise<FillOutcome> {
  let frames;
  try {
    frames = await injectAgent(target.tabId);
  } catch {
    return fail(granted ? FILL_MESSAGES.injectFailed : FILL_MESSAGES.denied(target.origin));
  }
  const choice = chooseInsertFrame(frames);
  if ('error' in choice) {
    if (choice.error === 'foreign-frame') return fail(FILL_MESSAGES.foreignFrame);
    if (choice.error === 'hidden-field') return fail(FILL_MESSAGES.hiddenField);
    return fail(choice.error === 'untrusted-frame' ? FILL_MESSAGES.untrustedFrame : INSERT_FAILURE_MESSAGES['no-field']());
  }
  return insertInFrame(target.tabId, choice.frameId, text, mode).catch(() => fail(FILL_MESSAGES.injectFailed));
}

export interface PageField extends ScannedField {
  frameId: number;
  /** Unique across frames: "<frameId>:<fieldId>". */
  uid: string;
}

/** "Điền cả trang", step 1: the fillable fields of every reachable frame, in frame then page order. */
export async function scanPage(
  target: FillTarget,
  granted = true,
): Promise<{ ok: true; fields: PageField[]; foreignFrames: number } | { ok: false; message: string }> {
  let frames;
  try {
    frames = await injectAgent(target.tabId);
  } catch {
    return { ok: false, message: granted ? FILL_MESSAGES.injectFailed : FILL_MESSAGES.denied(target.origin) };
  }
  const fields: PageField[] = [];
  for (const { frameId } of [...frames].sort((a, b) => a.frameId - b.frameId)) {
    const reply = ScanResponseSchema.safeParse(await send(target.tabId, frameId, { type: 'kd-fill:scan' }).catch(() => undefined));
    if (reply.success) for (const f of reply.data.fields) fields.push({ ...f, frameId, uid: `${frameId}:${f.fieldId}` });
  }
  // A frame of another origin counts as unreachable only when no agent answered from it (granted sites do).
  const foreignFrames = unreachableFrameCount(frames);
  return { ok: true, fields, foreignFrames };
}

/** "Điền cả trang", step 2: fills the confirmed pairs, frame by frame. Never submits. */
export async function fillPage(
  target: FillTarget,
  entries: { field: PageField; text: string; mode: InsertMode }[],
): Promise<FillResponse & { failedFrames: number }> {
  const byFrame = new Map<number, { fieldId: string; text: string; mode: InsertMode }[]>();
  for (const e of entries) byFrame.set(e.field.frameId, [...(byFrame.get(e.field.frameId) ?? []), { fieldId: e.field.fieldId, text: e.text, mode: e.mode }]);
  const total: FillResponse & { failedFrames: number } = { filled: [], skipped: [], failedFrames: 0 };
  for (const [frameId, list] of byFrame) {
    const reply = FillResponseSchema.safeParse(await send(target.tabId, frameId, { type: 'kd-fill:fill', entries: list }).catch(() => undefined));
    if (!reply.success) {
      total.failedFrames += 1;
      continue;
    }
    const uid = (id: string) => `${frameId}:${id}`;
    total.filled.push(...reply.data.filled.map((f) => ({ ...f, fieldId: uid(f.fieldId) })));
    total.skipped.push(...reply.data.skipped.map((f) => ({ ...f, fieldId: uid(f.fieldId) })));
  }
  return total;
}

/** Copies to the clipboard; works in the plain local web app too. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** The saved pairing for this page's site and path pattern, if any (invalid records are ignored). */
export async function loadSavedMapping(url: string): Promise<SavedFillMapping | undefined> {
  const u = new URL(url);
  const row = await useDatabase().settings.get(fillMappingKey(u.origin, u.pathname));
  if (!row) return undefined;
  const parsed = parseWith(SavedFillMappingSchema, row.value);
  return parsed.ok ? parsed.value : undefined;
}

export async function saveMapping(url: string, pairs: SavedFillMapping['pairs']): Promise<SavedFillMapping> {
  const u = new URL(url);
  const value = SavedFillMappingSchema.parse({ v: 1, origin: u.origin, pathPattern: pathPattern(u.pathname), savedAt: Date.now(), pairs });
  await useDatabase().settings.put({ key: fillMappingKey(u.origin, u.pathname), value });
  return value;
}
