import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentXml, paragraphs } from '../helpers/docx-xml';
import { foreignRequests, launchWithExtension, seriousA11yViolations, type ExtensionSession } from './support/browser';
import { nav } from './support/nav';

/** Issue 17 item 3 end to end at 360 px: paste a roster, type some facts, make the minutes and the summary as Word files. */
const TSV = [
  'STT\tHọ và tên\tChức vụ\tNgười đứng đầu\tMức xếp loại đề xuất\tLý do không xếp loại',
  '1\tNguyễn Văn An\tBí thư\tx\tHTTNV\t',
  '2\tTrần Thị Bình\tPhó Bí thư\t\tHTXSNV\t',
  '3\tLê Văn Cường\tĐảng viên\t\tHTTNV\t',
  '4\tPhạm Thị Dung\tĐảng viên\t\tHTTNV\t',
  '5\tHoàng Văn Em\tĐảng viên\t\tHTTNV\t',
  '6\tVũ Thị Giang\tĐảng viên\t\tHTTNV\t',
  '7\tĐặng Văn Hùng\tĐảng viên\t\t\tĐược miễn công tác và sinh hoạt đảng',
].join('\n');

describe('unit paperwork from the roster screen', () => {
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

  const openRoster = async () => {
    await nav(page, 'Đơn vị');
    await page.getByRole('heading', { name: 'Kiểm tra xếp loại của đơn vị' }).waitFor();
  };
  const docText = async (path: string) => paragraphs(documentXml(new Uint8Array(readFileSync(path)))).map((p) => p.text);

  it('the minutes: missing facts listed and asked before the file; typed facts in it, dots for the rest', async () => {
    await openRoster();
    await page.getByLabel('Tên đơn vị').fill('Chi bộ Văn phòng');
    await page.getByLabel('Năm kiểm điểm').fill('2025');
    await page.getByLabel('Năm kiểm điểm').press('Tab');
    await page.getByLabel('Dán từ bảng tính').fill(TSV);
    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    await expect.poll(() => page.getByTestId('roster-member').count()).toBe(7);

    const paperwork = page.getByTestId('roster-paperwork');
    await paperwork.getByLabel('Đảng bộ cấp trên').fill('Đảng bộ Sở Tài chính');
    await paperwork.getByLabel('Địa danh ghi ở dòng ngày tháng').fill('Hà Tĩnh');
    await paperwork.getByLabel('Ngày họp').fill('05/12/2025');
    await paperwork.getByLabel('Ngày họp').press('Tab');
    await paperwork.getByLabel('Giờ bắt đầu').fill('8h00');
    await paperwork.getByLabel('Giờ bắt đầu').press('Tab');
    await paperwork.getByLabel('Người chủ trì').fill('Nguyễn Văn An');
    await paperwork.getByRole('button', { name: 'Nhập mức tự xếp loại và biểu quyết (6 người)' }).click();
    await paperwork.getByLabel('Tự xếp loại: Trần Thị Bình').selectOption('HTTNV');
    await paperwork.getByLabel('Số tán thành: Trần Thị Bình').fill('6');
    await paperwork.getByLabel('Số tán thành: Trần Thị Bình').press('Tab');
    await expect.poll(() => page.getByTestId('paperwork-missing').textContent()).toMatch(/Còn thiếu 7 dữ kiện/);
    expect(await page.getByTestId('paperwork-missing').textContent()).toContain('Thư ký hội nghị');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await paperwork.getByRole('button', { name: 'Tạo tệp Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Còn thiếu 7 dữ kiện' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toContain('Giờ kết thúc');
    expect(downloads).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), dialog.getByRole('button', { name: 'Vẫn tạo tệp' }).click()]);
    expect(download.suggestedFilename()).toBe('Bien-ban-hop-kiem-diem-2025-Chi-bo-Van-phong.docx');
    const text = await docText(await download.path());
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('ĐẢNG BỘ SỞ TÀI CHÍNH');
    expect(text).toContain('Hà Tĩnh, ngày 05 tháng 12 năm 2025');
    expect(text).toContain('Thời gian: bắt đầu lúc 08 giờ 00, ngày 05 tháng 12 năm 2025.');
    expect(text).toContain('Chủ trì: Nguyễn Văn An');
    expect(text).toContain('Thư ký: ……');
    expect(text).toContain('Địa điểm: ……');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Đặng Văn Hùng');
    // Trần Thị Bình's row: own proposal and votes as typed, the unit's proposal from the roster, dots for the rest.
    const row = text.indexOf('Trần Thị Bình');
    expect(text.slice(row, row + 6)).toEqual(['Trần Thị Bình', 'Phó Bí thư', 'HTTNV', 'HTXSNV', '6', '…']);
    expect(await page.getByTestId('paperwork-status').textContent()).toBe('Đã tạo tệp Bien-ban-hop-kiem-diem-2025-Chi-bo-Van-phong.docx.');
  });

  it('the summary report: counts, the member not graded with the clause; the typed facts are kept after a reload', async () => {
    await expect.poll(() => page.getByTestId('roster-save-status').textContent()).toBe('Đã lưu');
    await page.reload();
    await openRoster();
    const paperwork = page.getByTestId('roster-paperwork');
    await expect.poll(() => paperwork.getByLabel('Người chủ trì').inputValue()).toBe('Nguyễn Văn An');
    expect(await paperwork.getByLabel('Giờ bắt đầu').inputValue()).toBe('08:00');

    await paperwork.getByLabel('Giấy tờ cần tạo').selectOption({ label: 'Báo cáo tổng hợp kết quả xếp loại' });
    await paperwork.getByLabel('Ngày ký').fill('10/12/2025');
    await paperwork.getByLabel('Ngày ký').press('Tab');
    await expect.poll(() => page.getByTestId('paperwork-missing').textContent()).toMatch(/Đã đủ dữ kiện/);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), paperwork.getByRole('button', { name: 'Tạo tệp Word' }).click()]);
    expect(download.suggestedFilename()).toBe('Bao-cao-tong-hop-xep-loai-2025-Chi-bo-Van-phong.docx');
    const text = await docText(await download.path());
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng số đảng viên trong danh sách: 7; được đánh giá, xếp loại: 6; không xếp loại: 1; chưa có mức xếp loại: 0.');
    expect(text).toContain('Hà Tĩnh, ngày 10 tháng 12 năm 2025');
    expect(text.join('\n')).toMatch(/Đặng Văn Hùng\s*Không phải kiểm điểm/);
    expect(text).toContain('QĐ 366 Điều 5 khoản 2 điểm 2.1');
  });

  it('made no network request outside the extension', () => {
    expect(foreignRequests(s.requests)).toEqual([]);
  });
});
