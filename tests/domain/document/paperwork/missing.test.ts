import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factWarnings, missingFacts, signerName } from '../../../../domain/document/paperwork/missing';
import { emptyPaperworkFacts, PaperworkFactsSchema, type PaperworkFacts } from '../../../../domain/schemas/paperwork';
import { RosterSchema } from '../../../../domain/schemas/roster';
import { parseWith } from '../../../../domain/schemas/errors';

/** What each paperwork file still needs, and facts that disagree: the form asks for these, the file never guesses. */
const ROSTER = RosterSchema.parse(JSON.parse(readFileSync('tests/fixtures/rosters/chi-bo-2025-paperwork.json', 'utf8')));
const FACTS = ROSTER.paperwork!;
const fields = (kind: Parameters<typeof missingFacts>[0], facts: PaperworkFacts, roster = ROSTER) => missingFacts(kind, roster, facts).map((m) => m.field);

describe('missing facts per paperwork file', () => {
  it.each([
    ['minutes', ['upperUnit', 'placeName', 'meetingDate', 'startTime', 'endTime', 'location', 'present', 'chair', 'secretary', 'selfGrades', 'votes', 'conclusion']],
    ['summary', ['upperUnit', 'placeName', 'signedDate']],
    ['not-graded', ['upperUnit', 'placeName', 'signedDate']],
    ['dossier', ['upperUnit', 'placeName', 'signedDate']],
  ] as const)('%s with no facts typed asks for %j (the signer is the roster head)', (kind, expected) => {
    expect(fields(kind, emptyPaperworkFacts())).toEqual(expected);
  });

  it('the fixture lacks only the per-member proposals and votes of members not yet entered', () => {
    expect(fields('minutes', FACTS)).toEqual(['selfGrades', 'votes']);
    expect(fields('summary', FACTS)).toEqual([]);
  });

  it.each([
    [0, 'signer'],
    [2, 'signer'],
  ])('%i heads in the roster and no signer typed → the signer is asked for', (heads, field) => {
    const members = ROSTER.members.map((m, i) => ({ ...m, isHead: i < heads }));
    expect(fields('summary', { ...FACTS, signer: undefined }, { ...ROSTER, members })).toContain(field);
    expect(fields('summary', { ...FACTS, signer: 'Lê Văn Cường' }, { ...ROSTER, members })).not.toContain(field);
    expect(signerName({ ...ROSTER, members }, { ...FACTS, signer: 'Lê Văn Cường' })).toBe('Lê Văn Cường');
  });

  it('every graded member with an own proposal and votes → nothing per member is missing', () => {
    const members = Object.fromEntries(ROSTER.members.map((m) => [m.name, { selfGrade: 'HTTNV' as const, votesFor: 10 }]));
    expect(fields('minutes', { ...FACTS, members })).toEqual([]);
  });
});

describe('facts that disagree', () => {
  it.each([
    [10, 1, '08:00', '11:30', []],
    [9, 1, '08:00', '11:30', ['Có mặt 9 và 1 người vắng mặt được ghi tên: cộng lại khác tổng số 11 đảng viên trong danh sách; hãy ghi tên và lý do từng người vắng mặt.']],
    [12, 1, '08:00', '11:30', ['Số có mặt (12) lớn hơn tổng số đảng viên trong danh sách (11).']],
    [10, 1, '11:30', '11:30', ['Giờ kết thúc (11:30) không sau giờ bắt đầu (11:30).']],
    [10, 1, '08:00', '08:01', []],
  ])('present %i, %i absent, %s–%s → %j', (present, absentCount, startTime, endTime, expected) => {
    const absent = FACTS.absent.slice(0, absentCount);
    expect(factWarnings('minutes', ROSTER, { ...FACTS, present, absent, startTime, endTime })).toEqual(expected);
    expect(factWarnings('summary', ROSTER, { ...FACTS, present, absent, startTime, endTime })).toEqual([]);
  });
});

describe('paperwork facts schema', () => {
  it.each([
    [{ startTime: '8:00' }, true],
    [{ startTime: '25:00' }, false],
    [{ present: -1 }, false],
    [{ meetingDate: '05/12/2025' }, false],
    [{ absent: [{ name: 5 }] }, false],
    [{ absent: [{ reason: 'Ốm' }] }, true],
  ])('%j valid: %s, errors name the field in Vietnamese', (input, ok) => {
    const r = parseWith(PaperworkFactsSchema, { v: 1, ...input });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.errors[0]).toMatch(new RegExp(`^Trường «${Object.keys(input)[0]}`));
    if (!r.ok) expect(r.errors[0]).toMatch(/[À-ỹ]/u);
  });
});
