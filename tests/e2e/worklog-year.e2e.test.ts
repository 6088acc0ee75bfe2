import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { flatten, pdfPages, toPdf, workDir } from '../helpers/libreoffice';
import { foreignRequests, launchWithExtension, type ExtensionSession } from './support/browser';
import { createDraft, waitSaved } from './support/app';
import { nav } from './support/nav';

/**
 * Issue 16 end to end (real Chromium, side panel 360 px): a trưởng phòng logs 12 tasks of 2026 across the four
 * quarters (one late, one not completed) — ten from a pasted table, two typed —, evaluates quarters I–III, then
 * opens the 2026 annual draft (Mẫu 02A): the task counts and the quarter grades are there, the tasks are taken from
 * the log, the grade check asks no task question, and the Word file carries the Phụ lục (opened in LibreOffice).
 */
const Y = 2026;
const TABLE = [
  'STT\tNhiệm vụ\tNgười giao\tHạn\tNgày hoàn thành\tTrạng thái',
  `1\tKế hoạch công tác năm\tGiám đốc Sở\t31/01/${Y}\t20/01/${Y}\tĐúng hạn`,
  `2\tBáo cáo tổng kết năm trước\tGiám đốc Sở\t15/02/${Y}\t10/02/${Y}\tĐúng hạn`,
  `3\tThẩm định dự án trường học\tGiám đốc Sở\t31/03/${Y}\t25/03/${Y}\tĐúng hạn`,
  `4\tSơ kết quý I\tGiám đốc Sở\t15/04/${Y}\t14/04/${Y}\tĐúng hạn`,
  `5\tRà soát thủ tục hành chính\tGiám đốc Sở\t31/05/${Y}\t10/06/${Y}\tChậm`,
  `6\tBáo cáo sơ kết 6 tháng\tGiám đốc Sở\t30/06/${Y}\t28/06/${Y}\tĐúng hạn`,
  `7\tKiểm tra chuyên đề đất đai\tGiám đốc Sở\t31/07/${Y}\t30/07/${Y}\tĐúng hạn`,
  `8\tĐề án số hóa hồ sơ\tGiám đốc Sở\t30/09/${Y}\t\tChưa hoàn thành`,
  `9\tThẩm định dự án cầu\tGiám đốc Sở\t15/09/${Y}\t12/09/${Y}\tĐúng hạn`,
  `10\tSơ kết 9 tháng\tGiám đốc Sở\t15/10/${Y}\t14/10/${Y}\tĐúng hạn`,
].join('\n');
const TYPED = ['Chuẩn bị hội nghị tổng kết', 'Báo cáo kiểm điểm tập thể lãnh đạo'];

