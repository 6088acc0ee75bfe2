import { describe, expect, it } from 'vitest';
import { GRADES, GRADE_LABELS, type Grade } from '../../../domain/core/grade';
import { assertFormMatches, DocumentMismatchError } from '../../../domain/document/build-document';
import { buildDocx } from '../../../domain/document/pack';
import { MARGIN, PAGE } from '../../../domain/document/layout';
import { documentXml, findParagraph, paragraphs, runsOf, stylesXml } from '../../helpers/docx-xml';
import { FORM_03, FORM_2023, FORM_2025, sampleDraft } from './sample-forms';

const TEXT_A11 = 'Luôn giữ vững lập trường chính trị.\n\nHoàn thành 12/12 nhiệm vụ, 4 nhiệm vụ vượt mức.';

async function build2025(over: Record<string, unknown> = {}) {
  const draft = sampleDraft(FORM_2025, { sections: { 'A.I.1': { text: TEXT_A11 } }, ...over });
  const xml = documentXml(await buildDocx(draft, FORM_2025));
  return { xml, paras: paragraphs(xml) };
}

describe('buildDocx: page, fonts, sizes', () => {
  it('writes exact A4 and the party-document margins (20/20/30/15 mm)', async () => {
    const { xml } = await build2025();
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect(MARGIN).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('defaults to Times New Roman 14 pt, language vi-VN', async () => {
    const draft = sampleDraft(FORM_2025);
    const styles = stylesXml(await buildDocx(draft, FORM_2025));
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"\/>/);
    expect(styles).toContain('<w:sz w:val="28"/>');
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
  });

  it.each([
    ['ĐẢNG CỘNG SẢN VIỆT NAM', '30', true, false],
    ['CHI BỘ VĂN PHÒNG', '28', true, false],
    ['ĐẢNG BỘ PHƯỜNG THÀNH SEN', '28', false, false],
    ['Hà Tĩnh, ngày 05 tháng 12 năm 2025', '28', false, true],
    ['BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', '32', true, false],
    ['NGƯỜI TỰ KIỂM ĐIỂM', '28', true, false],
    ['Nguyễn Văn Ánh', '28', true, false],
  ])('"%s" is %s half-points, bold %s, italic %s', async (text, size, bold, italic) => {
    const { xml } = await build2025();
    // the last occurrence: the signer's name comes after the "Họ và tên" line
    const r = runsOf(xml, text).at(-1);
    expect(r).toBeDefined();
    expect(r).toContain(`<w:sz w:val="${size}"/>`);
    expect(r?.includes('<w:b/>')).toBe(bold);
    expect(r?.includes('<w:i/>')).toBe(italic);
  });

  it('justifies body text with a first-line indent, through the "Nội dung" style', async () => {
    const draft = sampleDraft(FORM_2025, { sections: { 'A.I.1': { text: TEXT_A11 } } });
    const bytes = await buildDocx(draft, FORM_2025);
    const paras = paragraphs(documentXml(bytes));
    const p = paras[findParagraph(paras, 'Luôn giữ vững')];
    expect(p?.xml).toContain('<w:pStyle w:val="NoiDung"/>');
    const style = stylesXml(bytes).match(/<w:style w:type="paragraph" w:styleId="NoiDung">[\s\S]*?<\/w:style>/)?.[0];
    expect(style).toContain('<w:name w:val="Nội dung"/>');
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toMatch(/<w:ind w:firstLine="567"\/>/);
  });
});

describe('buildDocx: content', () => {
  it('prints header, parts, sections and items in the form order', async () => {
    const { paras } = await build2025();
    const order = [
      'Mẫu 02B-HD KĐ.ĐG 2025',
      'ĐẢNG BỘ PHƯỜNG THÀNH SEN',
      'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
      'Năm 2025',
      '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
      'Họ và tên: Nguyễn Văn Ánh',
      'Ngày sinh: 09/03/1985',
      'A. NỘI DUNG KIỂM ĐIỂM',
      'I. Ưu điểm, kết quả đạt được',
      '1. Về phẩm chất chính trị',
      '2. Việc thực hiện nhiệm vụ',
      'II. Hạn chế, khuyết điểm và nguyên nhân',
      'IV. Giải trình những vấn đề',
      'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      'I. Đánh giá theo các nhóm tiêu chí',
      'II. Đề xuất xếp loại mức chất lượng',
      '(Gửi kèm Phụ lục',
      'NGƯỜI TỰ KIỂM ĐIỂM',
      '- Nhận xét, đánh giá của chi ủy:',
      'T/M CHI ỦY (CHI BỘ)',
    ];
    const idx = order.map((s) => findParagraph(paras, s));
    expect(idx.every((i) => i >= 0), JSON.stringify(order.filter((_, k) => idx[k]! < 0))).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('puts the draft text under its heading, and dotted lines under empty ones', async () => {
    const { paras } = await build2025();
    const h1 = findParagraph(paras, '1. Về phẩm chất chính trị');
    expect(paras.slice(h1 + 1, h1 + 3).map((p) => p.text)).toEqual([
      'Luôn giữ vững lập trường chính trị.',
      'Hoàn thành 12/12 nhiệm vụ, 4 nhiệm vụ vượt mức.',
    ]);
    expect(paras[h1 + 1]?.hasTab).toBe(false);
    const h2 = findParagraph(paras, '2. Việc thực hiện nhiệm vụ');
    expect(paras[h2 + 1]).toMatchObject({ text: '', hasTab: true });
    expect(paras[h2 + 1]?.xml).toContain('w:leader="dot"');
  });

  it('shows dotted leaders for an empty personal field', async () => {
    const draft = sampleDraft(FORM_2025);
    const profile = { ...draft.profile!, subject: { ...draft.profile!.subject, birthDate: undefined } };
    const paras = paragraphs(documentXml(await buildDocx({ ...draft, profile }, FORM_2025)));
    expect(paras[findParagraph(paras, 'Ngày sinh:')]).toMatchObject({ text: 'Ngày sinh: ', hasTab: true });
  });

  it('writes NFC text even from decomposed input, and never interprets user markup', async () => {
    const nfd = 'Hoàn thành <b>tốt</b> & đúng hạn'.normalize('NFD');
    const { xml, paras } = await build2025({ sections: { 'A.I.2': { text: nfd } } });
    expect(xml).not.toMatch(/[\u0300-\u036f]/);
    expect(paras.some((p) => p.text === 'Hoàn thành <b>tốt</b> & đúng hạn'.normalize('NFC'))).toBe(true);
    expect(xml).toContain('&lt;b&gt;tốt&lt;/b&gt; &amp; đúng hạn');
  });

  it.each(GRADES.map((g) => [g]))('checks ☒ only on the proposed grade %s', async (grade: Grade) => {
    const { paras } = await build2025({ assessment: { proposedGrade: grade } });
    const checked = paras.filter((p) => p.text.startsWith('☒'));
    expect(checked.map((p) => p.text)).toEqual([`☒ ${GRADE_LABELS[grade]}`]);
    expect(paras.filter((p) => p.text.startsWith('☐'))).toHaveLength(3);
  });

  it('leaves all four grade boxes empty without a proposal', async () => {
    const { paras } = await build2025();
    expect(paras.filter((p) => p.text.startsWith('☐'))).toHaveLength(4);
    expect(paras.some((p) => p.text.includes('☒'))).toBe(false);
  });

  it.each([
    [{ common: 25, results: 55.5 }, '25/30', '55,5/70', '80,5/100'],
    [{ common: 30, results: 70 }, '30/30', '70/70', '100/100'],
    [{ common: 0, results: 0 }, '0/30', '0/70', '0/100'],
    [{ common: 28 }, '28/30', '…/70', '…/100'],
    [{}, '…/30', '…/70', '…/100'],
  ])('scores %j -> %s, %s, total %s, printed as the form\'s lines', async (scores, c, r, t) => {
    const { paras } = await build2025({ assessment: { scores } });
    const texts = paras.map((p) => p.text);
    const at = texts.indexOf(`1. Nhóm tiêu chí chung: ${c}`);
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 3)).toEqual([
      `1. Nhóm tiêu chí chung: ${c}`,
      `2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: ${r}`,
      `Tổng điểm: ${t}`,
    ]);
    // the first two lines keep with the next line (the heading's style keeps it with the first): never split
    expect(paras.slice(at, at + 3).map((p) => p.xml.includes('<w:keepNext/>'))).toEqual([true, true, false]);
  });
});

describe('buildDocx: 2023 levels and Mẫu 03', () => {
  it.each([
    ['xuat-sac', '☒ Xuất sắc'],
    ['tot', '☒ Tốt'],
    ['trung-binh', '☒ Trung bình'],
    ['kem', '☒ Kém'],
  ] as const)('level %s of item I.1 prints %s', async (level, expected) => {
    const draft = sampleDraft(FORM_2023, { assessment: { criterionLevels: { 'I.1': level } } });
    const paras = paragraphs(documentXml(await buildDocx(draft, FORM_2023)));
    const line = paras.filter((p) => p.text.startsWith('Tự đánh giá mức độ thực hiện:'));
    expect(line).toHaveLength(3);
    expect(line[0]?.text).toContain(expected);
    expect(line[0]?.text.match(/☒/g)).toHaveLength(1);
    expect(line[1]?.text).not.toContain('☒');
  });

  it('checks the party-member grade in VII.2 and leaves the civil-servant grade to the option', async () => {
    const draft = sampleDraft(FORM_2023, { assessment: { proposedGrade: 'HTNV' } });
    const paras = paragraphs(documentXml(await buildDocx(draft, FORM_2023)));
    expect(paras.filter((p) => p.text.startsWith('☒')).map((p) => p.text)).toEqual(['☒ Hoàn thành nhiệm vụ']);
    const cs = paragraphs(documentXml(await buildDocx(draft, FORM_2023, { civilServantGrade: 'HTTNV' })));
    expect(cs.filter((p) => p.text.startsWith('☒')).map((p) => p.text)).toEqual([
      '☒ Hoàn thành tốt nhiệm vụ',
      '☒ Hoàn thành nhiệm vụ',
    ]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['answered in the grade check', { civilServantGrade: 'HTXSNV' }, ['☒ Hoàn thành xuất sắc nhiệm vụ', '☒ Hoàn thành nhiệm vụ']],
    ['not answered', {}, ['☒ Hoàn thành nhiệm vụ']],
    ['not a grade', { civilServantGrade: 'tốt' }, ['☒ Hoàn thành nhiệm vụ']],
  ])('2023 VII.1 takes the civil-servant grade from the grade check: %s', async (_name, raw, checked) => {
    const draft = sampleDraft(FORM_2023, { assessment: { proposedGrade: 'HTNV', checkAnswers: { raw, notApplicable: [] } } });
    const paras = paragraphs(documentXml(await buildDocx(draft, FORM_2023)));
    expect(paras.filter((p) => p.text.startsWith('☒')).map((p) => p.text)).toEqual(checked);
  });

  it.each([
    [true, 1],
    [false, 0],
  ])('leader-only items printed when includeLeaderItems=%s: %i', async (include, count) => {
    const draft = sampleDraft(FORM_2023);
    const paras = paragraphs(documentXml(await buildDocx(draft, FORM_2023, { includeLeaderItems: include })));
    expect(paras.filter((p) => p.text.startsWith('3. Kết quả lãnh đạo'))).toHaveLength(count);
  });

  it('lays Mẫu 03 out as a party decision: authority line, "QUYẾT ĐỊNH:", articles inline, the grade in words', async () => {
    const draft = sampleDraft(FORM_03, {
      reviewYear: 2024,
      assessment: { proposedGrade: 'KHTNV' },
      issuance: { issuer: 'Ban Thường vụ Đảng ủy phường Thành Sen', number: '15-QĐ/ĐU', signerName: 'Trần Thị Bình', signerPost: 'Phó Bí thư' },
    });
    const paras = paragraphs(documentXml(await buildDocx(draft, FORM_03)));
    const texts = paras.map((p) => p.text);
    const order = [
      'ĐẢNG ỦY PHƯỜNG THÀNH SEN',
      'Số 15-QĐ/ĐU',
      'QUYẾT ĐỊNH',
      'Về việc đánh giá, xếp loại lại tổ chức đảng, đảng viên năm 2024',
      'BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG THÀNH SEN',
      '- Căn cứ',
      'QUYẾT ĐỊNH:',
      'Điều 1. Hủy bỏ kết quả xếp loại chất lượng năm 2024 của Nguyễn Văn Ánh:',
      'Điều 2. Công nhận kết quả xếp loại chất lượng năm 2024 của Nguyễn Văn Ánh: Không hoàn thành nhiệm vụ.',
      'Điều 3.',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Trần Thị Bình',
    ];
    const idx = order.map((s) => findParagraph(paras, s));
    expect(idx.every((i) => i >= 0), JSON.stringify(order.filter((_, k) => idx[k]! < 0))).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(texts.some((t) => /[☒☐]/.test(t))).toBe(false);
    // "Nơi nhận" sits beside the signer: both in the one row of one table, which may not split
    const xml = documentXml(await buildDocx(draft, FORM_03));
    const row = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((r) => r.includes('Nơi nhận:'));
    expect(row).toContain('T/M BAN THƯỜNG VỤ');
    expect(row).toContain('<w:cantSplit/>');
  });

  it('refuses a draft written on another form', () => {
    const draft = sampleDraft(FORM_2025);
    expect(() => assertFormMatches(draft, FORM_2023)).toThrow(DocumentMismatchError);
    expect(() => assertFormMatches(draft, FORM_2025)).not.toThrow();
  });
});
