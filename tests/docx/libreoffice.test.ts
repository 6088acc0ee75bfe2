// @vitest-environment node
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../domain/document/pack';
import { getFormModel } from '../../domain/rulebooks';
import { DraftSchema } from '../../domain/schemas/draft';
import { splitParagraphs } from '../../domain/document/plain-text';
import { INSTALL, flatten, pageOnePng, run, toPdf, toolMissing, workDir } from '../helpers/libreoffice';

/**
 * Every 2025 and 2023 form, filled from tests/fixtures/drafts, opened by real LibreOffice: converted to PDF,
 * its text read back with pdftotext (diacritics intact), page 1 rendered to test-output/docx/<form>.png.
 */
const FORMS = [
  ['qd366-2025', '01'],
  ['qd366-2025', '02A'],
  ['qd366-2025', '02B'],
  ['qd366-2025', '02C'],
  ['qd366-2025', '03'],
  ['qd124-2023', '01'],
  ['qd124-2023', '02A'],
  ['qd124-2023', '02B'],
  ['qd124-2023', '03'],
] as const;

const { dir: WORK, cleanup } = workDir('kiem-diem-lo-');
afterAll(cleanup);

describe.concurrent('Word export opened by real LibreOffice', () => {
  it.each(FORMS.map(([rb, code]) => [`${rb}-${code}`, rb, code] as const))(
    '%s: filled text survives in the PDF, page 1 rendered',
    async (name, rb, code) => {
      if (toolMissing) throw new Error(`${toolMissing} not found. ${INSTALL}`);
      const form = getFormModel(rb, code);
      expect(form, `${rb} ${code}`).toBeDefined();
      const draft = DraftSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/drafts', `${name}.json`), 'utf8')));
      const dir = join(WORK, name);
      mkdirSync(dir, { recursive: true });
      const docx = join(dir, `${name}.docx`);
      writeFileSync(docx, await buildDocx(draft, form!));
      const pdf = await toPdf(docx, dir, WORK);
      const text = flatten(await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']));
      const filled = Object.values(draft.sections).flatMap((s) => splitParagraphs(s.text));
      expect(filled.length).toBeGreaterThan(3);
      for (const para of filled) expect(text, para).toContain(flatten(para));
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      const proposed = draft.assessment.proposedGrade;
      // Mẫu 03 is a decision: the new grade is written in words in Điều 2, no check boxes
      if (proposed && code === '03') {
        expect(text).toMatch(/Điều 2\. .*Không hoàn thành nhiệm vụ|Điều 2\. .*Hoàn thành/);
        expect(text).not.toMatch(/[☒☐]/);
      } else if (proposed) expect(text).toMatch(/☒ ?Hoàn thành|☒ ?Không hoàn thành/);
      expect(existsSync(await pageOnePng(pdf, name))).toBe(true);
    },
    // waits for a free LibreOffice slot too: up to 9 conversions queue on 2 slots
    240_000,
  );
});
