// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULEBOOK_IDS } from '../../../domain/core/rulebook-id';
import { buildDocx } from '../../../domain/document/pack';
import { itemHeadingText, numbered } from '../../../domain/document/body';
import { unprintedSectionKeys } from '../../../domain/document/units';
import { writableUnits } from '../../../domain/forms';
import { listFormModels } from '../../../domain/rulebooks';
import { DraftSchema } from '../../../domain/schemas/draft';
import { documentXml, findParagraph, paragraphs } from '../../helpers/docx-xml';

/** Every real form model of every rulebook, filled from its fixture draft where one exists. */
const forms = RULEBOOK_IDS.flatMap((rb) => listFormModels(rb));
const FIXTURES = join(process.cwd(), 'tests/fixtures/drafts');
const fixtureUrl = (id: string) => join(FIXTURES, `${id.replace(':', '-')}.json`);
const hasFixture = (id: string) => existsSync(fixtureUrl(id));

describe('real form models', () => {
  it('has a fixture draft for every 2023 and 2025 form', () => {
    const missing = forms.filter((f) => f.rulebookId !== 'qd132-2018' && !hasFixture(f.id)).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  // Mẫu 03 is a party decision: its units print as "- Căn cứ …" and "Điều n. …" lines, not headings
  // (tests/domain/document/build-docx.test.ts checks that layout).
  it.each(forms.filter((f) => hasFixture(f.id) && f.code !== '03').map((f) => [f.id, f] as const))(
    '%s: every unit heading in order, each filled unit followed by its text, nothing unprinted',
    async (_id, form) => {
      const draft = DraftSchema.parse(JSON.parse(readFileSync(fixtureUrl(form.id), 'utf8')));
      expect(unprintedSectionKeys(draft, form)).toEqual([]);
      const paras = paragraphs(documentXml(await buildDocx(draft, form)));
      let at = 0;
      for (const unit of writableUnits(form)) {
        const heading = unit.item ? itemHeadingText(unit.item) : numbered(unit.section.number, unit.label);
        const i = findParagraph(paras, heading.slice(0, 40), at);
        expect(i, `${unit.id}: ${heading}`).toBeGreaterThanOrEqual(at);
        const text = draft.sections[unit.id]?.text;
        const firstLine = text?.split('\n').find((l) => l.trim() !== '');
        // The unit's own text (after an optional intro paragraph) comes before the next heading.
        const window = paras.slice(i + 1, i + 3);
        if (firstLine) expect(window.map((p) => p.text)).toContain(firstLine);
        else expect(window.some((p) => p.text === '' && p.hasTab)).toBe(true);
        at = i + 1;
      }
    },
  );

  it.each(forms.map((f) => [f.id, f] as const))('%s builds from an empty draft', async (_id, form) => {
    const draft = DraftSchema.parse({
      v: 1,
      id: 'empty',
      reviewYear: 2025,
      rulebookId: form.rulebookId,
      formCode: form.code,
      createdAt: 0,
      updatedAt: 0,
    });
    const paras = paragraphs(documentXml(await buildDocx(draft, form)));
    expect(paras.filter((p) => p.hasTab).length).toBeGreaterThanOrEqual(writableUnits(form).length);
  });
});
