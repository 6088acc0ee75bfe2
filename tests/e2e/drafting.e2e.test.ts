import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, EXTENSION_DIR, foreignRequests, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { openDraftFromList, waitEditor, waitSaved } from './support/app';
import { missingIn, addShortcoming, addTask, compose, dismissFlag, exportWord, flagsOf, seedActiveProfile, startsWithPK, unit, unitText } from './support/drafting';
import { serveStatic } from '../../scripts/serve.mjs';
import { ProfileSchema } from '../../domain/schemas/profile';

/** Issue 6 + 7 end to end in real Chromium: facts → compose → flags → history → Word, per role and year. */
const profile = (name: string) => ProfileSchema.parse(JSON.parse(readFileSync(`tests/fixtures/profiles/${name}.json`, 'utf8')));

async function createFromProfile(page: Page, url: string, profileName: string, choice: RegExp): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
  await seedActiveProfile(page, profileName, profile(profileName));
  await page.getByRole('button', { name: 'Tạo bản kiểm điểm mới' }).click();
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await expect.poll(() => page.getByTestId('form-choice').textContent()).toMatch(choice);
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await waitEditor(page);
}

describe('drafting in the extension (side panel, 360 px)', () => {
  let s: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await s.context.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(s.url('sidepanel.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it("a retiree's 02C for 2025: facts, compose, flag dismissed with a reason, reload, restore, Word", async () => {
    await createFromProfile(page, s.url('sidepanel.html'), 'retiree-2025', /Mẫu 02C dành cho đảng viên không làm việc trong hệ thống chính trị[\s\S]*HD 43 mục 2\.1/);
    expect(await page.getByRole('heading', { name: 'A. NỘI DUNG KIỂM ĐIỂM' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI' }).count()).toBe(1);

    // Results without figures: flagged under the unit, with the clause.
    await unitText(page, 'A.I.2').fill('Tham gia đầy đủ sinh hoạt chi bộ và các phong trào ở khu dân cư.');
    await expect.poll(() => flagsOf(page, 'A.I.2').allTextContents()).toEqual([expect.stringMatching(/chưa có số liệu hay sản phẩm cụ thể[\s\S]*HD 43 mục 7\.12/)]);
    expect(await page.getByTestId('flag-count').textContent()).toMatch(/^\d+ điểm cần xem lại$/);

    // Facts → "Soạn đoạn văn" asks before replacing the user's words; "Thay thế" keeps them as a version.
    await addTask(page, 'A.I.2', { name: 'Tuyên truyền ở khu dân cư', target: '12 buổi', result: '14 buổi', completed: true, exceeded: true });
    await compose(page, 'A.I.2', 'Thay thế');
    await expect.poll(() => unitText(page, 'A.I.2').inputValue()).toMatch(/^Hoàn thành 1\/1 nhiệm vụ được giao \(100%\), trong đó 1 nhiệm vụ vượt mức/);
    await expect.poll(() => flagsOf(page, 'A.I.2').count()).toBe(0);

    // Dismiss a flag with a (required) reason; it is kept and listed.
    await dismissFlag(page, 'A.I.1', /còn trống/, 'Sẽ viết sau buổi sinh hoạt chi bộ');
    await expect.poll(() => page.getByTestId('dismissed-flag').allTextContents()).toEqual([expect.stringContaining('Lý do: Sẽ viết sau buổi sinh hoạt chi bộ')]);
    await waitSaved(page);

    await page.reload();
    await openDraftFromList(page, 'Nguyễn Văn Hưu');
    await expect.poll(() => page.getByTestId('dismissed-flag').count()).toBe(1);
    await unitText(page, 'A.I.1').fill('Giữ vững phẩm chất chính trị; tham gia 12/12 buổi sinh hoạt chi bộ.');
    await waitSaved(page);

    // History: restore the version kept before the composition.
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
    const before = page.getByTestId('version').filter({ hasText: 'Trước khi thay bằng đoạn văn soạn tự động' });
    await before.getByRole('button', { name: /^Khôi phục/ }).click();
    await expect.poll(() => unitText(page, 'A.I.2').inputValue()).toBe('Tham gia đầy đủ sinh hoạt chi bộ và các phong trào ở khu dân cư.');
    await expect.poll(() => page.getByTestId('version').filter({ hasText: 'Người dùng lưu phiên bản' }).count()).toBe(1);

    const doc = await exportWord(page);
    expect(doc.name).toBe('Ban-kiem-diem-2025-Nguyen-Van-Huu.docx');
    expect(startsWithPK(doc.bytes)).toBe(true);
    expect(missingIn(doc.xml, ['Tham gia đầy đủ sinh hoạt chi bộ và các phong trào ở khu dân cư.'])).toEqual([]);
    expect(missingIn(doc.xml, ['Mẫu 02C-HD KĐ.ĐG 2025'])).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '← Danh sách' }).click();
  });

  it("a civil servant's 02B for 2025: shortcomings with cause, remedy and deadline compose A.II, A.VI; scores and grade", async () => {
    await createFromProfile(page, s.url('sidepanel.html'), 'civil-servant-2025', /Mẫu 02B dành cho cá nhân không giữ chức vụ lãnh đạo, quản lý/);
    await addShortcoming(page, 'A.II.1', { text: 'Chậm nộp 2 báo cáo tháng', cause: 'Do khối lượng công việc nhiều', causeKind: 'Khách quan' });
    await compose(page, 'A.II.1');
    await expect.poll(() => unitText(page, 'A.II.1').inputValue()).toBe('1. Chậm nộp 2 báo cáo tháng.');
    await expect.poll(() => flagsOf(page, 'A.II.2').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('chỉ nêu nguyên nhân khách quan')]),
    );
    const card = unit(page, 'A.II.1').getByTestId('shortcoming');
    await card.getByLabel('Biện pháp khắc phục').fill('Lập lịch nộp báo cáo');
    // Typed day first, as written in Vietnamese, whatever the browser's language; a day that does not exist is explained.
    const deadline = card.getByLabel('Thời hạn khắc phục');
    await deadline.fill('5/3/2026');
    await deadline.blur();
    expect(await deadline.inputValue()).toBe('05/03/2026');
    await compose(page, 'A.VI');
    await expect.poll(() => unitText(page, 'A.VI').inputValue()).toBe(
      '1. Lập lịch nộp báo cáo (khắc phục hạn chế: Chậm nộp 2 báo cáo tháng); thời hạn hoàn thành: ngày 05 tháng 3 năm 2026.',
    );
    await deadline.fill('31/02/2026');
    await deadline.blur();
    expect(await card.getByRole('alert').textContent()).toBe('Không có ngày 31/02/2026.');
    expect(await deadline.inputValue()).toBe('31/02/2026');
    expect(await seriousA11yViolations(page)).toEqual([]); // the message is tied to the field (aria-describedby)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await deadline.fill('05/03/2026');
    await deadline.blur();
    expect(await card.getByRole('alert').count()).toBe(0);
    // Composing again over the composed text does not ask.
    await compose(page, 'A.VI');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByLabel(/^Nhóm tiêu chí chung/).fill('27');
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('75');
    expect(await page.getByRole('alert').filter({ hasText: 'Tối đa 70 điểm.' }).count()).toBe(1);
    await page.getByLabel(/^Nhóm tiêu chí về kết quả/).fill('62,5');
    await expect.poll(async () => (await page.getByTestId('score-total').textContent())?.trim()).toBe('Tổng điểm: 89,5/100');
    await page.getByLabel('Hoàn thành tốt nhiệm vụ').check();
    // The grade check beside the proposed grade reads the scores just typed (89,5 → the HTTNV band).
    await page.getByRole('button', { name: 'Kiểm tra mức xếp loại' }).click();
    // No task counts yet: the headline says what is known (never a bold KHTNV while answers are missing).
    await expect.poll(async () => page.getByTestId('grade-incomplete').textContent(), { timeout: 10000 }).toMatch(
      /^Chưa đủ thông tin để kết luận — còn \d+ câu hỏi; nếu trả lời được, cao nhất có thể: Hoàn thành tốt nhiệm vụ \(HTTNV\)$/,
    );
    expect(await page.getByText(/89,5/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Ẩn kiểm tra mức xếp loại' }).click();
    const doc = await exportWord(page);
    expect(doc.name).toMatch(/^Ban-kiem-diem-2025-.+\.docx$/);
    expect(startsWithPK(doc.bytes)).toBe(true);
    expect(missingIn(doc.xml, ['Lập lịch nộp báo cáo'])).toEqual([]);
    await page.getByRole('button', { name: '← Danh sách' }).click();
  });

  it("a department head's 02A for 2025 shows the leader items; Escape closes the compose dialog", async () => {
    await createFromProfile(page, s.url('sidepanel.html'), 'department-head-2025', /Mẫu 02A dành cho cá nhân giữ chức vụ lãnh đạo, quản lý/);
    expect(await unitText(page, 'A.I.3').count()).toBe(1);
    await unitText(page, 'A.I.2').fill('Tự viết: chỉ đạo phòng hoàn thành kế hoạch.');
    await addTask(page, 'A.I.2', { name: 'Thẩm định hồ sơ cán bộ', target: '40 hồ sơ', result: '40 hồ sơ', completed: true, evidence: 'Báo cáo 12/BC-TCCB' });
    await unit(page, 'A.I.2').getByRole('button', { name: 'Soạn đoạn văn' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await unitText(page, 'A.I.2').inputValue()).toBe('Tự viết: chỉ đạo phòng hoàn thành kế hoạch.');
    await compose(page, 'A.I.2', 'Thêm vào cuối');
    await expect.poll(() => unitText(page, 'A.I.2').inputValue()).toMatch(/^Tự viết: chỉ đạo phòng hoàn thành kế hoạch\.\n\nHoàn thành 1\/1 nhiệm vụ/);
    const doc = await exportWord(page);
    expect(doc.name).toBe('Ban-kiem-diem-2025-Do-Van-Truong.docx');
    expect(missingIn(doc.xml, ['Báo cáo 12/BC-TCCB'])).toEqual([]);
    expect(missingIn(doc.xml, ['Trưởng phòng Tổ chức cán bộ'])).toEqual([]);
  });

  it('«N điểm cần xem lại» lists each point with a link that puts the cursor in its unit; the card names the person and the form', async () => {
    await createFromProfile(page, s.url('sidepanel.html'), 'civil-servant-2025', /Mẫu 02B dành cho cá nhân không giữ chức vụ lãnh đạo, quản lý/);
    await unitText(page, 'A.VI').fill('Tiếp tục phát huy những ưu điểm, khắc phục những hạn chế đã nêu.');
    await expect.poll(() => flagsOf(page, 'A.VI').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('câu sáo rỗng')]));
    const list = page.getByTestId('review-list');
    await expect.poll(() => list.getByRole('link').count()).toBeGreaterThan(1);
    // Each link names its place; one link per point.
    expect(await list.getByRole('link').count()).toBe(await list.locator('li').count());
    for (const unitId of ['A.I.1', 'A.VI']) {
      await list.getByRole('link', { name: `Đến mục ${unitId}` }).first().click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`unit-${unitId}`);
      const inView = await page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight + 1;
      }, `unit-${unitId}`);
      expect(inView).toBe(true);
    }
    await waitSaved(page);
    await page.getByRole('button', { name: '← Danh sách' }).click();
    await expect.poll(() => page.getByTestId('draft-card-title').allTextContents()).toEqual(expect.arrayContaining(['Phạm Thị Công — Mẫu 02B năm 2025']));
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});

