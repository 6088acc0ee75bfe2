import { describe, expect, it } from 'vitest';
import { checkGrade, draftProposalWarning, proposalWarning } from '../../../domain/grading';
import { fixtureDraft } from '../../stores/fixtures';
import { CLEAN, EXCELLENT_2025, makeCase } from './make-case';

describe('the warning the edges show before writing a proposed grade', () => {
  it.each([
    ['no proposal', {}, undefined, undefined],
    ['allowed', EXCELLENT_2025, 'HTXSNV', undefined],
    ['below the allowed grade', EXCELLENT_2025, 'HTTNV', undefined],
  ])('%s → no warning', (_n, facts, proposed, want) => {
    expect(proposalWarning(checkGrade(makeCase({ facts, ...(proposed ? { proposed } : {}) })))).toBe(want);
  });

  it('above what the points allow: says the ceiling and the clause', () => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, scores: { common: 25, results: 60 } }, proposed: 'HTXSNV' }));
    const w = proposalWarning(r)!;
    expect(w.kind).toBe('above');
    expect(w.text).toContain('Mức đề xuất «Hoàn thành xuất sắc nhiệm vụ» cao hơn mức mà dữ kiện cho phép: cao nhất có thể đạt là «Hoàn thành tốt nhiệm vụ».');
    expect(w.clause).toMatch(/^QĐ 366 Điều 11/);
    expect(w.source).toEqual({ doc: 'qd366-2025', at: 'Điều 11' });
  });

  it('a KHTNV trigger that holds: the trigger is the reason', () => {
    const r = checkGrade(makeCase({ facts: { ...EXCELLENT_2025, discipline: { form: 'khien-trach' } }, proposed: 'HTTNV' }));
    const w = proposalWarning(r)!;
    expect(w.kind).toBe('above');
    expect(w.text).toContain('cao nhất có thể đạt là «Không hoàn thành nhiệm vụ»');
    expect(w.clause).toMatch(/Không hoàn thành nhiệm vụ/);
  });

  it('within reach but unanswered: a softer warning naming what is open', () => {
    const r = checkGrade(makeCase({ facts: { ...CLEAN, scores: { common: 28, results: 64 } }, proposed: 'HTXSNV' }));
    const w = proposalWarning(r)!;
    expect(w.kind).toBe('unconfirmed');
    expect(w.text).toMatch(/^Mức đề xuất «Hoàn thành xuất sắc nhiệm vụ» chưa đủ căn cứ: còn điều kiện chưa trả lời/);
  });

  it('a grade proposed for someone the rules do not grade', () => {
    const r = checkGrade(makeCase({ subject: { kind: 'individual', occupation: 'vien-chuc', partyStatus: 'mien-sinh-hoat' }, proposed: 'HTTNV' }));
    const w = proposalWarning(r)!;
    expect(w).toMatchObject({ kind: 'not-graded', clause: 'QĐ 366 Điều 5 khoản 2 điểm 2.1' });
    expect(w.text).toBe('Theo quy định, trường hợp này không thuộc đối tượng kiểm điểm, xếp loại (QĐ 366 Điều 5 khoản 2 điểm 2.1), nhưng bản kiểm điểm đề xuất mức «Hoàn thành tốt nhiệm vụ».');
  });
});

describe('draftProposalWarning: what the export and page filling stop on', () => {
  const draftWith = (proposedGrade: 'HTXSNV' | 'HTTNV', scores: { common: number; results: number }) => {
    const d = fixtureDraft('qd366-2025-02B');
    return { ...d, assessment: { ...d.assessment, proposedGrade, scores } };
  };

  it.each([
    ['above the points band', 'HTXSNV', { common: 20, results: 50 }, 'above'],
    ['within reach, unanswered (said in the editor, not a stop)', 'HTXSNV', { common: 28, results: 64 }, undefined],
    ['allowed', 'HTTNV', { common: 20, results: 55 }, undefined],
  ] as const)('%s → %s', (_n, grade, scores, kind) => {
    expect(draftProposalWarning(draftWith(grade, scores), '2025-12-10')?.kind).toBe(kind);
  });

  it('says nothing without a proposed grade', () => {
    const d = fixtureDraft('qd366-2025-02B');
    expect(draftProposalWarning({ ...d, assessment: { ...d.assessment, proposedGrade: undefined } })).toBeUndefined();
  });
});
