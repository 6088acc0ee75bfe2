import { browser } from 'wxt/browser';

/** Where the app runs: the extension's side panel, its full-tab page, or the plain local web app. */
export type AppMode = 'sidepanel' | 'tab';

/** True inside the extension (side panel, full tab); false in the plain local web app. */
export function isExtension(): boolean {
  try {
    return Boolean((browser as { runtime?: { id?: string } } | undefined)?.runtime?.id);
  } catch {
    return false;
  }
}

/** Opens the same app in a full browser tab (extension only). */
export async function openFullTab(): Promise<void> {
  if (!isExtension()) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/app.html') });
}
