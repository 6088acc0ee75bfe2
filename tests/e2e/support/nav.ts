import type { Page } from 'playwright-core';

/**
 * Goes to a screen through the app's menu: the row of buttons where it fits, or the compact menu («☰ …») that
 * the 360 px panel and the larger text sizes show, opened first.
 */
export async function nav(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Chức năng' });
  const item = menu.getByRole('button', { name, exact: true });
  if (!(await item.isVisible())) await menu.locator('.menu-toggle').click();
  await item.click();
}
