import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readZipEntry } from '../../helpers/unzip';

/** Helpers for the drafting e2e test: seed a profile, fill the facts editors, compose, flags, export. */

/** Stores a profile straight into the app's IndexedDB and makes it the active one (the page must have opened the database). */
export async function seedActiveProfile(page: Page, id: string, profile: unknown): Promise<void> {
  await page.evaluate(
    async ({ id, profile }) => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const r = indexedDB.open('kiem-diem');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['profiles', 'settings'], 'readwrite');
        tx.objectStore('profiles').put({ id, updatedAt: Date.now(), profile: { ...(profile as object), id } });
        tx.objectStore('settings').put({ key: 'active-profile', value: id });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { id, profile },
  );
}

export const unit = (page: Page, unitId: string): Locator => page.locator(`[data-unit-block="${unitId}"]`);
export const unitText = (page: Page, unitId: string): Locator => unit(page, unitId).locator('textarea');

export interface TaskInput {
  name: string;
  target?: string;
  result?: string;
  /** true: «Hoàn thành đúng hạn» (the result chosen in «Kết quả thực hiện»); or the option's label. */
  completed?: boolean;
  status?: 'Hoàn thành đúng hạn' | 'Hoàn thành nhưng chậm tiến độ' | 'Không hoàn thành';
  exceeded?: boolean;
  evidence?: string;
}

export async function addTask(page: Page, unitId: string, t: TaskInput): Promise<void> {
  const block = unit(page, unitId);
  await block.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const card = block.getByTestId('task').last();
  await card.getByLabel('Nhiệm vụ', { exact: true }).fill(t.name);
  if (t.target) await card.getByLabel('Chỉ tiêu, yêu cầu').fill(t.target);
  if (t.result) await card.getByLabel('Kết quả đạt được').fill(t.result);
  if (t.evidence) await card.getByLabel('Sản phẩm, minh chứng').fill(t.evidence);
  const status = t.status ?? (t.completed ? 'Hoàn thành đúng hạn' : undefined);
  if (status) await card.getByLabel('Kết quả thực hiện').selectOption({ label: status });
  if (t.exceeded) await card.getByLabel('Vượt mức').check();
}

export interface ShortcomingInput {
  text: string;
  cause: string;
  causeKind?: 'Chủ quan' | 'Khách quan';
  remedy?: string;
  deadline?: string;
}

export async function addShortcoming(page: Page, unitId: string, s: ShortcomingInput): Promise<void> {
  const block = unit(page, unitId);
  await block.getByRole('button', { name: 'Thêm hạn chế, khuyết điểm' }).click();
  const card = block.getByTestId('shortcoming').last();
  await card.getByLabel('Hạn chế, khuyết điểm (việc gì').fill(s.text);
  if (s.causeKind) await card.getByLabel('Loại nguyên nhân 1').selectOption({ label: s.causeKind });
  await card.getByLabel('Nội dung nguyên nhân 1').fill(s.cause);
  if (s.remedy) await card.getByLabel('Biện pháp khắc phục').fill(s.remedy);
  if (s.deadline) await card.getByLabel('Thời hạn khắc phục').fill(s.deadline);
}

/** Clicks "Soạn đoạn văn" of a unit; `choice` answers the dialog when the unit already holds the user's text. */
export async function compose(page: Page, unitId: string, choice?: 'Thay thế' | 'Thêm vào cuối' | 'Hủy'): Promise<void> {
  await unit(page, unitId).getByRole('button', { name: 'Soạn đoạn văn' }).click();
  if (!choice) return;
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // The dialog focuses its first button.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Thay thế');
  await dialog.getByRole('button', { name: choice, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

export const flagsOf = (page: Page, unitId: string): Locator => unit(page, unitId).getByTestId('flag');

/** Dismisses the first flag of a unit matching `text`, giving a reason. */
export async function dismissFlag(page: Page, unitId: string, text: RegExp, reason: string): Promise<void> {
  const flag = flagsOf(page, unitId).filter({ hasText: text }).first();
  await flag.getByRole('button', { name: 'Bỏ qua' }).click();
  await flag.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
  await expect(await flag.getByRole('alert').textContent()).toContain('Cần ghi lý do');
  await flag.getByLabel('Lý do bỏ qua').fill(reason);
  await flag.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
}

/** "Xuất Word" → the downloaded file's name and bytes. */
export async function exportWord(page: Page): Promise<{ name: string; bytes: Uint8Array; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: 'Xuất Word' }).click()]);
  const path = await download.path();
  const bytes = new Uint8Array(readFileSync(path));
  return { name: download.suggestedFilename(), bytes, xml: readZipEntry(bytes, 'word/document.xml') };
}

export const startsWithPK = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The texts not found in word/document.xml (so a failure names them instead of dumping the XML). */
export const missingIn = (xml: string, texts: string[]): string[] => texts.filter((t) => !xml.includes(t));
