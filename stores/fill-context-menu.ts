/**
 * The page context menu of the background worker: "Chèn từ bản kiểm điểm" on editable fields (the latest
 * draft's units) and "cho phép điền vào trang này" (a click grants activeTab). Only text crosses to the page.
 */
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { buildFillSources } from '@/domain/fill/sources';
import { ALLOW_FILL_COMMAND, FILL_MESSAGES } from '@/domain/fill/messages-vi';
import { getFormModel } from '@/domain/rulebooks';
import type { Draft } from '@/domain/schemas/draft';
import { useDatabase, type DraftSummaryRecord } from '@/stores/db';
import { injectAgent, insertInFrame } from '@/stores/page-fill';

const MENU_ROOT = 'kd-fill';
const MENU_PREFIX = 'kd-fill:';
/** On the page itself: a click grants activeTab, so the panel sees the page and can ask for the site. */
const MENU_ALLOW = 'kd-fill-allow';

/**
 * The most recently edited draft's summary (small: the worker wakes on every save in the panel, and must not
 * load a 20-page draft each time). The text itself is read fresh when a menu item is clicked.
 */
const latestSummary = (): Promise<DraftSummaryRecord | undefined> => useDatabase().draftSummaries.orderBy('updatedAt').last();
const latestDraft = async (): Promise<Draft | undefined> => {
  const summary = await latestSummary();
  return summary ? useDatabase().drafts.get(summary.id) : undefined;
};

/** Menu entries of a draft: the writable units of its form (not whole sections). */
function menuUnits(draft: DraftSummaryRecord | undefined) {
  const form = draft ? getFormModel(draft.rulebookId, draft.formCode) : undefined;
  if (!draft || !form) return [];
  return buildFillSources(form, {}).filter((s) => !s.id.startsWith('section:'));
}

let menuKey = '';
let menuWork: Promise<void> = Promise.resolve();

/** Rebuilds "Chèn từ bản kiểm điểm" (editable fields only) when the latest draft becomes another one. */
function refreshMenu(draft: DraftSummaryRecord | undefined, force = false): Promise<void> {
  const units = menuUnits(draft);
  const key = draft ? `${draft.id}|${draft.title}|${draft.rulebookId}|${draft.formCode}` : '-';
  if (!force && key === menuKey) return menuWork;
  menuKey = key;
  menuWork = menuWork.then(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ALLOW, title: 'Kiểm điểm: cho phép điền vào trang này', contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_ROOT, title: 'Chèn từ bản kiểm điểm', contexts: ['editable'] });
    if (units.length === 0) {
      browser.contextMenus.create({ id: `${MENU_PREFIX}-`, parentId: MENU_ROOT, title: 'Chưa có bản kiểm điểm nào', enabled: false, contexts: ['editable'] });
    }
    for (const u of units) {
      browser.contextMenus.create({ id: MENU_PREFIX + u.id, parentId: MENU_ROOT, title: u.display, contexts: ['editable'] });
    }
  }).catch(() => undefined);
  return menuWork;
}

async function warn(tabId: number, message: string): Promise<void> {
  // The service worker has no window: the toolbar badge and its tooltip carry the message.
  await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: message }).catch(() => undefined);
}

/** activeTab was just granted for this tab: say so on the toolbar button (the panel sees the page from now on). */
export async function markAllowed(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: ALLOWED_TITLE }).catch(() => undefined);
}
export const ALLOWED_TITLE = 'Kiểm điểm: đã cho phép điền vào trang này (đến khi rời trang)';

/** Registers the context menus and their click handler (called once from the background entry point). */
export function setUpFillContextMenu(): void {
  const rebuild = (force = false) => void latestSummary().then((d) => refreshMenu(d, force), () => undefined);
  browser.runtime.onInstalled.addListener(() => rebuild(true));
  browser.runtime.onStartup.addListener(() => rebuild(true));
  // The worker sleeps between events; switching tabs wakes it, which keeps the menu current in practice.
  browser.tabs.onActivated.addListener(() => rebuild());
  liveQuery(latestSummary).subscribe({ next: (d) => void refreshMenu(d), error: () => undefined });

  // The keyboard shortcut grants activeTab as a menu click does (for pages that block the context menu).
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command === ALLOW_FILL_COMMAND && tab?.id !== undefined) void markAllowed(tab.id);
  });

  // A context-menu click grants activeTab for that tab: inject into the clicked frame and insert there.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (id === MENU_ALLOW && tab?.id !== undefined) {
      void markAllowed(tab.id);
      return;
    }
    if (!id.startsWith(MENU_PREFIX) || tab?.id === undefined) return;
    const tabId = tab.id;
    const frameId = info.frameId ?? 0;
    void (async () => {
      const draft = await latestDraft();
      const text = draft?.sections[id.slice(MENU_PREFIX.length)]?.text ?? '';
      if (text.trim() === '') {
        await warn(tabId, `Mục này còn trống trong bản kiểm điểm «${draft?.title || 'chưa đặt tên'}»: hãy viết nội dung trước khi chèn.`);
        return;
      }
      try {
        await injectAgent(tabId, [frameId]);
      } catch {
        await warn(tabId, frameId === 0 ? FILL_MESSAGES.injectFailed : FILL_MESSAGES.foreignFrame);
        return;
      }
      const outcome = await insertInFrame(tabId, frameId, text, 'insert');
      if (outcome.ok) await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      else await warn(tabId, outcome.message);
    })();
  });
}
