import { createApp } from 'vue';
import { createPinia } from 'pinia';
import AppShell from './AppShell.vue';
import type { AppMode } from '@/stores/platform';
import { applyTextSize } from '@/stores/text-size';
import '@/components/app/base.css';

/** Shared by the side panel and the full-tab page (and the plain local web app, which serves app.html). */
export function mountApp(selector: string, mode: AppMode): void {
  applyTextSize(); // the device's text size before the first paint
  const app = createApp(AppShell, { mode });
  app.use(createPinia());
  app.mount(selector);
}
