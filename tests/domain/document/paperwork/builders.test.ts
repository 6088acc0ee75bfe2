import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPaperworkDocx, paperworkFileName, type PaperworkKind } from '../../../../domain/document/paperwork/index';
import { DossierRulebookError } from '../../../../domain/document/paperwork/dossier-index';
import { MARGIN, PAGE } from '../../../../domain/document/layout';
import { RosterSchema, type Roster } from '../../../../domain/schemas/roster';
import { documentXml, paragraphs } from '../../../helpers/docx-xml';

/** The four paperwork files built from one roster: their headings, member rows, facts as typed, dots for the rest. */
const FIXTURE = RosterSchema.parse(JSON.parse(readFileSync('tests/fixtures/rosters/chi-bo-2025-paperwork.json', 'utf8')));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Rows of every table, each a list of cell texts. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join('')),
  );
}

async function build(kind: PaperworkKind, roster: Roster = FIXTURE) {
  const xml = documentXml(await buildPaperworkDocx(kind, roster));
  return { xml, text: paragraphs(xml).map((p) => p.text), rows: tableRows(xml) };
}
const rowOf = (rows: string[][], name: string) => rows.find((r) => r.includes(name));
const without = (r: Roster, f: (p: NonNullable<Roster['paperwork']>) => void): Roster => {
  const copy = structuredClone(r);
  f(copy.paperwork!);
  return copy;
};