describe('drafting in the plain local web app', () => {
  it('a 2023 02A without a profile: levels, carry-over into 2024 from last year, Word', async () => {
    const { server, url } = await serveStatic(EXTENSION_DIR, 0);
    const s = await launchWithExtension();
    try {
      const page = await s.context.newPage();
      page.setDefaultTimeout(8000);
      await page.goto(`${url}/app.html`);
      await page.getByRole('button', { name: 'Tạo bản kiểm điểm mới' }).click();
      await page.getByLabel('Tên gợi nhớ').fill('Kiểm điểm 2023 của tôi');
      await page.getByLabel('Năm kiểm điểm').fill('2023');
      const option = page.locator('#new-form option', { hasText: /Mẫu 02A/ }).first();
      await page.getByLabel('Mẫu').selectOption((await option.getAttribute('value')) ?? '');
      await page.getByRole('button', { name: 'Tạo', exact: true }).click();
      await waitEditor(page);

      await page.getByLabel('Họ và tên').fill('Trần Thị Lan');
      await unitText(page, 'I.1').fill('Chấp hành nghiêm chủ trương của Đảng; tham gia 12/12 buổi sinh hoạt.');
      await unit(page, 'I.1').getByLabel('Tốt', { exact: true }).check();
      await addShortcoming(page, 'II.1', { text: 'Chưa chủ động đề xuất cải tiến quy trình', cause: 'Chưa dành thời gian nghiên cứu', remedy: 'Đề xuất 1 sáng kiến', deadline: '2024-06-30' });
      await compose(page, 'II.1');
      await compose(page, 'II.2');
      await expect.poll(() => unitText(page, 'II.2').inputValue()).toBe('- Nguyên nhân chủ quan: Chưa dành thời gian nghiên cứu.');
      await page.getByLabel('Hoàn thành tốt nhiệm vụ').check();
      await waitSaved(page);
      const doc = await exportWord(page);
      expect(doc.name).toBe('Ban-kiem-diem-2023-Tran-Thi-Lan.docx');
      expect(startsWithPK(doc.bytes)).toBe(true);
      expect(missingIn(doc.xml, ['tham gia 12/12 buổi sinh hoạt'])).toEqual([]);

      // Next year from this one: last year's shortcoming is in section III to report on.
      await page.getByRole('button', { name: '← Danh sách' }).click();
      await page.getByRole('button', { name: 'Tạo bản năm 2024 từ bản này' }).click();
      await waitEditor(page);
      const carried = unit(page, 'III').getByTestId('carry-over');
      await expect.poll(() => carried.getByLabel('Hạn chế, khuyết điểm').inputValue()).toBe('Chưa chủ động đề xuất cải tiến quy trình');
      await carried.getByLabel('Kết quả khắc phục').selectOption({ label: 'Đã khắc phục' });
      await compose(page, 'III');
      await expect.poll(() => unitText(page, 'III').inputValue()).toBe('1. Chưa chủ động đề xuất cải tiến quy trình: đã khắc phục.');
      await waitSaved(page);
      await page.getByRole('button', { name: '← Danh sách' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Năm 2024' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Năm 2023' }).count()).toBe(1);

      // Delete asks in the app (focus on "Hủy"), then removes the draft.
      await page.getByRole('listitem').filter({ hasText: 'Năm 2024' }).or(page.locator('[aria-labelledby="year-2024"] li')).first().getByRole('button', { name: 'Xóa' }).click();
      await page.getByRole('dialog').waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hủy');
      await page.getByRole('dialog').getByRole('button', { name: 'Xóa hẳn' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Năm 2024' }).count()).toBe(0);
      expect(foreignRequests(s.requests, [url])).toEqual([]);
    } finally {
      await s.close();
      server.close();
    }
  });
});
