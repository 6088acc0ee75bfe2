import { describe, expect, it } from 'vitest';
import { datesInText, decisionBasisDate, documentDateWarnings } from '../../../domain/document/date-checks';
import { FORM_03, FORM_2025, sampleDraft } from './sample-forms';

describe('date sanity before a Word file is made', () => {
  it.each([
    ['2025-09-30', ['signed-before-season']],
    ['2025-10-01', []],
    ['2025-12-31', []],
    ['2026-01-31', []],
    ['2026-02-01', ['signed-after-season']],
    ['2024-12-05', ['signed-before-season']],
  ])('a 2025 self-review signed %s -> %j', (signedDate, ids) => {
    const warnings = documentDateWarnings(sampleDraft(FORM_2025, { signedDate }), FORM_2025);
    expect(warnings.map((w) => w.id)).toEqual(ids);
    for (const w of warnings) expect(w.message).toMatch(/mùa kiểm điểm năm 2025/);
  });

  it('says nothing without a signing date', () => {
    const draft = sampleDraft(FORM_2025);
    delete draft.signedDate;
    expect(documentDateWarnings(draft, FORM_2025)).toEqual([]);
  });

  it.each([
    ['2026-03-09', '2026-03-10', ['decision-before-basis']],
    ['2026-03-10', '2026-03-10', []],
    ['2026-03-11', '2026-03-10', []],
  ])('a decision signed %s citing facts of %s -> %j', (signedDate, basisDate, ids) => {
    const draft = sampleDraft(FORM_03, { reviewYear: 2025, signedDate, issuance: { basisDate } });
    const warnings = documentDateWarnings(draft, FORM_03);
    expect(warnings.map((w) => w.id)).toEqual(ids);
    if (ids.length) expect(warnings[0]!.message).toContain('10/03/2026');
  });

  it('reads the cited date from the "Căn cứ" lines when none is typed, the latest one', () => {
    const draft = sampleDraft(FORM_03, {
      signedDate: '2025-12-05',
      sections: {
        'CC.1': { text: 'Căn cứ Quy định số 366-QĐ/TW ngày 30 tháng 8 năm 2025 của Bộ Chính trị.' },
        'CC.2': { text: 'Căn cứ Quyết định kỷ luật số 15-QĐ/ĐU ngày 10 tháng 3 năm 2026.' },
      },
    });
    expect(decisionBasisDate(draft)).toBe('2026-03-10');
    expect(documentDateWarnings(draft, FORM_03).map((w) => w.id)).toEqual(['decision-before-basis']);
    // a decision is not held to the review season: signed in March of the next year is normal
    expect(documentDateWarnings({ ...draft, signedDate: '2026-03-20' }, FORM_03)).toEqual([]);
  });

  it.each([
    ['ngày 10 tháng 3 năm 2026', ['2026-03-10']],
    ['ngày 05/12/2025 và 1-2-2026', ['2025-12-05', '2026-02-01']],
    ['số 366-QĐ/TW, 30/8', []],
    ['ngày 32 tháng 13 năm 2026', []],
  ])('dates in "%s" -> %j', (text, dates) => expect(datesInText(text).sort()).toEqual([...dates].sort()));
});
