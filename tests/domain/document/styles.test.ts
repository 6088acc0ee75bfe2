// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULEBOOK_IDS } from '../../../domain/core/rulebook-id';
import { CHECKBOX_FONT, PARTY_NAME_WIDTH } from '../../../domain/document/layout';
import { buildDocx } from '../../../domain/document/pack';
import { STYLE, STYLE_NAMES } from '../../../domain/document/styles';
import { listFormModels } from '../../../domain/rulebooks';
import { DraftSchema } from '../../../domain/schemas/draft';
import { documentXml, paragraphs, stylesXml } from '../../helpers/docx-xml';
import { readZipEntry } from '../../helpers/unzip';

/**
 * The Word file's styles, read from its XML: every paragraph names one of our Vietnamese styles, those styles
 * are black Times New Roman, docx's blue default Heading styles (and any other unused default) are absent, and
 * the headings carry their look through the style (no direct bold), so editing in Word keeps it.
 */
const FIXTURES = join(process.cwd(), 'tests/fixtures/drafts');
const forms = RULEBOOK_IDS.flatMap((rb) => listFormModels(rb)).filter((f) => existsSync(join(FIXTURES, `${f.id.replace(':', '-')}.json`)));

async function build(id: string) {
  const form = forms.find((f) => f.id === id)!;
  const draft = DraftSchema.parse(JSON.parse(readFileSync(join(FIXTURES, `${id.replace(':', '-')}.json`), 'utf8')));
  const bytes = await buildDocx(draft, form);
  return { bytes, xml: documentXml(bytes), styles: stylesXml(bytes) };
}

const styleBlocks = (styles: string): string[] => [...styles.matchAll(/<w:style [\s\S]*?<\/w:style>/g)].map((m) => m[0]);
const styleId = (block: string): string => block.match(/w:styleId="([^"]+)"/)?.[1] ?? '';

describe.each(forms.map((f) => [f.id]))('%s: styles in the docx XML', (id) => {
  it('names a Vietnamese style on every paragraph of the body and the page header', async () => {
    const { bytes, xml, styles } = await build(id);
    const defined = new Set(styleBlocks(styles).map(styleId));
    const used = new Set<string>();
    for (const p of paragraphs(xml)) {
      const s = p.xml.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1];
      expect(s, `paragraph "${p.text.slice(0, 40)}" has a style`).toBeDefined();
      expect(defined.has(s!), `style ${s} is defined`).toBe(true);
      used.add(s!);
    }
    const header = readZipEntry(bytes, 'word/header1.xml');
    expect(header).toContain(`<w:pStyle w:val="${STYLE.centred}"/>`);
    for (const s of id.endsWith(':03') ? [STYLE.body, STYLE.documentTitle] : [STYLE.body, STYLE.sectionHeading]) expect(used.has(s), s).toBe(true);
    for (const s of used) {
      const block = styleBlocks(styles).find((b) => styleId(b) === s)!;
      expect(block, s).toContain(`<w:name w:val="${STYLE_NAMES[s as keyof typeof STYLE_NAMES]}"/>`);
    }
  });

  it('writes no default Heading, Title or Hyperlink style, and only black text in Times New Roman', async () => {
    const { styles } = await build(id);
    const ids = styleBlocks(styles).map(styleId);
    expect(ids.filter((s) => /^(Heading\d|Title|Hyperlink|Strong|ListParagraph|Caption|FootnoteText|TOC\d)$/i.test(s))).toEqual([]);
    expect(ids.sort()).toEqual(['Normal', ...Object.values(STYLE)].sort());
    const colors = [...styles.matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].map((m) => m[1]!.toUpperCase());
    expect(colors.length).toBeGreaterThan(0);
    expect(colors.filter((c) => c !== '000000')).toEqual([]);
    const fonts = [...styles.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(fonts.filter((f) => f !== 'Times New Roman')).toEqual([]);
  });

  it('keeps headings with the next paragraph through the style, body text after them in "Nội dung"', async () => {
    const { xml, styles } = await build(id);
    for (const s of [STYLE.partHeading, STYLE.sectionHeading, STYLE.itemHeading]) {
      const block = styleBlocks(styles).find((b) => styleId(b) === s)!;
      expect(block).toContain('<w:keepNext/>');
      expect(block).toContain(`<w:next w:val="${STYLE.body}"/>`);
    }
    const headingParas = paragraphs(xml).filter((p) => /w:val="TieuDe(Phan|Muc|TieuMuc)"/.test(p.xml));
    // Mẫu 03 is a decision: "Điều n." inline, no headings
    if (!id.endsWith(':03')) expect(headingParas.length).toBeGreaterThan(3);
    // the look comes from the style: no direct bold or italics on the heading runs
    expect(headingParas.filter((p) => /<w:b\/>|<w:i\/>/.test(p.xml)).map((p) => p.text)).toEqual([]);
  });

  it(`sets every ☐/☒ in ${CHECKBOX_FONT}`, async () => {
    const { xml } = await build(id);
    const boxes = [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => /[☐☒]/.test(r));
    for (const r of boxes) expect(r).toContain(`w:ascii="${CHECKBOX_FONT}"`);
  });
});

describe('the rule under ĐẢNG CỘNG SẢN VIỆT NAM', () => {
  it('is as long as the party name (about 73 mm), not half the column', async () => {
    const { xml } = await build('qd366-2025:02B');
    const rule = paragraphs(xml).find((p) => p.xml.includes('<w:bottom '));
    const left = Number(rule?.xml.match(/<w:ind w:left="(\d+)"/)?.[1]);
    const right = Number(rule?.xml.match(/w:right="(\d+)"/)?.[1]);
    // right column 4958 twips, cell margins 2 × 108: what is left between the indents is the rule
    const length = 4958 - 216 - left - right;
    expect(Math.abs(length - PARTY_NAME_WIDTH)).toBeLessThanOrEqual(2);
    expect(length / 56.7).toBeGreaterThan(70);
  });
});
