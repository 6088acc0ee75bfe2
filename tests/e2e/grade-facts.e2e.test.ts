import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { createDraft, waitEditor, waitSaved } from './support/app';
import { addTask } from './support/drafting';
import { nav } from './support/nav';

/**
 * "One person-year", facts entered once (real Chromium, 360 px): a draft with 3 tasks (2 on time, 1 late) → the grade
 * check shows the counts from the draft and does not ask them; "0" prior shortcomings keeps the result; every answer
 * is in the draft after a reload; «Sửa trong bản kiểm điểm» opens the editor at the task list.
 */
describe('grade check facts come from the draft and its answers stay in it', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
    await page.goto(s.url('sidepanel.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

    const question = (id: string) => page.locator(`[data-question="${id}"]`);
  /** The draft's stored answers, read from the app's IndexedDB. */
  const storedAnswers = () =>
    page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const r = indexedDB.open('kiem-diem');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const drafts: { title: string; assessment: { checkAnswers?: { raw: Record<string, string> } } }[] = await new Promise((ok, fail) => {
        const r = db.transaction('drafts').objectStore('drafts').getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      db.close();
      return drafts.find((d) => d.title === 'Một năm, một chỗ')?.assessment.checkAnswers?.raw ?? null;
    });
  const openCheck = async () => {
    await nav(page, 'Xếp loại');
    await page.getByRole('heading', { name: 'Kiểm tra mức xếp loại' }).waitFor();
    await page.getByTestId('grade-result').waitFor();
  };

  it('3 tasks in the draft (2 on time, 1 late): not asked again; "0" keeps the result; a reload keeps every answer', async () => {
    await createDraft(page, 'Một năm, một chỗ', { year: 2025, formLabel: /Mẫu 02B/ });
    await addTask(page, 'A.I.2', { name: 'Thẩm định hồ sơ', status: 'Hoàn thành đúng hạn' });
    await addTask(page, 'A.I.2', { name: 'Báo cáo quý', status: 'Hoàn thành đúng hạn' });
    await addTask(page, 'A.I.2', { name: 'Số hóa hồ sơ', status: 'Hoàn thành nhưng chậm tiến độ' });
    await page.getByLabel(/^Nhóm tiêu chí chung/).fill('28');
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('64');
    await waitSaved(page);

    await openCheck();
    const tasks = question('tasks');
    await expect.poll(() => tasks.textContent()).toContain('Hoàn thành đúng hạn, bảo đảm chất lượng: 2 (lấy từ bản kiểm điểm)');
    expect(await tasks.textContent()).toContain('Chưa bảo đảm tiến độ (chậm): 1 (lấy từ bản kiểm điểm)');
    expect(await tasks.locator('input, select').count()).toBe(0);
    // The draft's counts are the ones checked: 1 late of 3 is above the 20% HTNV allows.
    const late = page.getByTestId('grade-condition').filter({ hasText: 'số nhiệm vụ chưa bảo đảm tiến độ không vượt quá' }).first();
    expect(await late.getAttribute('data-status')).toBe('unmet');

    await question('priorShortcomings').getByLabel('Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').fill('0');
    const prior = page.getByTestId('grade-condition').filter({ hasText: 'Đã khắc phục 100% hạn chế' });
    await expect.poll(() => prior.getAttribute('data-status')).toBe('met');
    expect(await page.getByTestId('grade-result').isVisible()).toBe(true);
    await question('discipline').getByLabel(/^Hình thức kỷ luật/).selectOption({ label: 'Không bị kỷ luật' });
    await question('forbiddenActs').getByLabel('Không', { exact: true }).check();
    await expect.poll(storedAnswers).toEqual({ 'priorShortcomings.total': '0', 'discipline.form': 'none', forbiddenActs: 'false' });
    expect(await page.locator('[role="alert"]').filter({ hasText: /facts\.|thiếu giá trị bắt buộc/ }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.reload();
    await openCheck();
    expect(await question('priorShortcomings').getByLabel('Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').inputValue()).toBe('0');
    expect(await question('discipline').getByLabel(/^Hình thức kỷ luật/).inputValue()).toBe('none');
    expect(await question('forbiddenActs').getByLabel('Không', { exact: true }).isChecked()).toBe(true);
    expect(await prior.getAttribute('data-status')).toBe('met');
    expect(await question('tasks').locator('input, select').count()).toBe(0);

    // The way to change a fact the draft holds: the editor, at the task list.
    await question('tasks').getByRole('button', { name: 'Sửa trong bản kiểm điểm (mục A.I.2)' }).click();
    await waitEditor(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('unit-A.I.2');
    expect(await page.locator('[data-unit-block="A.I.2"]').getByTestId('task').count()).toBe(3);
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
