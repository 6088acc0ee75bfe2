import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { nav } from './nav';

/** Opens the side panel page and its "Hướng dẫn" view. */
export async function openGuide(page: Page, url: string): Promise<void> {
  page.setDefaultTimeout(8000);
  await page.goto(url);
  await nav(page, 'Hướng dẫn');
  await page.getByRole('heading', { name: 'Hướng dẫn theo vai trò' }).waitFor();
}

/** The wizard's "next" button (its last step reads "Xem hướng dẫn"). */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Tiếp theo →|Xem hướng dẫn)$/ }).click();
}

/** Picks a radio or checkbox by its label and goes on. */
export async function choose(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

export async function progress(page: Page): Promise<string> {
  return (await page.getByTestId('wizard-progress').textContent()) ?? '';
}

/** Waits for the guide and returns the form code label shown ("Mẫu 02C-HD KĐ.ĐG 2025"). */
export async function formCodeShown(page: Page): Promise<string> {
  await page.getByTestId('guide-result').waitFor();
  return (await page.getByTestId('guide-form-code').textContent())?.trim() ?? '';
}

/** The checklist item holding `text` shows `clause` next to it. */
export async function expectChecklistItem(page: Page, text: string, clause: string): Promise<void> {
  const item = page.getByTestId('guide-checklist').getByTestId('checklist-item').filter({ hasText: text }).first();
  await item.waitFor();
  expect(await item.getByTestId('clause').textContent()).toBe(clause);
}

/** Individual, 2025, the occupation given, no posts, regular member, no special situation. */
export async function walkIndividual(page: Page, occupation: string, post?: { title: string; start: string }): Promise<void> {
  await choose(page, 'Cho bản thân (cá nhân)');
  await choose(page, 'Năm 2025');
  await choose(page, occupation);
  if (post) {
    await page.getByLabel('Có (nhập từng chức vụ)').check();
    await page.getByLabel('Chức vụ 1 (tên chức vụ, đơn vị)').fill(post.title);
    await page.getByLabel(/^Là người đứng đầu/).check();
    await next(page);
  } else {
    await choose(page, 'Không');
  }
  await choose(page, 'Đảng viên chính thức');
  await next(page); // no special situation
  if (post) {
    await page.getByLabel(`Đồng chí giữ chức vụ «${post.title}» từ ngày nào?`).fill(post.start);
    await next(page);
  }
}
