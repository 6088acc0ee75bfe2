/**
 * Page and typography of party documents: HD 05-HD/VPTW of 27/5/2026, which replaced HD 36-HD/VPTW (2018) with
 * the same values in every summary (layout-rule.ts cites the one in force for the document's date): A4, Times
 * New Roman, margins top 20 / bottom 20 / left 30 / right 15 mm, sizes per element. Sizes here are in half-points (docx `size`), lengths in twips (1/1440 inch).
 * No 'docx' import: these are plain numbers, shared by the builders and the tests.
 */
export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';

const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** A4 exactly (docx's mm helper rounds 297 mm down by one twip). */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
/** Width of the text block: 9355 twips (165 mm). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Half-points per element (HD 36-HD/VPTW, kept by HD 05-HD/VPTW: "Element typography table"). */
export const SIZE = {
  partyName: 30, // "ĐẢNG CỘNG SẢN VIỆT NAM": 15 pt, bold
  upperUnit: 28, // "ĐẢNG BỘ …": 14 pt, upright
  issuingUnit: 28, // "CHI BỘ …": 14 pt, bold
  placeDate: 28, // "…, ngày … tháng … năm …": 14 pt, italic
  documentType: 32, // title ("BẢN KIỂM ĐIỂM …", "QUYẾT ĐỊNH"): 15–16 pt, bold
  summary: 28, // subtitle / trích yếu: 14 pt
  body: 28, // nội dung: 14 pt (13–14 allowed), justified
  signatureTitle: 28, // "T/M CHI ỦY", "NGƯỜI TỰ KIỂM ĐIỂM": 14 pt, bold
  signerName: 28, // 14 pt, bold
  codeLabel: 24, // "Mẫu 02A-HD KĐ.ĐG 2025": not in the table; 12 pt as on the printed forms
  note: 24, // "(Ký, ghi rõ họ tên)", "Nơi nhận" list: 12 pt
  table: 26, // score table cells: 13 pt
} as const;

/** Body paragraphs: first-line indent 1 cm, at least 6 pt between paragraphs, line spacing 1.15. */
export const BODY = { firstLineIndent: mm(10), spacingAfter: 120, line: 276 } as const;

/** Space kept for a hand signature (about 25 mm). */
export const SIGNATURE_GAP = mm(25);

/** Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in 15 pt bold Times New Roman (about 73 mm): the rule under it is as long. */
export const PARTY_NAME_WIDTH = mm(73);

/** The font of the ☐/☒ glyphs (paragraphs.ts boxRun): the one Word's own check-box control uses. */
export const CHECKBOX_FONT = 'MS Gothic';

export const CHECKED = '☒';
export const UNCHECKED = '☐';
/** What an empty field or an empty section shows, so it can be filled by hand. */
export const DOTS = '…';
