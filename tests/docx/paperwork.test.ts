// @vitest-environment node
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPaperworkDocx, PAPERWORK_KINDS, type PaperworkKind } from '../../domain/document/paperwork/index';
import { RosterSchema } from '../../domain/schemas/roster';
import { INSTALL, pageOnePng, pdfPages, toPdf, toolMissing, workDir } from '../helpers/libreoffice';

/**
 * The unit's paperwork opened by real LibreOffice: each file converts to PDF, pdftotext finds its headings and
 * the member rows, page 1 is rendered to test-output/docx/paperwork-<kind>.png.
 */
const ROSTER = RosterSchema.parse(JSON.parse(readFileSync('tests/fixtures/rosters/chi-bo-2025-paperwork.json', 'utf8')));
const { dir: WORK, cleanup } = workDir('kiem-diem-paperwork-');
afterAll(cleanup);

/** Whitespace collapsed, so a heading wrapped over two lines still matches. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The PDF's lines holding the name, whitespace collapsed (a table row; wrapped cells continue on other lines). */
const linesOf = (text: string, name: string) => text.split('\n').map(flat).filter((l) => l.includes(name));

const EXPECT: Record<PaperworkKind, { headings: string[]; rows: [string, RegExp][] }> = {
  minutes: {
    headings: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ VĂN PHÒNG', 'BIÊN BẢN', 'Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025', 'NỘI DUNG', '3. Kết luận của hội nghị', 'THƯ KÝ', 'CHỦ TRÌ'],
    rows: [
      ['Nguyễn Văn An', /^1 Nguyễn Văn An Bí thư HTXSNV HTXSNV 9 1$/],
      ['Trần Thị Bình', /^2 Trần Thị Bình Phó Bí thư HTXSNV HTTNV 10 0$/],
      ['Vũ Thị Giang', /^6 Vũ Thị Giang Đảng viên … HTNV … …$/],
    ],
  },
  summary: {
    headings: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm 2025', '2. Kết quả xếp loại', '3. Đảng viên chưa kiểm điểm, không xếp loại', 'QĐ 366 Điều 5', 'HD 43 mục 7.5', 'T/M CHI BỘ'],
    rows: [
      ['Hoàn thành tốt nhiệm vụ', /^Hoàn thành tốt nhiệm vụ 4 66,7$/],
      ['Đặng Văn Hùng', /^1 Đặng Văn Hùng\b/],
      ['Ngô Văn Minh', /^5 Ngô Văn Minh\b/],
    ],
  },
  'not-graded': {
    headings: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'Đảng viên chưa kiểm điểm, không xếp loại chất lượng năm 2025', 'Tổng số: 5 đồng chí'],
    rows: [
      ['Ngô Văn Minh', /^5 Ngô Văn Minh Đảng viên/],
      ['Hồ Thị Lan', /Hồ Thị Lan Đảng viên .*Đi học dài hạn/],
    ],
  },
  dossier: {
    headings: ['Mẫu 04-HD KĐ.ĐG 2025', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH MỤC HỒ SƠ', 'Kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân năm 2025', 'bố cục dựng lại'],
    rows: [
      ['Biên bản hội nghị kiểm điểm', /^4 Biên bản hội nghị kiểm điểm 01$/],
      ['Văn bản thẩm định', /^5 Văn bản thẩm định … Nếu có$/],
    ],
  },
};

describe.concurrent('paperwork files opened by real LibreOffice', () => {
  it.each(PAPERWORK_KINDS)(
    '%s: headings and member rows in the PDF, page 1 rendered',
    async (kind) => {
      if (toolMissing) throw new Error(`${toolMissing} not found. ${INSTALL}`);
      const dir = join(WORK, kind);
      mkdirSync(dir, { recursive: true });
      const docx = join(dir, `paperwork-${kind}.docx`);
      writeFileSync(docx, await buildPaperworkDocx(kind, ROSTER));
      const pdf = await toPdf(docx, dir, WORK);
      const pages = await pdfPages(pdf);
      const text = pages.join('\n');
      for (const h of EXPECT[kind].headings) expect(flat(text), h).toContain(h);
      for (const [name, row] of EXPECT[kind].rows) expect(linesOf(text, name).filter((l) => row.test(l)), `${name}: ${linesOf(text, name).join(' | ')}`).toHaveLength(1);
      // The party header and the title are on page 1.
      expect(flat(pages[0] ?? '')).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(existsSync(await pageOnePng(pdf, `paperwork-${kind}`))).toBe(true);
    },
    240_000,
  );
});
