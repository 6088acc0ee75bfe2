import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpFillContextMenu } from '@/stores/fill-context-menu';

export default defineBackground(() => {
  // Toolbar button opens the side panel (needs no default_popup on the action).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  setUpFillContextMenu();
});
