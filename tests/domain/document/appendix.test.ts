import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../domain/document/pack';
import { PHU_LUC_HEADERS, PHU_LUC_TITLE } from '../../../domain/document/worklog';
import { WorklogEntrySchema } from '../../../domain/schemas/worklog';
import { documentXml, findParagraph, paragraphs } from '../../helpers/docx-xml';
import { FORM_2025, sampleDraft } from './sample-forms';

const entries = [
  WorklogEntrySchema.parse({ id: 'a', title: 'Thẩm định 120 hồ sơ đất đai', status: 'cham', deadline: '2026-03-31', doneOn: '2026-04-04' }),
  WorklogEntrySchema.parse({ id: 'b', title: 'Đề án chuyển đổi số', status: 'chua-hoan-thanh', deadline: '2026-11-30' }),
];

describe('the draft with its Phụ lục (issue 16 item 4)', () => {
  it('prints the appendix after the form, on a new page, as a real table of the entries', async () => {
    const draft = sampleDraft(FORM_2025);
    const xml = documentXml(await buildDocx(draft, FORM_2025, { appendix: { periodLabel: 'Năm 2026', entries, attachedTo: 'Kèm theo Bản kiểm điểm cá nhân' } }));
    const paras = paragraphs(xml);
    const title = findParagraph(paras, PHU_LUC_TITLE);
    expect(title).toBeGreaterThan(findParagraph(paras, FORM_2025.title));
    // two sections: the form's properties close before the appendix begins
    expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
    expect(xml.indexOf('<w:sectPr')).toBeLessThan(xml.indexOf(PHU_LUC_TITLE));
    for (const h of PHU_LUC_HEADERS) expect(xml).toContain(`>${h}<`);
    expect(xml).toContain('Thẩm định 120 hồ sơ đất đai');
    expect(xml).toContain('Hạn: 31/03/2026');
    expect(xml).toContain('Chưa hoàn thành');
  });

  it('without an appendix the file has one section and no Phụ lục', async () => {
    const xml = documentXml(await buildDocx(sampleDraft(FORM_2025), FORM_2025));
    expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
    expect(xml).not.toContain(PHU_LUC_TITLE);
  });
});
