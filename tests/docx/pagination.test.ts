// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormModel } from '../../domain/core/form-model';
import { itemHeadingText, numbered } from '../../domain/document/body';
import { upper } from '../../domain/document/header-block';
import { buildDocx } from '../../domain/document/pack';
import { reportSigner } from '../../domain/document/signer';
import { writableUnits } from '../../domain/forms';
import { getFormModel } from '../../domain/rulebooks';
import { DraftSchema, type Draft } from '../../domain/schemas/draft';
import { INSTALL, flatten, pageOnePng, pdfPages, toPdf, toolMissing, workDir } from '../helpers/libreoffice';

/**
 * Long drafts (60 paragraphs of varied length, two layouts each so page breaks fall in different places)
 * opened by real LibreOffice, then read page by page from the PDF text:
 * - each signature block (its lines, its title, "(Ký, ghi rõ họ tên)" and the signer's name) is on one page;
 * - the B.I sentence's score lines are on one page;
 * - no page ends with a heading.
 */
const FORMS = [
  ['qd366-2025', '01'],
  ['qd366-2025', '02A'],
  ['qd366-2025', '02B'],
  ['qd366-2025', '02C'],
  ['qd124-2023', '02B'],
] as const;
const VARIANTS = [0, 1] as const;
const PARAGRAPHS = 60;
const SIGNER = 'Nguyễn Văn Ánh';
const SECRETARY = 'Trần Thị Bình';

const WORDS = (
  'chi bộ đã lãnh đạo hoàn thành các chỉ tiêu được giao trong năm với sản phẩm cụ thể gồm báo cáo chuyên đề ' +
  'kế hoạch kiểm tra giám sát và số hóa hồ sơ một cửa đúng tiến độ chất lượng bảo đảm đoàn kết nội bộ tốt'
).split(' ');

function paragraph(i: number, variant: number): string {
  const n = 18 + ((i * 37 + variant * 53) % 71);
  const words = Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]!);
  const text = words.join(' ');
  return `Đoạn ${i + 1}: ${text.charAt(0).toLocaleUpperCase('vi-VN')}${text.slice(1)}.`;
}

function longDraft(form: FormModel, variant: number): Draft {
  const units = writableUnits(form);
  const sections: Record<string, { text: string }> = {};
  for (let i = 0; i < PARAGRAPHS; i++) {
    const unit = units[(i * (variant + 1)) % units.length]!;
    const old = sections[unit.id]?.text;
    sections[unit.id] = { text: old ? `${old}\n${paragraph(i, variant)}` : paragraph(i, variant) };
  }
  const collective = form.code === '01';
  return DraftSchema.parse({
    v: 1,
    id: `long-${form.id}-${variant}`,
    reviewYear: form.rulebookId === 'qd124-2023' ? 2023 : 2025,
    rulebookId: form.rulebookId,
    formCode: form.code,
    createdAt: 0,
    updatedAt: 0,
    place: 'Hà Tĩnh',
    signedDate: form.rulebookId === 'qd124-2023' ? '2023-12-05' : '2025-12-05',
    profile: {
      reviewYear: 2025,
      partyUnit: 'Chi bộ Văn phòng',
      upperPartyUnit: 'Đảng bộ phường Thành Sen',
      subject: collective
        ? { kind: 'collective', name: 'Chi bộ Văn phòng', collectiveKind: 'chi-bo-co-so', hasCommittee: true }
        : { kind: 'individual', fullName: SIGNER, birthDate: '1985-03-09', workplace: 'Văn phòng Đảng ủy' },
    },
    ...(collective ? { issuance: { signerName: SECRETARY } } : {}),
    sections,
    assessment: { proposedGrade: 'HTTNV', scores: form.assessment === '2025-scores' ? { common: 27, results: 62 } : {} },
  });
}

