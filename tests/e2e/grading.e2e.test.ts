import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { createDraft, waitSaved } from './support/app';
import { nav } from './support/nav';

/** Issue 5 UI end to end in real Chromium at 360 px: a 2025 draft's HTXSNV blocked, a question answered, allowed. */
describe('grade check in the side panel', () => {
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

  const proposal = () => page.getByTestId('grade-proposal').textContent();
  
  it('a 2025 draft with 92 points proposing HTXSNV: blocked until the questions are answered, then allowed', async () => {
    await createDraft(page, 'Kiểm điểm 2025 của tôi', { year: 2025, formLabel: /Mẫu 02B/ });
    await page.getByLabel(/^Nhóm tiêu chí chung/).fill('28');
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('64');
    await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ', { exact: true }).check();
    await waitSaved(page);

    await nav(page, 'Xếp loại');
    await page.getByRole('heading', { name: 'Kiểm tra mức xếp loại' }).waitFor();
    await expect.poll(() => page.getByTestId('grade-score').textContent()).toContain('Tổng điểm: 92/100');
    expect(await proposal()).toMatch(/^✗ Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)" chưa được phép/);
    // Facts missing: what is known, never a bold KHTNV.
    expect(await page.getByTestId('grade-highest').count()).toBe(0);
    expect(await page.getByTestId('grade-incomplete').textContent()).toMatch(
      /^Chưa đủ thông tin để kết luận — còn \d+ câu hỏi; nếu trả lời được, cao nhất có thể: Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)$/,
    );
    const prior = page.getByTestId('grade-condition').filter({ hasText: 'Đã khắc phục 100% hạn chế' });
    expect(await prior.getAttribute('data-status')).toBe('unknown');
    expect(await prior.textContent()).toMatch(/\? Chưa rõ:[\s\S]*QĐ 366 Điều 11 \(Hoàn thành xuất sắc nhiệm vụ\)[\s\S]*→ Nhập số hạn chế/);

    const tasks = page.locator('[data-question="tasks"]');
    await tasks.getByLabel('Tổng số nhiệm vụ, chỉ tiêu').fill('10');
    await tasks.getByLabel('Hoàn thành đúng hạn, bảo đảm chất lượng').fill('10');
    await tasks.getByLabel('Hoàn thành vượt mức yêu cầu').fill('3');
    await tasks.getByLabel('Chưa bảo đảm tiến độ (chậm)').fill('0');
    await tasks.getByLabel('Không hoàn thành').fill('0');
    await expect.poll(() => page.getByTestId('grade-known').textContent()).toBe('Với thông tin đã có, được phép tới: Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(await proposal()).toMatch(/chưa được phép/);

    const q = page.locator('[data-question="priorShortcomings"]');
    await q.getByLabel('Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)').fill('2');
    await q.getByLabel('Số đã khắc phục xong').fill('2');
    await expect.poll(proposal).toMatch(/^✓ Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)" được phép/);
    expect(await prior.getAttribute('data-status')).toBe('met');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Live: a lower score typed in the editor lowers the check; the answers are kept.
    await nav(page, 'Bản kiểm điểm');
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('55');
    await waitSaved(page);
    await nav(page, 'Xếp loại');
    await expect.poll(() => page.getByTestId('grade-score').textContent()).toContain('Tổng điểm: 83/100');
    expect(await proposal()).toMatch(/^✗ .*chưa được phép: có điều kiện chưa đạt/);
    expect(await q.getByLabel('Số đã khắc phục xong').inputValue()).toBe('2');
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