describe('a trưởng phòng: the year from the work log into the annual review (side panel, 360 px)', () => {
  let s: ExtensionSession;
  let page: Page;
  const { dir, cleanup } = workDir('kd-worklog-year-');
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(s.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
    cleanup();
  });

  const tab = async (name: string) => {
    await page.getByRole('tab', { name }).click();
    await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
  };
  const pdfText = async (download: Download, name: string) => {
    const docx = join(dir, name);
    copyFileSync(await download.path(), docx);
    return flatten((await pdfPages(await toPdf(docx, dir, dir))).join('\n'));
  };

  it('logs 12 tasks of 2026: ten pasted, two typed; the year counts them', async () => {
    await nav(page, 'Sổ công việc');
    await page.getByLabel('Năm', { exact: true }).selectOption(String(Y));
    await page.getByTestId('worklog-counts').waitFor();
    await page.getByText('Dán bảng từ Excel/Google Sheets').click();
    await page.getByLabel('Bảng nhiệm vụ (kể cả dòng tiêu đề)').fill(TABLE);
    await page.getByRole('button', { name: 'Đọc bảng' }).click();
    await expect.poll(() => page.getByTestId('worklog-paste-preview').locator('p').textContent()).toBe('10 mục đọc được.');
    await page.getByRole('button', { name: 'Thêm 10 mục' }).click();
    const quick = page.getByLabel('Thêm nhiệm vụ, sản phẩm');
    for (const t of TYPED) {
      await quick.fill(t);
      await quick.press('Enter');
      await expect.poll(() => page.getByTestId('worklog-announce').textContent()).toBe(`Đã lưu: ${t}`);
    }
    await expect.poll(() => page.getByTestId('worklog-counts').textContent()).toBe(
      `Năm ${Y}: 12 mục: 10 đúng hạn, 1 chậm, 1 chưa hoàn thành.`,
    );
  });

  it('evaluates quarters I–III: counts from the log, points, a grade, saved', async () => {
    await tab('Đánh giá quý');
    const quarters: [string, string, string, string, RegExp][] = [
      ['Quý I', '27', '60', 'HTTNV', /^Trong kỳ thực hiện 3 nhiệm vụ, sản phẩm: 3 hoàn thành đúng hạn/],
      ['Quý II', '26', '55', 'HTTNV', /^Trong kỳ thực hiện 3 nhiệm vụ, sản phẩm: 2 hoàn thành đúng hạn, 1 hoàn thành chậm/],
      ['Quý III', '24', '40', 'KHTNV', /^Trong kỳ thực hiện 3 nhiệm vụ, sản phẩm: 2 hoàn thành đúng hạn, 0 hoàn thành chậm, 1 chưa hoàn thành/],
    ];
    for (const [label, general, results, grade, counts] of quarters) {
      await page.getByLabel(label, { exact: true }).check();
      await expect.poll(() => page.getByTestId('quarter-counts').textContent()).toMatch(counts);
      await page.getByLabel('Nhóm tiêu chí chung (tối đa 30 điểm)').fill(general);
      await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill(results);
      await page.getByLabel('Tự đề xuất xếp loại').selectOption(grade);
      await page.getByRole('button', { name: 'Lưu đánh giá quý' }).click();
      await expect.poll(() => page.getByTestId('quarter-save-status').textContent()).toBe(`Đã lưu đánh giá ${label} năm ${Y}.`);
    }
    await expect.poll(() => page.getByTestId('quarter-saved').count()).toBe(3);
  });

  it('the annual 2A draft: the log counts and quarter grades shown, the tasks taken, no task question in the check', async () => {
    await nav(page, 'Bản kiểm điểm');
    await createDraft(page, 'Kiểm điểm năm 2026', { year: Y, formLabel: /Mẫu 02A/ });
    const card = page.getByTestId('draft-worklog');
    await expect.poll(() => card.getByTestId('draft-worklog-counts').textContent()).toMatch(
      /^\s*12 nhiệm vụ: 10 đúng hạn, 1 chậm, 1 chưa hoàn thành,\s+0 vượt mức\./,
    );
    const quarters = flatten((await card.getByTestId('draft-worklog-quarters').textContent()) ?? '');
    expect(quarters).toContain(
      'Quý I: Hoàn thành tốt nhiệm vụ (tự đề xuất) · Quý II: Hoàn thành tốt nhiệm vụ (tự đề xuất) · Quý III: Không hoàn thành nhiệm vụ (tự đề xuất) · Quý IV: gộp vào đánh giá năm',
    );
    expect(quarters).toMatch(/Không đạt \(HTXSNV\): Không có quý nào xếp loại «Không hoàn thành nhiệm vụ» \(quý 3 xếp loại KHTNV\)/);
    await card.getByRole('button', { name: 'Lấy nhiệm vụ từ sổ công việc' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe(
      'Đã lấy 12 nhiệm vụ từ sổ công việc: 12 mới, 0 cập nhật; giữ nguyên 0 nhiệm vụ gõ trong bản kiểm điểm.',
    );
    await expect.poll(() => page.getByTestId('task').count()).toBe(12);
    await waitSaved(page);

    await page.getByRole('button', { name: 'Kiểm tra mức xếp loại' }).click();
    const tasks = page.locator('[data-question="tasks"]');
    await expect.poll(() => tasks.textContent()).toContain('Hoàn thành đúng hạn, bảo đảm chất lượng: 10 (lấy từ bản kiểm điểm)');
    expect(await tasks.textContent()).toContain('Chưa bảo đảm tiến độ (chậm): 1 (lấy từ bản kiểm điểm)');
    expect(await tasks.locator('input, select').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('«Xuất Word» carries the Phụ lục after the form; the Phụ lục on its own too (both opened in LibreOffice)', async () => {
    const exportButton = page.getByRole('button', { name: 'Xuất Word' });
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await exportButton.click();
    // Dates or a proposal the check does not allow are asked about first: go on with the file.
    const goOn = page.getByRole('button', { name: 'Vẫn xuất tệp Word' });
    void (async () => {
      for (let i = 0; i < 2; i++) {
        await goOn.waitFor({ timeout: 20_000 });
        await goOn.click();
      }
    })().catch(() => undefined);
    const withDraft = await pdfText(await downloading, 'ban-kiem-diem.docx');
    expect(withDraft).toContain('PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(withDraft).toContain('Rà soát thủ tục hành chính');
    expect(withDraft.indexOf('PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ')).toBeGreaterThan(withDraft.indexOf('BẢN KIỂM ĐIỂM'));
    expect(await page.getByTestId('export-status').textContent()).toMatch(/kèm Phụ lục \(12 nhiệm vụ từ sổ công việc\)\.$/);

    const [alone] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('draft-worklog').getByRole('button', { name: 'Xuất Phụ lục (Word)' }).click(),
    ]);
    expect(alone.suggestedFilename()).toBe(`phu-luc-ket-qua-nhiem-vu-${Y}.docx`);
    const appendix = await pdfText(alone, 'phu-luc.docx');
    expect(appendix).toContain('PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(appendix).toContain(`Năm ${Y}`);
    expect(appendix).toContain('Đề án số hóa hồ sơ');
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
