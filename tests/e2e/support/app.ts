import type { Page } from 'playwright-core';

/** Creates a draft from the list screen and leaves the editor open on it. */
export async function createDraft(page: Page, title: string, opts: { year?: number; formLabel?: RegExp } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Tạo bản kiểm điểm mới' }).click();
  await page.getByLabel('Tên gợi nhớ').fill(title);
  if (opts.year) await page.getByLabel('Năm kiểm điểm').fill(String(opts.year));
  if (opts.formLabel) {
    const option = page.locator('#new-form option', { hasText: opts.formLabel }).first();
    await page.getByLabel('Mẫu').selectOption(await option.getAttribute('value') ?? '');
  }
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await waitEditor(page);
}

/**
 * Waits until the editor shows the draft: the shell's "← Danh sách" appears before the editor's chunk has loaded
 * the draft, so its first unit is waited for too (a check right after "← Danh sách" alone raced it on CI).
 */
export async function waitEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Danh sách' }).waitFor();
  await page.locator('[data-unit-block]').first().waitFor();
}

/** Waits until the editor reports the draft saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

export async function openDraftFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await waitEditor(page);
}
