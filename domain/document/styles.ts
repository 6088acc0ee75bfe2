import { AlignmentType, DocumentDefaults, StyleForParagraph, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { BODY, FONT, LANGUAGE, SIZE } from './layout';

/**
 * The paragraph styles every exported file carries, named in Vietnamese so a secretary editing in Word sees
 * "Nội dung", "Tiêu đề mục"… in the style list, and text typed after a heading takes the body style (`next`)
 * instead of inheriting the heading's keep-with-next. All black Times New Roman; the paragraphs of the
 * builders name a style and add only what differs (alignment of a centred line, a bold run).
 *
 * Only these styles are written: docx's defaults (blue Heading 1–6, Title, Hyperlink, footnote styles…) are
 * left out by giving the document its own list (`importedStyles`), so the file has no unused default styles.
 */
export const STYLE = {
  body: 'NoiDung',
  bodyFlush: 'NoiDungKhongThut',
  partHeading: 'TieuDePhan',
  sectionHeading: 'TieuDeMuc',
  itemHeading: 'TieuDeTieuMuc',
  guidance: 'DongHuongDan',
  centred: 'CanGiua',
  documentTitle: 'TenVanBan',
  signature: 'ChuKy',
  recipients: 'NoiNhan',
  codeLabel: 'MaMau',
} as const;
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** Display names, as Word shows them. */
export const STYLE_NAMES: Record<StyleId, string> = {
  NoiDung: 'Nội dung',
  NoiDungKhongThut: 'Nội dung không thụt đầu dòng',
  TieuDePhan: 'Tiêu đề phần',
  TieuDeMuc: 'Tiêu đề mục',
  TieuDeTieuMuc: 'Tiêu đề tiểu mục',
  DongHuongDan: 'Dòng hướng dẫn',
  CanGiua: 'Dòng căn giữa',
  TenVanBan: 'Tên loại văn bản',
  ChuKy: 'Chữ ký',
  NoiNhan: 'Nơi nhận',
  MaMau: 'Mã mẫu',
};

const BLACK = '000000';
const bodySpacing = { after: BODY.spacingAfter, line: BODY.line };
const heading = { keepNext: true, keepLines: true, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLineIndent }, spacing: { before: 60, ...bodySpacing } };

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: BODY.firstLineIndent }, spacing: bodySpacing },
  },
  { id: STYLE.bodyFlush, basedOn: STYLE.body, next: STYLE.bodyFlush, paragraph: { indent: { firstLine: 0 } } },
  { id: STYLE.partHeading, basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { ...heading, outlineLevel: 0 }, run: { bold: true } },
  { id: STYLE.sectionHeading, basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { ...heading, outlineLevel: 1 }, run: { bold: true } },
  { id: STYLE.itemHeading, basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { ...heading, outlineLevel: 2 }, run: { bold: true, italics: true } },
  { id: STYLE.guidance, basedOn: STYLE.body, next: STYLE.body, paragraph: {}, run: { italics: true } },
  { id: STYLE.centred, basedOn: 'Normal', next: STYLE.body, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240 } } },
  { id: STYLE.documentTitle, basedOn: STYLE.centred, next: STYLE.centred, paragraph: { keepNext: true, spacing: { after: 60, line: 240 } }, run: { bold: true, size: SIZE.documentType } },
  { id: STYLE.signature, basedOn: STYLE.centred, next: STYLE.signature, paragraph: { keepNext: true, keepLines: true } },
  { id: STYLE.recipients, basedOn: 'Normal', next: STYLE.recipients, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0, line: 240 } }, run: { size: SIZE.note } },
  { id: STYLE.codeLabel, basedOn: 'Normal', next: STYLE.body, paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 120 } }, run: { italics: true, size: SIZE.codeLabel } },
];

export const paragraphStyleList = (): readonly IParagraphStyleOptions[] =>
  PARAGRAPH_STYLES.map((s) => ({ ...s, name: STYLE_NAMES[s.id as StyleId], run: { color: BLACK, ...s.run } }));

/** The document's styles: its defaults (Times New Roman 14, black, Vietnamese), Normal, and the styles above. */
export function documentStyles(): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: { font: FONT, size: SIZE.body, color: BLACK, language: { value: LANGUAGE } },
        paragraph: { spacing: { line: BODY.line } },
      }),
      new StyleForParagraph({ id: 'Normal', name: 'Normal', quickFormat: true, run: { font: FONT, size: SIZE.body, color: BLACK } }),
    ],
    paragraphStyles: paragraphStyleList(),
  };
}