/** Every heading the form prints: parts, sections, items (as the export writes them). */
function headings(form: FormModel): string[] {
  const out: string[] = [];
  for (const part of form.parts) {
    if (part.heading.trim()) out.push(numbered(part.id, part.heading));
    for (const section of part.sections) {
      out.push(numbered(section.number, section.heading));
      if (section.kind === 'text') for (const item of section.items) out.push(itemHeadingText(item));
    }
  }
  return out;
}

/** What must share a page: the block's lines, title, note and signer, in that order. */
function signatureGroups(form: FormModel, draft: Draft): { title: string; parts: string[] }[] {
  if (form.code === '01') {
    const s = reportSigner(draft);
    return [{ title: s.authority, parts: ['Nơi nhận:', upper(s.post), s.name] }];
  }
  return form.signatureBlocks.map((b) => ({
    title: upper(b.title),
    parts: [
      ...b.lines.map((l) => l.replace(/\s*(…|\.\.\.)+$/u, '').replace(/:$/u, '')),
      ...(b.note ? [b.note] : []),
      ...(b.byAuthor ? [SIGNER] : []),
    ],
  }));
}

const { dir: WORK, cleanup } = workDir('kiem-diem-pages-');
afterAll(cleanup);

const pageOf = (pages: string[], text: string, from = 0): number => pages.findIndex((p, i) => i >= from && p.includes(flatten(text)));

describe.concurrent('long drafts keep blocks together and never end a page on a heading (real LibreOffice)', () => {
  it.each(FORMS.flatMap(([rb, code]) => VARIANTS.map((v) => [`${rb}-${code}-v${v}`, rb, code, v] as const)))(
    '%s',
    async (name, rb, code, variant) => {
      if (toolMissing) throw new Error(`${toolMissing} not found. ${INSTALL}`);
      const form = getFormModel(rb, code)!;
      expect(form).toBeDefined();
      const draft = longDraft(form, variant);
      const dir = join(WORK, name);
      mkdirSync(dir, { recursive: true });
      const docx = join(dir, `long-${name}.docx`);
      writeFileSync(docx, await buildDocx(draft, form));
      const pdf = await toPdf(docx, dir, WORK);
      const raw = await pdfPages(pdf);
      const pages = raw.map(flatten);
      expect(pages.length, 'a long draft fills several pages').toBeGreaterThanOrEqual(3);

      // every signature block on one page: title, then its lines, note and signer on that same page
      for (const group of signatureGroups(form, draft)) {
        const at = pageOf(pages, group.title);
        expect(at, `${group.title} printed`).toBeGreaterThanOrEqual(0);
        for (const part of group.parts) expect(pages[at], `"${part}" on the page of ${group.title}`).toContain(flatten(part));
      }
      // the lines of the chi ủy block are on the page of its title, not the page before
      const firstLine = form.signatureBlocks.find((b) => b.lines.length > 0)?.lines[0];
      if (firstLine && code !== '01') {
        const title = form.signatureBlocks.find((b) => b.lines[0] === firstLine)!.title;
        expect(pageOf(pages, firstLine.replace(/\s*…$/u, ''))).toBe(pageOf(pages, upper(title)));
      }

      // the score lines with their sentence
      if (form.assessment === '2025-scores') {
        const at = pageOf(pages, '1. Nhóm tiêu chí chung');
        expect(at).toBeGreaterThanOrEqual(0);
        expect(pages[at]).toContain(flatten('Tổng điểm: 89/100'));
        expect(pages[at]).toContain(flatten('Trên cơ sở cụ thể hoá khung tiêu chí'));
      }

      // no page (but the last) ends with a heading: its last printed line is not the end of one
      const ends = headings(form).map((h) => flatten(h).slice(-30));
      pages.slice(0, -1).forEach((page, i) => {
        const ending = ends.find((e) => page.endsWith(e));
        expect(ending, `page ${i + 1} ends with the heading "…${ending}"`).toBeUndefined();
      });

      if (variant === 0) await pageOnePng(pdf, `long-${name}`);
    },
    // waits for a free LibreOffice slot: 10 conversions queue on 2 slots
    420_000,
  );
});
