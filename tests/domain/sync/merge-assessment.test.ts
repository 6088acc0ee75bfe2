import { describe, expect, it } from 'vitest';
import { mergeDraft } from '../../../domain/sync/merge-draft';
import { mergeAssessment } from '../../../domain/sync/merge-assessment';
import type { Draft } from '../../../domain/schemas/draft';
import { fixtureDraft } from '../../stores/fixtures';

type A = Draft['assessment'];
const base: A = { scores: { common: 20 }, criterionLevels: {}, dismissedFlags: {}, checkAnswers: { raw: { 'tasks.total': '10' }, notApplicable: ['votes'], readings: {} } };
const withAnswers = (a: A, raw: Record<string, string>, notApplicable = a.checkAnswers!.notApplicable, readings = {}): A => ({ ...a, checkAnswers: { raw, notApplicable, readings } });

describe('a draft edited in two views keeps both sides of the assessment', () => {
  it('a score in one view, a grade-check answer in the other: both kept', () => {
    const mine: A = { ...base, scores: { common: 27 } };
    const theirs = withAnswers(base, { 'tasks.total': '10', 'tasks.onTime': '9' });
    expect(mergeAssessment(base, mine, theirs)).toEqual({
      scores: { common: 27 },
      criterionLevels: {},
      dismissedFlags: {},
      checkAnswers: { raw: { 'tasks.total': '10', 'tasks.onTime': '9' }, notApplicable: ['votes'], readings: {} },
    });
  });

  it.each([
    ['answers to different questions', { 'tasks.total': '10', 'tasks.late': '1' }, { 'tasks.total': '10', 'tasks.onTime': '9' }, { 'tasks.total': '10', 'tasks.late': '1', 'tasks.onTime': '9' }],
    ['the same answer changed on both sides: the saving view wins', { 'tasks.total': '12' }, { 'tasks.total': '11' }, { 'tasks.total': '12' }],
    ['an answer cleared in one view, untouched in the other', {}, { 'tasks.total': '10' }, {}],
  ])('%s', (_n, mineRaw, theirsRaw, want) => {
    expect(mergeAssessment(base, withAnswers(base, mineRaw), withAnswers(base, theirsRaw)).checkAnswers?.raw).toEqual(want);
  });

  it('"does not apply" added in one view and removed in the other are both honoured', () => {
    const mine = withAnswers(base, { 'tasks.total': '10' }, ['votes', 'basic-targets']);
    const theirs = withAnswers(base, { 'tasks.total': '10' }, []);
    expect(mergeAssessment(base, mine, theirs).checkAnswers?.notApplicable).toEqual(['basic-targets']);
  });

  it('flags dismissed, levels and the proposed grade merge per key through mergeDraft', () => {
    const d = fixtureDraft('qd124-2023-02A');
    const b = { ...d, assessment: { ...d.assessment, criterionLevels: {}, dismissedFlags: {} } };
    const mine = { ...b, assessment: { ...b.assessment, dismissedFlags: { 'figures:I.2': 'Sẽ bổ sung' } } };
    const theirs = { ...b, assessment: { ...b.assessment, criterionLevels: { 'I.1': 'tot' as const }, proposedGrade: 'HTTNV' as const } };
    const { merged } = mergeDraft(b, mine, theirs);
    expect(merged.assessment).toMatchObject({ dismissedFlags: { 'figures:I.2': 'Sẽ bổ sung' }, criterionLevels: { 'I.1': 'tot' }, proposedGrade: 'HTTNV' });
  });
});