describe('paperwork files made from a roster', () => {
  it.each(['minutes', 'summary', 'not-graded', 'dossier'] as const)('%s: A4, party margins, the party header with the units', async (kind) => {
    const { xml, text } = await build(kind);
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(xml).toContain(`w:left="${MARGIN.left}"`);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('ĐẢNG BỘ SỞ TÀI CHÍNH');
    expect(text).toContain('CHI BỘ VĂN PHÒNG');
    expect(text.some((t) => t.startsWith('Ghi chú về bố cục:'))).toBe(true);
  });

  it.each([
    ['minutes', 'BIÊN BẢN', 'Hà Tĩnh, ngày 05 tháng 12 năm 2025'],
    ['summary', 'BÁO CÁO', 'Hà Tĩnh, ngày 10 tháng 12 năm 2025'],
    ['not-graded', 'DANH SÁCH', 'Hà Tĩnh, ngày 10 tháng 12 năm 2025'],
    ['dossier', 'DANH MỤC HỒ SƠ', 'Hà Tĩnh, ngày 10 tháng 12 năm 2025'],
  ] as const)('%s: title %s, dated %s (the meeting date for minutes, the signing date otherwise)', async (kind, title, date) => {
    const { text } = await build(kind);
    expect(text).toContain(title);
    expect(text).toContain(date);
  });

  it('minutes: time, place, attendance with the absent member and reason, chair and secretary as typed', async () => {
    const { text } = await build('minutes');
    expect(text).toContain('Thời gian: bắt đầu lúc 08 giờ 00, ngày 05 tháng 12 năm 2025.');
    expect(text).toContain('Địa điểm: Phòng họp tầng 2, Sở Tài chính');
    expect(text).toContain('Thành phần: tổng số đảng viên của chi bộ: 11 đồng chí; có mặt: 10 đồng chí; vắng mặt: 1 đồng chí.');
    expect(text).toContain('- Đồng chí Ngô Văn Minh vắng mặt, lý do: Đi công tác.');
    expect(text).toContain('Chủ trì: Nguyễn Văn An');
    expect(text).toContain('Thư ký: Trần Thị Bình');
    expect(text).toContain('Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.');
    expect(text).toContain('Hội nghị thống nhất đề nghị Đảng ủy Sở xếp loại các đồng chí theo bảng trên.');
  });

  it.each([
    ['Nguyễn Văn An', ['1', 'Nguyễn Văn An', 'Bí thư', 'HTXSNV', 'HTXSNV', '9', '1']],
    ['Trần Thị Bình', ['2', 'Trần Thị Bình', 'Phó Bí thư', 'HTXSNV', 'HTTNV', '10', '0']],
    ['Phạm Thị Dung', ['4', 'Phạm Thị Dung', 'Đảng viên', '…', 'HTTNV', '…', '…']],
    ['Đặng Văn Hùng', ['7', 'Đặng Văn Hùng', 'Đảng viên', 'Không xếp loại', 'Không xếp loại', '', '']],
    ['Ngô Văn Minh', ['11', 'Ngô Văn Minh', 'Đảng viên', '…', '…', '…', '…']],
  ])('minutes row of %s: own proposal, the chi bộ\'s, votes (dots where not typed)', async (name, row) => {
    expect(rowOf((await build('minutes')).rows, name)).toEqual(row);
  });

  it('minutes: the counts per grade and the quota are the roster check\'s', async () => {
    const { text } = await build('minutes');
    expect(text).toContain('- Hoàn thành xuất sắc nhiệm vụ: 1/6 (16,7%).');
    expect(text.find((t) => t.startsWith('- Nhóm «Toàn đơn vị»'))).toMatch(/vượt tỉ lệ\. Tối đa 0 .*Căn cứ: QĐ 366 Điều 11/);
  });

  it.each([
    ['chair', 'Chủ trì: ……'],
    ['location', 'Địa điểm: ……'],
    ['startTime', 'Thời gian: bắt đầu lúc … giờ …, ngày 05 tháng 12 năm 2025.'],
    ['present', 'Thành phần: tổng số đảng viên của chi bộ: 11 đồng chí; có mặt: … đồng chí; vắng mặt: … đồng chí.'],
  ] as const)('minutes: %s not typed → dots, never a guess', async (field, line) => {
    const { text } = await build('minutes', without(FIXTURE, (p) => delete p[field]));
    expect(text).toContain(line);
  });

  it('summary: counts and shares per grade, the not graded with reason and clause, the quota', async () => {
    const { text, rows } = await build('summary');
    expect(text).toContain('Tổng số đảng viên trong danh sách: 11; được đánh giá, xếp loại: 6; không xếp loại: 3; chưa có mức xếp loại: 2.');
    expect(rowOf(rows, 'Hoàn thành xuất sắc nhiệm vụ')).toEqual(['Hoàn thành xuất sắc nhiệm vụ', '1', '16,7']);
    expect(rowOf(rows, 'Hoàn thành tốt nhiệm vụ')).toEqual(['Hoàn thành tốt nhiệm vụ', '4', '66,7']);
    expect(rowOf(rows, 'Tổng số được xếp loại')).toEqual(['Tổng số được xếp loại', '6', '100']);
    expect(rowOf(rows, 'Đặng Văn Hùng')).toEqual(['1', 'Đặng Văn Hùng', 'Không phải kiểm điểm', 'Được miễn công tác và sinh hoạt đảng', 'QĐ 366 Điều 5 khoản 2 điểm 2.1']);
    expect(rowOf(rows, 'Đỗ Văn Khoa')?.slice(2)).toEqual(['Chưa có mức xếp loại', expect.stringMatching(/^Nghỉ thai sản 7 tháng \(/), 'HD 43 mục 7.5']);
    expect(text.find((t) => t.startsWith('- Nhóm «Toàn đơn vị»'))).toContain('vượt tỉ lệ');
    expect(text).toContain('Hoàn thành tốt nhiệm vụ.');
    expect(text).toContain('T/M CHI BỘ');
    expect(text).toContain('Nguyễn Văn An');
  });

  it.each([
    ['Đặng Văn Hùng', 'Không phải kiểm điểm'],
    ['Bùi Thị Hương', 'Không phải kiểm điểm'],
    ['Đỗ Văn Khoa', 'Chưa có mức xếp loại'],
    ['Hồ Thị Lan', 'Lý do chưa thuộc trường hợp quy định'],
    ['Ngô Văn Minh', 'Chưa có mức xếp loại'],
  ])('not-graded list: %s is listed as «%s»', async (name, kind) => {
    const { rows, text } = await build('not-graded');
    expect(rowOf(rows, name)?.[3]).toBe(kind);
    expect(text).toContain('Tổng số: 5 đồng chí (trên 11 đảng viên trong danh sách).');
  });

  it('not-graded list: graded members are not on it; an all-graded roster says so', async () => {
    const { rows } = await build('not-graded');
    expect(rowOf(rows, 'Lê Văn Cường')).toBeUndefined();
    const graded = { ...FIXTURE, members: FIXTURE.members.slice(0, 6) };
    expect((await build('not-graded', graded)).text).toContain('Tất cả 6 đảng viên trong danh sách đã được kiểm điểm và có mức xếp loại.');
  });

  it('dossier (Mẫu 04): the code label, the parts of QĐ 366 Điều 17, self-reviews counted from the roster', async () => {
    const { text, rows } = await build('dossier');
    expect(text[0]).toBe('Mẫu 04-HD KĐ.ĐG 2025');
    expect(rows.filter((r) => r.length === 4 && /^\d+$/.test(r[0]!)).map((r) => r[1])).toEqual([
      'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (Mẫu 01)',
      'Bản kiểm điểm, tự đánh giá, xếp loại của cá nhân (Mẫu 02A, 02B, 02C)',
      'Bản nhận xét của cấp ủy nơi cư trú đối với cá nhân',
      'Biên bản hội nghị kiểm điểm',
      'Văn bản thẩm định',
      'Kết luận, quyết định xếp loại của cấp có thẩm quyền',
      'Văn bản gợi ý kiểm điểm',
      'Ý kiến góp ý',
      'Đơn thư khiếu nại và văn bản giải quyết',
      'Tài liệu khác (báo cáo tổng hợp kết quả xếp loại, danh sách chưa kiểm điểm, không xếp loại…)',
    ]);
    expect(rowOf(rows, 'Bản kiểm điểm, tự đánh giá, xếp loại của cá nhân (Mẫu 02A, 02B, 02C)')?.slice(2)).toEqual(['9', '9 đảng viên phải kiểm điểm theo danh sách (2 người không phải kiểm điểm)']);
    expect(text.find((t) => t.startsWith('Ghi chú về bố cục:'))).toMatch(/Mẫu 04-HD KĐ\.ĐG 2025 \(HD 43 mục 4\.2: chỉ có tên mẫu\).*QĐ 366 Điều 17, bố cục dựng lại/);
  });

  it('dossier: refused before 2025 (no Mẫu 04 in QĐ 124 / HD 25)', async () => {
    await expect(buildPaperworkDocx('dossier', { ...FIXTURE, reviewYear: 2024 })).rejects.toBeInstanceOf(DossierRulebookError);
    expect((await build('summary', { ...FIXTURE, reviewYear: 2024 })).text.join(' ')).toContain('Quy định 124-QĐ/TW');
  });

  it.each([
    [2020, 'Quy định 132-QĐ/TW'],
    [2023, 'Quy định 124-QĐ/TW'],
  ])('a %i roster: the minutes, the summary and the list are made under its own rulebook (%s)', async (year, label) => {
    const roster = { ...FIXTURE, reviewYear: year };
    expect((await build('summary', roster)).text.join(' ')).toContain(label);
    expect((await build('minutes', roster)).text.join(' ')).not.toContain('QĐ 366');
    expect(rowOf((await build('not-graded', roster)).rows, 'Ngô Văn Minh')?.[3]).toBe('Chưa có mức xếp loại');
  });

  it.each([
    ['upperUnit', 'summary', 'ĐẢNG BỘ ……'],
    ['placeName', 'summary', '……, ngày 10 tháng 12 năm 2025'],
    ['signedDate', 'dossier', 'Hà Tĩnh, ngày … tháng … năm …'],
  ] as const)('%s not typed → the %s header shows «%s»', async (field, kind, line) => {
    expect((await build(kind, without(FIXTURE, (p) => delete p[field]))).text).toContain(line);
  });

  it('a roster saved before paperwork facts existed still makes every file, with dots for the facts', async () => {
    const old = RosterSchema.parse({ ...FIXTURE, paperwork: undefined });
    expect(old.paperwork).toBeUndefined();
    const { text } = await build('minutes', old);
    expect(text).toContain('Chủ trì: ……');
    expect(text).toContain('ĐẢNG BỘ ……');
  });

  it.each([
    ['minutes', 'Bien-ban-hop-kiem-diem-2025-Chi-bo-Van-phong.docx'],
    ['dossier', 'Danh-muc-ho-so-Mau-04-2025-Chi-bo-Van-phong.docx'],
  ] as const)('%s file name: %s', (kind, name) => {
    expect(paperworkFileName(kind, FIXTURE)).toBe(name);
  });
});
