import { describe, expect, it } from 'vitest';
import { quarterResultLine, quarterResultsFromBackup, quarterResultsOf } from '../../../domain/roster/quarter-results';
import { BackupSchema, type Backup } from '../../../domain/schemas/backup';
import { sampleBackup, sampleQuarter, sampleWorklogParts } from '../../stores/fixtures';

/** A member's quarter results from their backup file: the decided grade, else the proposal (marked), and points. */
describe('quarterResultsOf', () => {
  it.each([
    ['decided wins over proposed', sampleQuarter(1, 26, 59, { proposedGrade: 'HTXSNV', decidedGrade: 'HTTNV' }), { quarter: 1, grade: 'HTTNV', proposed: false, total: 85 }],
    ['only proposed: marked as proposed', sampleQuarter(2, 25, 60.5, { proposedGrade: 'HTTNV' }), { quarter: 2, grade: 'HTTNV', proposed: true, total: 85.5 }],
    ['no grade yet: the points alone', sampleQuarter(3, 20, 45), { quarter: 3, proposed: false, total: 65 }],
    ['decided without a proposal', sampleQuarter(4, 0, 0, { decidedGrade: 'KHTNV' }), { quarter: 4, grade: 'KHTNV', proposed: false, total: 0 }],
  ] as const)('%s', (_l, q, result) => expect(quarterResultsOf(2026, [q]).quarters).toEqual([result]));

  it('in quarter order, only the quarters of the year', () => {
    const r = quarterResultsOf(2026, [sampleQuarter(3, 20, 45), sampleQuarter(1, 26, 59), { ...sampleQuarter(2, 1, 1), year: 2027 }]);
    expect(r).toEqual({ v: 1, year: 2026, quarters: [{ quarter: 1, proposed: false, total: 85 }, { quarter: 3, proposed: false, total: 65 }] });
  });
});

describe('quarterResultLine', () => {
  it.each([
    [{ quarter: 1, grade: 'HTTNV', proposed: true, total: 85 }, 'Quý I: HTTNV (đề xuất) · 85 điểm'],
    [{ quarter: 2, grade: 'HTXSNV', proposed: false, total: 92.5 }, 'Quý II: HTXSNV · 92,5 điểm'],
    [{ quarter: 3, proposed: false, total: 0 }, 'Quý III: chưa có mức xếp loại · 0 điểm'],
    [{ quarter: 4, grade: 'KHTNV', proposed: true, total: 49.75 }, 'Quý IV: KHTNV (đề xuất) · 49,75 điểm'],
  ] as const)('%j → %s', (q, line) => expect(quarterResultLine(q)).toBe(line));
});

describe('quarterResultsFromBackup: which log is whose', () => {
  const backup = BackupSchema.parse(sampleBackup()) as Backup; // log p-1:2026 of «Nguyễn Văn Ánh», quarters I (decided) and II
  const second = (over: Record<string, unknown>) => ({ ...sampleWorklogParts('p-2:2026').worklogs[0]!, person: { name: 'Lê Văn Cường' }, ...over }) as Backup['worklogs'][number];
  const withLogs = (worklogs: Backup['worklogs']) => ({ ...backup, worklogs });
  const grades = (r: ReturnType<typeof quarterResultsFromBackup>) => r.byMember.map((q) => q?.quarters.map((x) => `${x.quarter}:${x.grade}${x.proposed ? '?' : ''}`).join(' '));

  it.each([
    ['by profile id, whatever the name', [{ name: 'Ánh', profileId: 'p-1' }], ['1:HTTNV 2:HTTNV?']],
    ['by name, accents and case aside', [{ name: 'NGUYEN VAN ANH' }], ['1:HTTNV 2:HTTNV?']],
    ['one member and one log in the file: each other', [{ name: 'Tên khác' }], ['1:HTTNV 2:HTTNV?']],
    ['two members, no match: none', [{ name: 'A' }, { name: 'B' }], [undefined, undefined]],
  ])('%s', (_l, members, expected) => expect(grades(quarterResultsFromBackup(backup, 2026, members))).toEqual(expected));

  it('another year has no results', () => {
    expect(quarterResultsFromBackup(backup, 2025, [{ name: 'Nguyễn Văn Ánh' }])).toEqual({ byMember: [undefined], others: [] });
  });

  it('two logs: each to its member; a log nobody matches comes under its owner’s name', () => {
    const r = quarterResultsFromBackup(withLogs([...backup.worklogs, second({})]), 2026, [{ name: 'Nguyễn Văn Ánh' }]);
    expect(grades(r)).toEqual(['1:HTTNV 2:HTTNV?']);
    expect(r.others.map((o) => o.name)).toEqual(['Lê Văn Cường']);
  });

  it('a log without evaluated quarters, or without a name, is left out', () => {
    const r = quarterResultsFromBackup(withLogs([second({ quarters: [] }), second({ id: 'x:2026', profileId: 'x', person: undefined })]), 2026, [{ name: 'A' }, { name: 'B' }]);
    expect(r).toEqual({ byMember: [undefined, undefined], others: [] });
  });

  it('the name comes from the profile in the file when the log has none', () => {
    const r = quarterResultsFromBackup(withLogs([{ ...backup.worklogs[0]!, person: undefined }]), 2026, [{ name: 'A' }, { name: 'Nguyễn Văn Ánh' }]);
    expect(grades(r)).toEqual([undefined, '1:HTTNV 2:HTTNV?']);
  });
});
