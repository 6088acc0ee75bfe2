import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, foreignRequests, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { choose, expectChecklistItem, formCodeShown, next, openGuide, progress, walkIndividual } from './support/guide';
import { nav } from './support/nav';

/** The role guide in real Chromium with the built extension: one fresh browser profile per test. */
let s: ExtensionSession;
let tmp: string;
beforeEach(async () => {
  s = await launchWithExtension();
  tmp = mkdtempSync(join(tmpdir(), 'kd-guide-'));
});
afterEach(async () => {
  expect(foreignRequests(s.requests)).toEqual([]);
  await s?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const NON_LEADER = 'QĐ 366 Điều 6 (cá nhân không giữ chức vụ lãnh đạo, quản lý)';

describe('role guide wizard → checklist (2025)', () => {
  it.each([
    ['retiree', 'Hưu trí', undefined, 'Mẫu 02C-HD KĐ.ĐG 2025', 'Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.', 'HD 43 Mẫu 2C mục A.I (đảng viên không làm việc trong hệ thống chính trị)'],
    ['civil servant', 'Công chức', undefined, 'Mẫu 02B-HD KĐ.ĐG 2025', 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.', NON_LEADER],
    ['department head', 'Công chức', { title: 'Trưởng phòng Tổ chức', start: '2021-03-01' }, 'Mẫu 02A-HD KĐ.ĐG 2025', 'Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành', 'QĐ 366 Điều 6 (cá nhân giữ chức vụ lãnh đạo, quản lý)'],
  ])('%s: form, checklist item with its clause, answers kept across a reload', async (_who, occupation, post, code, item, clause) => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    expect(await progress(page)).toBe('Câu 1');
    await walkIndividual(page, occupation, post);
    expect(await formCodeShown(page)).toBe(code);
    await expectChecklistItem(page, item, clause);
    expect(await page.getByTestId('guide-must-review').textContent()).toContain('Có');

    await page.reload();
    await nav(page, 'Hướng dẫn');
    expect(await formCodeShown(page)).toBe(code);
    await page.getByRole('button', { name: 'Sửa câu trả lời' }).click();
    expect(await progress(page)).toBe('Câu 1');
    expect(await page.getByLabel('Cho bản thân (cá nhân)', { exact: true }).isChecked()).toBe(true);
    await next(page);
    expect(await page.getByLabel('Năm 2025', { exact: true }).isChecked()).toBe(true);
    await next(page);
    expect(await page.getByLabel(occupation, { exact: true }).isChecked()).toBe(true);
    if (post) {
      await next(page);
      expect(await page.getByLabel('Chức vụ 1 (tên chức vụ, đơn vị)').inputValue()).toBe(post.title);
    }
    await page.close();
  });

  it('chi bộ: collective questions, form 01, checklist, a «Viết mục này» link; the year picker changes the form year', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await choose(page, 'Cho một tập thể (chi bộ, cấp ủy, tập thể lãnh đạo)');
    await choose(page, 'Năm 2025');
    await choose(page, 'Chi bộ trực thuộc');
    expect(await progress(page)).toBe('Câu 4');
    await page.getByLabel('Tập thể có bao nhiêu thành viên?').fill('12');
    await next(page);
    await next(page); // formed date: optional, skipped
    await choose(page, 'Có chi ủy');
    expect(await formCodeShown(page)).toBe('Mẫu 01-HD KĐ.ĐG 2025');
    await expectChecklistItem(page, 'Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ', 'QĐ 366 Điều 6 (cấp ủy, tập thể lãnh đạo, quản lý)');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Viết mục này (mục A.I.1)' }).first().click();
    await page.getByRole('heading', { name: 'Bản kiểm điểm của tôi' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('kd:focus-unit'))).toBe('A.I.1');
    await nav(page, 'Hướng dẫn');
    await page.getByLabel('Năm kiểm điểm').selectOption('2023');
    await expect.poll(() => page.getByTestId('guide-form-code').textContent()).toMatch(/2023/);
    await page.reload();
    await nav(page, 'Hướng dẫn');
    await expect.poll(() => page.getByTestId('guide-form-code').textContent()).toMatch(/2023/);
    await page.close();
  });

  it('several profiles side by side: mine and my chi bộ, switched in one tap without the wizard, kept across a reload', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await walkIndividual(page, 'Công chức');
    expect(await formCodeShown(page)).toBe('Mẫu 02B-HD KĐ.ĐG 2025');
    const switcher = page.getByTestId('profile-switcher');
    await switcher.getByRole('button', { name: /^\+ Thêm hồ sơ/ }).click();
    expect(await progress(page)).toBe('Câu 1');
    await choose(page, 'Cho một tập thể (chi bộ, cấp ủy, tập thể lãnh đạo)');
    await choose(page, 'Năm 2025');
    await choose(page, 'Chi bộ trực thuộc');
    await page.getByLabel('Tập thể có bao nhiêu thành viên?').fill('14');
    await next(page);
    await next(page);
    await choose(page, 'Có chi ủy');
    expect(await formCodeShown(page)).toBe('Mẫu 01-HD KĐ.ĐG 2025');

    const mine = switcher.getByRole('button', { name: /Cá nhân/ });
    const cell = switcher.getByRole('button', { name: /Chi bộ trực thuộc/ });
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
    await mine.click();
    await expect.poll(() => page.getByTestId('guide-form-code').textContent()).toContain('Mẫu 02B-HD KĐ.ĐG 2025');
    expect(await page.getByTestId('wizard-progress').count()).toBe(0);
    expect(await mine.getAttribute('aria-pressed')).toBe('true');
    await cell.click();
    await expect.poll(() => page.getByTestId('guide-form-code').textContent()).toContain('Mẫu 01-HD KĐ.ĐG 2025');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.reload();
    await nav(page, 'Hướng dẫn');
    expect(await formCodeShown(page)).toBe('Mẫu 01-HD KĐ.ĐG 2025');
    expect(await page.getByTestId('profile-switcher').getByRole('button', { pressed: false }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('an unanswered required question blocks the step', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await next(page);
    expect(await page.getByRole('alert').textContent()).toContain('Hãy trả lời câu này');
    expect(await progress(page)).toBe('Câu 1');
    await page.close();
  });
});

describe('local overlay file', () => {
  const overlay = {
    v: 1,
    id: 'dang-uy-phuong-thu-2025',
    name: 'Hướng dẫn kiểm điểm năm 2025 của Đảng ủy phường Thử',
    issuer: 'Ban Thường vụ Đảng ủy phường Thử',
    appliesTo: { rulebookIds: ['qd366-2025'], reviewYears: [2025] },
    rule: { id: 'dang-uy-phuong-thu-2025', clause: 'Hướng dẫn 01-HD/ĐU', source: 'tệp thử', certainty: 'secondary' },
    contents: [{ id: 'nd-1', text: 'Liên hệ việc thực hiện chuyển đổi số ở chi bộ.', audience: ['everyone'], rule: { id: 'x.nd-1', clause: 'Hướng dẫn 01-HD/ĐU mục 2', source: 'tệp thử', certainty: 'secondary' } }],
    deadlines: [{ id: 'han-1', date: '2025-12-05', what: 'Các chi bộ hoàn thành kiểm điểm', who: 'Các chi bộ', rule: { id: 'x.han-1', clause: 'Hướng dẫn 01-HD/ĐU mục 3', source: 'tệp thử', certainty: 'secondary' } }],
  };

  it('a broken file is refused naming the field; a good one is imported and its deadline shows in the guide', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await walkIndividual(page, 'Hưu trí');
    expect(await formCodeShown(page)).toBe('Mẫu 02C-HD KĐ.ĐG 2025');
    await page.getByRole('button', { name: 'Hướng dẫn của địa phương / đơn vị' }).click();

    const bad = join(tmp, 'hong.json');
    writeFileSync(bad, JSON.stringify({ ...overlay, name: '' }));
    await page.getByLabel(/^Nhập tệp hướng dẫn/).setInputFiles(bad);
    await expect.poll(() => page.getByTestId('overlay-import-errors').textContent()).toContain('Trường «name»');
    expect(await page.getByTestId('overlay-stored').count()).toBe(0);

    const good = join(tmp, 'ban-huong-dan.json');
    writeFileSync(good, JSON.stringify(overlay));
    await page.getByLabel(/^Nhập tệp hướng dẫn/).setInputFiles(good);
    await page.getByTestId('overlay-stored').waitFor();
    await page.getByRole('button', { name: `Dùng hướng dẫn ${overlay.name}` }).click();

    const deadlines = page.getByTestId('guide-deadlines');
    await deadlines.waitFor();
    expect(await deadlines.textContent()).toContain('05/12/2025');
    expect(await deadlines.textContent()).toContain('Các chi bộ hoàn thành kiểm điểm');
    await expectChecklistItem(page, 'Liên hệ việc thực hiện chuyển đổi số ở chi bộ.', 'Hướng dẫn 01-HD/ĐU mục 2');
    await page.reload();
    await nav(page, 'Hướng dẫn');
    await page.getByTestId('guide-deadlines').waitFor();
    expect(await page.getByLabel('Hướng dẫn của địa phương / đơn vị áp dụng thêm').inputValue()).toBe(overlay.id);
    await page.close();
  });

  it('a unit head writes an overlay, saves it, exports ban-huong-dan-<slug>.json; its deadline reaches the guide', async () => {
    const page = await s.context.newPage();
    await openGuide(page, s.url('sidepanel.html'));
    await walkIndividual(page, 'Công chức');
    await page.getByRole('button', { name: 'Hướng dẫn của địa phương / đơn vị' }).click();
    await page.getByRole('button', { name: 'Soạn hướng dẫn mới' }).click();
    await page.getByLabel('Tên hướng dẫn').fill('Hướng dẫn Đảng ủy Sở Thử');
    await page.getByLabel('Cơ quan ban hành').fill('Ban Thường vụ Đảng ủy Sở Thử');
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByLabel('Nội dung thêm 1').fill('Liên hệ việc sắp xếp tổ chức bộ máy.');
    await page.getByLabel('Thời hạn 1: ngày').fill('10/12/2025'); // day first: 10 December
    await page.getByLabel('Việc phải xong').fill('Nộp hồ sơ kiểm điểm');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu «Hướng dẫn Đảng ủy Sở Thử».').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('ban-huong-dan-huong-dan-dang-uy-so-thu.json');
    await page.getByRole('button', { name: 'Dùng hướng dẫn Hướng dẫn Đảng ủy Sở Thử' }).click();
    const deadlines = page.getByTestId('guide-deadlines');
    await deadlines.waitFor();
    expect(await deadlines.textContent()).toContain('10/12/2025');
    expect(await deadlines.textContent()).toContain('Ban Thường vụ Đảng ủy Sở Thử');
    await page.close();
  });
});
