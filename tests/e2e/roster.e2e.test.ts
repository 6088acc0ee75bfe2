import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBackup, serializeBackup } from '../../domain/backup/build';
import { DraftSchema, type Draft } from '../../domain/schemas/draft';
import { foreignRequests, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { nav } from './support/nav';

/** Issue 5 roster UI end to end in real Chromium at 360 px: paste a TSV, summary and quota, reload, still there. */
const TSV = [
  'STT\tHọ và tên\tChức vụ\tNgười đứng đầu\tMức xếp loại đề xuất',
  '1\tNguyễn Văn An\tBí thư\tx\tHTXSNV',
  '2\tTrần Thị Bình\tPhó Bí thư\t\tHoàn thành xuất sắc nhiệm vụ',
  '3\tLê Văn Cường\tĐảng viên\t\tHTTNV',
  '4\tPhạm Thị Dung\tĐảng viên\t\thtt',
  '5\tHoàng Văn Em\tĐảng viên\t\tHTTNV',
  '6\tVũ Thị Giang\tĐảng viên\t\tHTNV',
].join('\n');

describe('roster check in the side panel', () => {
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

  const openRoster = async () => {
    await nav(page, 'Đơn vị');
    await page.getByRole('heading', { name: 'Kiểm tra xếp loại của đơn vị' }).waitFor();
  };
  const summary = () => page.getByTestId('roster-summary').locator('tbody tr').allInnerTexts();

  it('a 6-member paste: percentages per grade, the quota finding with its clause; kept after a reload', async () => {
    await openRoster();
    await page.getByLabel('Tên đơn vị').fill('Chi bộ Văn phòng');
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByLabel('Năm kiểm điểm').press('Tab');
    await page.getByLabel('Mức xếp loại (đề xuất) của tập thể').selectOption('HTTNV');
    await page.getByLabel('Dán từ bảng tính').fill(TSV);
    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    await expect.poll(() => page.getByTestId('roster-member').count()).toBe(6);

    expect((await summary()).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ (HTXSNV) 2 33,3%',
      'Hoàn thành tốt nhiệm vụ (HTTNV) 3 50%',
      'Hoàn thành nhiệm vụ (HTNV) 1 16,7%',
      'Không hoàn thành nhiệm vụ (KHTNV) 0 0%',
    ]);
    const quota = page.getByTestId('roster-finding').filter({ hasText: 'vượt tỉ lệ' });
    expect(await quota.textContent()).toMatch(/✗ Lỗi: Nhóm «Toàn đơn vị» vượt tỉ lệ: 2 "Hoàn thành xuất sắc nhiệm vụ"; tối đa 0[\s\S]*— đang áp dụng[\s\S]*QĐ 366 Điều 11 \(tỉ lệ Hoàn thành xuất sắc nhiệm vụ\)/);
    expect(await page.getByTestId('roster-finding').filter({ hasText: 'Người đứng đầu đề xuất mức cao hơn' }).textContent()).toMatch(/! Cảnh báo:[\s\S]*Nguyễn Văn An[\s\S]*QĐ 366 Điều 3/);
    expect(await page.getByTestId('quota-reading').textContent()).toContain('Đang áp dụng: chỉ đếm người "Hoàn thành tốt"');
    await expect.poll(() => page.getByTestId('roster-save-status').textContent()).toBe('Đã lưu');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Readable at 360 px: the members are a compact table, nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.reload();
    await openRoster();
    await expect.poll(() => page.getByTestId('roster-member').count()).toBe(6);
    expect(await page.getByLabel('Tên đơn vị').inputValue()).toBe('Chi bộ Văn phòng');
    expect((await summary())[0]?.replace(/\s+/g, ' ').trim()).toBe('Hoàn thành xuất sắc nhiệm vụ (HTXSNV) 2 33,3%');
  });

  /** One member's own backup file: their 2025 02B draft (92 points, proposing HTXSNV) and their grade-check answers. */
  function memberFile(dir: string, id: string, fullName: string, partyStatus: string, answers?: object): string {
    const fixture = DraftSchema.parse(JSON.parse(readFileSync('tests/fixtures/drafts/qd366-2025-02B.json', 'utf8')));
    const subject = { ...fixture.profile!.subject, fullName, partyStatus };
    const draft = { ...fixture, id, profile: { ...fixture.profile!, subject }, assessment: { ...fixture.assessment, proposedGrade: 'HTXSNV', scores: { common: 28, results: 64 } } } as Draft;
    const settings = answers ? [{ key: `grade-facts:${id}`, value: { v: 1, facts: answers } }] : [];
    const path = join(dir, `kiem-diem-${id}.json`);
    writeFileSync(path, serializeBackup(buildBackup({ profiles: [], drafts: [{ draft }], rosters: [], overlays: [], settings }, 1_760_000_000_000)));
    return path;
  }

  it("members' own backup files: their facts are checked one by one, an exempt member comes in excluded", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-roster-'));
    const complete = { tasks: { total: 10, onTime: 10, late: 0, exceeded: 4, notCompleted: 0 }, priorShortcomings: { total: 0, remedied: 0 }, degradationConcluded: false, forbiddenActs: false, exemplaryBreach: false };
    const files = [
      memberFile(dir, 'm1', 'Đỗ Văn Hải', 'chinh-thuc', { ...complete, discipline: { form: 'khien-trach' } }),
      memberFile(dir, 'm2', 'Ngô Thị Lan', 'chinh-thuc'),
      memberFile(dir, 'm3', 'Bùi Văn Minh', 'mien-sinh-hoat'),
      memberFile(dir, 'm4', 'Lý Thị Nga', 'chinh-thuc', { ...complete, discipline: { form: 'none' } }),
    ];
    await page.getByLabel(/^Tệp sao lưu của các thành viên/).setInputFiles(files);
    // The 6 members pasted above are replaced only when the user says so.
    await page.getByRole('dialog', { name: 'Thay danh sách hiện có?' }).getByRole('button', { name: 'Thay danh sách' }).click();
    await expect.poll(() => page.getByTestId('roster-member').count()).toBe(4);
    expect(await page.getByText(/^Đã nhập 4 thành viên/).textContent()).toBe(
      'Đã nhập 4 thành viên từ 4 tệp sao lưu; 3 người có dữ kiện để kiểm tra từng người; 1 người không xếp loại (kèm lý do).',
    );
    const finding = (text: string) => page.getByTestId('roster-finding').filter({ hasText: text }).textContent();
    expect(await finding('cao hơn mức mà dữ kiện cho phép')).toMatch(/✗ Lỗi:[\s\S]*Đỗ Văn Hải/);
    expect(await finding('chưa xác nhận được')).toMatch(/! Cảnh báo:[\s\S]*Ngô Thị Lan/);
    expect(await finding('chưa xác nhận được')).not.toMatch(/Lý Thị Nga|Đỗ Văn Hải/);
    expect(await page.getByLabel('Họ và tên (thành viên 3)').inputValue()).toBe('Bùi Văn Minh');
    await page.getByRole('button', { name: 'Chi tiết (thành viên 3)' }).click();
    expect(await page.getByLabel('Lý do không xếp loại (thành viên 3)').inputValue()).toMatch(/^QĐ 366 Điều 5 khoản 2 điểm 2\.1: Đảng viên được miễn công tác/);
  });

  /** Issue 17 item 4 / issue 20 item 5: a 5,000-member paste at 360 px, asked before replacing the list above. */
  it('5,000 members: «Thay danh sách» asks first; the table shows rows, the result is near the top, no horizontal scroll', async () => {
    const rows = ['STT\tHọ và tên\tChức vụ\tNgười đứng đầu\tMức xếp loại đề xuất'];
    for (let i = 0; i < 5000; i++) rows.push(`${i + 1}\tĐảng viên số ${i + 1}\tĐảng viên\t\t${i % 6 === 0 ? 'HTXSNV' : 'HTTNV'}`);
    const area = page.getByLabel('Dán từ bảng tính');
    // One value, as a paste gives it (fill() would type 5,000 lines through the editing pipeline).
    await area.evaluate((el, v) => {
      (el as HTMLTextAreaElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, rows.join('\n'));
    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thay danh sách hiện có?' });
    expect(await dialog.textContent()).toContain('4 thành viên đang có trong danh sách sẽ bị thay bằng 5.000 người vừa nhập');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await page.getByTestId('roster-member').count()).toBe(4);
    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    await dialog.getByRole('button', { name: 'Thay danh sách' }).click();

    await expect.poll(() => page.getByTestId('roster-summary').locator('tfoot tr').last().innerText()).toMatch(/Tổng số trong danh sách\s+5\.000/);
    const shown = await page.getByTestId('roster-member').count();
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    expect(await page.getByLabel('Họ và tên (thành viên 1)').inputValue()).toBe('Đảng viên số 1');
    expect(await page.getByRole('heading', { name: 'Thành viên (5.000)' }).count()).toBe(1);
    // The result used to sit ~6,000 px down under a card per member: now above the table, within the first screens.
    const resultTop = await page.getByTestId('roster-result').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const tableTop = await page.getByTestId('roster-members-scroller').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(resultTop).toBeLessThan(2500);
    expect(resultTop).toBeLessThan(tableTop);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Scrolling the table brings in later rows; typing there edits that member.
    await page.getByTestId('roster-members-scroller').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.getByLabel('Họ và tên (thành viên 5000)').fill('Đảng viên cuối');
    await expect.poll(() => page.getByTestId('roster-save-status').textContent()).toBe('Đã lưu');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
