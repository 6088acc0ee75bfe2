import { ref, type Ref } from 'vue';
import { browser } from 'wxt/browser';
import { findTarget, hasSiteAccess, requestSiteAccess, type TargetResult } from '@/stores/page-fill';
import { isExtension } from '@/stores/platform';

/**
 * The page the panel fills and whether its site is already allowed, kept current as the user switches tabs,
 * so a click can ask for access at once (inside the user gesture) without awaiting anything first.
 * Shared by every fill button of the panel.
 */
const target: Ref<TargetResult | undefined> = ref();
const access = ref<boolean>();
let started = false;
let seq = 0;

async function refresh(): Promise<void> {
  const mine = ++seq;
  const t = await findTarget();
  const allowed = t.ok ? await hasSiteAccess(t.target.origin) : undefined;
  if (mine !== seq) return;
  target.value = t;
  access.value = allowed;
}

function start(): void {
  if (started || !isExtension()) return;
  started = true;
  const again = () => void refresh();
  browser.tabs.onActivated.addListener(again);
  browser.tabs.onUpdated.addListener((_id, change) => {
    if (change.url || change.status === 'complete') again();
  });
  browser.windows?.onFocusChanged.addListener(again);
  browser.permissions.onAdded?.addListener(again);
  browser.permissions.onRemoved?.addListener(again);
  // Pointer coming back to the panel: the user may have just allowed the page from its context menu.
  globalThis.document?.documentElement.addEventListener('pointerenter', again);
  globalThis.addEventListener?.('focus', again);
  again();
}

/**
 * Resolves to true when the site may be filled. Call first thing in a click handler: when access is
 * missing, the browser's prompt is opened synchronously, within the gesture.
 */
function ensureAccess(origin: string): Promise<boolean> {
  if (access.value) return Promise.resolve(true);
  return requestSiteAccess(origin).then((ok) => {
    if (ok) access.value = true;
    return ok;
  });
}

export function useFillTarget() {
  start();
  return { target, access, refresh, ensureAccess };
}
