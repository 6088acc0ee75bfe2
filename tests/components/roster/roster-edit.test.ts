import { describe, expect, it } from 'vitest';
import { checkable, csvCell, emptyRoster, memberFileTooLarge, membersFromBackup, summaryCsv } from '../../../components/roster/roster-edit';
import { buildBackup } from '../../../domain/backup/build';
import { parseBackupText } from '../../../domain/backup/parse';
import { checkRoster } from '../../../domain/roster';
import type { Draft } from '../../../domain/schemas/draft';
import { fixtureDraft, sampleProfile, sampleWorklogParts } from '../../stores/fixtures';

const withGrade = (name: string, draft: Draft, grade: Draft['assessment']['proposedGrade'], updatedAt = 1): Draft => ({
  ...draft,
  id: `${name}-${draft.id}-${updatedAt}`,
  updatedAt,
  assessment: { ...draft.assessment, proposedGrade: grade },
});

function backupOf(drafts: Draft[], settings: { key: string; value: unknown }[] = []) {
  const r = parseBackupText(JSON.stringify(buildBackup({ profiles: [], drafts: drafts.map((draft) => ({ draft })), rosters: [], overlays: [], settings }, 1_760_000_000_000)));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('members from backup files', () => {
  it("takes each individual draft of the year: the profile's name, the post, the proposed grade; the latest wins", () => {
    const backup = backupOf([
      withGrade('a', fixtureDraft('qd366-2025-02A'), 'HTTNV', 1),
      withGrade('b', fixtureDraft('qd366-2025-02A'), 'HTXSNV', 5),
      withGrade('c', fixtureDraft('qd366-2025-01'), 'HTTNV'),
      withGrade('d', fixtureDraft('qd124-2023-02A'), 'HTTNV'),
    ]);
    const got = membersFromBackup(backup, 2025);
    expect(got.members).toEqual([
      { name: 'Nguyễn Văn Ánh', role: 'Phó Chánh Văn phòng', isHead: false, proposedGrade: 'HTXSNV', kind: 'leader', facts: { scores: { common: 27, results: 62.5 } } },
    ]);
    expect(got.skipped).toBe(3);
    expect(membersFromBackup(backup, 2023).members.map((m) => m.proposedGrade)).toEqual(['HTTNV']);
  });
});

describe("members from backup files (v3): the member's quarter results of the roster's year", () => {
  const draft2026 = (profileId: string | undefined): Draft => {
    const d = withGrade('a', fixtureDraft('qd366-2025-02A'), 'HTTNV');
    return { ...d, reviewYear: 2026, profile: { ...d.profile!, id: profileId, reviewYear: 2026 } };
  };
  function v3Backup(drafts: Draft[], logIds: string[]) {
    const logs = logIds.map((id) => sampleWorklogParts(id));
    const r = parseBackupText(JSON.stringify(buildBackup({ profiles: [{ id: 'p-1', updatedAt: 1, profile: sampleProfile }], drafts: drafts.map((draft) => ({ draft })), ...{
      worklogs: logs.flatMap((l) => l.worklogs),
      worklogEntries: logs.flatMap((l) => l.worklogEntries).map((e, i) => ({ ...e, id: `e-${i}` })),
      attachments: [],
    } }, 1_760_000_000_000)));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.value;
  }

  it("the member's log of the year (same profile) gives the quarters: decided grade, else the proposal, and points", () => {
    const got = membersFromBackup(v3Backup([draft2026('p-1')], ['p-1:2026']), 2026);
    expect(got.members.map((m) => [m.name, m.proposedGrade, m.quarterResults])).toEqual([
      [
        'Nguyễn Văn Ánh',
        'HTTNV',
        { v: 1, year: 2026, quarters: [{ quarter: 1, grade: 'HTTNV', proposed: false, total: 85 }, { quarter: 2, grade: 'HTTNV', proposed: true, total: 85 }] },
      ],
    ]);
  });

  it('a roster of another year takes no quarters; a log without a draft of the year comes in as a member', () => {
    expect(membersFromBackup(v3Backup([draft2026('p-1')], ['p-1:2026']), 2025).members).toEqual([]);
    const onlyLog = membersFromBackup(v3Backup([], ['p-1:2026']), 2026);
    expect(onlyLog.members).toEqual([{ name: 'Nguyễn Văn Ánh', isHead: false, quarterResults: expect.objectContaining({ year: 2026 }) }]);
  });

  it('a v2 file (no work log) gives the members without quarters', () => {
    const got = membersFromBackup(backupOf([withGrade('a', fixtureDraft('qd366-2025-02A'), 'HTTNV')]), 2025);
    expect(got.members[0]!.quarterResults).toBeUndefined();
  });
});

describe('members from backup files: facts for the one-by-one check', () => {
  const base = withGrade('a', fixtureDraft('qd366-2025-02B'), 'HTXSNV');
  const draft: Draft = { ...base, assessment: { ...base.assessment, scores: { common: 28, results: 64 } } }; // 92 points
  const name = () => membersFromBackup(backupOf([draft]), 2025).members[0]!.name;
  const rosterOf = (members: ReturnType<typeof membersFromBackup>['members']) => ({ ...emptyRoster(2025), members: [...members, ...Array.from({ length: 9 }, (_, i) => ({ name: `B${i}`, isHead: false, proposedGrade: 'HTTNV' as const }))] });
  const memberFindings = (members: ReturnType<typeof membersFromBackup>['members']) =>
    checkRoster(rosterOf(members)).findings.filter((f) => f.id.startsWith('member.')).map((f) => [f.id, f.members]);

  it("the draft's facts alone leave HTXSNV unconfirmed: a warning naming the member", () => {
    const got = membersFromBackup(backupOf([draft]), 2025);
    expect(got.members[0]).toMatchObject({ kind: 'non-leader', proposedGrade: 'HTXSNV' });
    expect(memberFindings(got.members)).toEqual([['member.unconfirmed', [name()]]]);
  });

  it("with the member's answers on the grade check (kept in the file's settings) the facts are complete", () => {
    const answers = { v: 1, facts: { tasks: { total: 10, onTime: 10, late: 0, exceeded: 4, notCompleted: 0 }, priorShortcomings: { total: 0, remedied: 0 }, discipline: { form: 'none' }, degradationConcluded: false, forbiddenActs: false, exemplaryBreach: false } };
    const got = membersFromBackup(backupOf([draft], [{ key: `grade-facts:${draft.id}`, value: answers }]), 2025);
    expect(got.members[0]!.facts).toMatchObject({ scores: draft.assessment.scores, tasks: answers.facts.tasks, discipline: { form: 'none' } });
    expect(memberFindings(got.members)).toEqual([]);
    // a reprimand this year: HTXSNV out of reach → an error
    const disciplined = { ...answers, facts: { ...answers.facts, discipline: { form: 'khien-trach' } } };
    const worse = membersFromBackup(backupOf([draft], [{ key: `grade-facts:${draft.id}`, value: disciplined }]), 2025);
    expect(memberFindings(worse.members)).toEqual([['member.above-allowed', [name()]]]);
  });

  it("answers kept in the member's draft (assessment.checkAnswers) are read, and win over an older record in the settings", () => {
    const raw = { 'tasks.total': '10', 'tasks.onTime': '10', 'tasks.exceeded': '4', 'priorShortcomings.total': '0', 'discipline.form': 'none', degradationConcluded: 'false', forbiddenActs: 'false', exemplaryBreach: 'false' };
    const own: Draft = { ...draft, assessment: { ...draft.assessment, checkAnswers: { raw, notApplicable: [], readings: {} } } };
    const older = { v: 1, facts: { discipline: { form: 'khien-trach' } } };
    const got = membersFromBackup(backupOf([own], [{ key: `grade-facts:${draft.id}`, value: older }]), 2025);
    expect(got.members[0]!.facts).toMatchObject({ tasks: { total: 10, onTime: 10, exceeded: 4 }, priorShortcomings: { total: 0, remedied: 0 }, discipline: { form: 'none' } });
    expect(memberFindings(got.members)).toEqual([]);
  });

  it('answers that do not pass the check are left out; the draft still gives its facts', () => {
    const got = membersFromBackup(backupOf([draft], [{ key: `grade-facts:${draft.id}`, value: { v: 1, facts: { tasks: { total: -1 } } } }]), 2025);
    expect(got.members[0]!.facts).toEqual({ scores: draft.assessment.scores });
  });

  it('a member exempt by their own profile comes in excluded, with the reason and its clause', () => {
    const profile = { ...draft.profile!, subject: { ...draft.profile!.subject, partyStatus: 'mien-sinh-hoat' } } as Draft['profile'];
    const got = membersFromBackup(backupOf([{ ...draft, profile }]), 2025);
    expect(got.members[0]!.excluded).toBe('QĐ 366 Điều 5 khoản 2 điểm 2.1: Đảng viên được miễn công tác và sinh hoạt đảng không phải kiểm điểm.');
    expect(checkRoster(rosterOf(got.members)).summary.excluded).toBe(1);
  });
});

describe('summary CSV', () => {
  it('one row per grade with vi-VN decimals quoted, then the totals; BOM first', () => {
    const roster = {
      ...emptyRoster(2025),
      unit: { name: 'Chi bộ Văn phòng, phường', kind: 'chi-bo' as const },
      members: [
        { name: 'A', isHead: false, proposedGrade: 'HTXSNV' as const },
        { name: 'B', isHead: false, proposedGrade: 'HTTNV' as const },
        { name: 'C', isHead: false, proposedGrade: 'HTTNV' as const },
        { name: 'D', isHead: false, excluded: 'Miễn sinh hoạt' },
      ],
    };
    expect(summaryCsv(checkRoster(roster)).split('\r\n')).toEqual([
      '\uFEFFĐơn vị,"Chi bộ Văn phòng, phường"',
      'Mức xếp loại,Số lượng,Tỉ lệ (%)',
      'Hoàn thành xuất sắc nhiệm vụ (HTXSNV),1,"33,3"',
      'Hoàn thành tốt nhiệm vụ (HTTNV),2,"66,7"',
      'Hoàn thành nhiệm vụ (HTNV),0,0',
      'Không hoàn thành nhiệm vụ (KHTNV),0,0',
      'Tổng số được xếp loại,3,100',
      '"Không xếp loại (miễn, chưa đủ thời gian…)",1,',
      'Chưa có mức đề xuất,0,',
      'Tổng số trong danh sách,4,',
      '',
    ]);
  });

  // Issue 20 item 7: a unit name that is a formula used to be written as is, and spreadsheets evaluated it.
  it.each([
    ['=HYPERLINK("http://x.example","Bấm")', `"'=HYPERLINK(""http://x.example"",""Bấm"")"`],
    ['+84 912', "'+84 912"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['Chi bộ = Văn phòng', 'Chi bộ = Văn phòng'],
    ['Chi bộ 3', 'Chi bộ 3'],
    ['33,3', '"33,3"'],
    ['', ''],
  ])('CSV cell %j → %j', (raw, cell) => expect(csvCell(raw)).toBe(cell));

  it('the summary CSV of a unit named like a formula carries it as text', () => {
    const roster = { ...emptyRoster(2025), unit: { name: '=HYPERLINK("http://x.example")', kind: 'chi-bo' as const }, members: [{ name: '@An', isHead: false, proposedGrade: 'HTTNV' as const }] };
    expect(summaryCsv(checkRoster(roster)).split('\r\n')[0]).toBe(`\uFEFFĐơn vị,"'=HYPERLINK(""http://x.example"")"`);
  });

  it('checkable leaves out members without a name and says which', () => {
    const r = checkable({ ...emptyRoster(2025), members: [{ name: 'A', isHead: false }, { name: ' ', isHead: false }, { name: '', isHead: false }] });
    expect(r.unnamed).toEqual([2, 3]);
    expect(r.roster.members.map((m) => m.name)).toEqual(['A']);
  });
});

// Issue 20 item 7: a member's file is measured before it is read (a 600 MB file used to be read whole).
describe('member files: size first', () => {
  it.each([
    [1024, undefined],
    [50 * 1024 * 1024, undefined],
    [50 * 1024 * 1024 + 1, 'Tệp «x.json»: quá lớn (50 MB; tệp sao lưu tối đa 50 MB), không đọc.'],
    [600 * 1024 * 1024, 'Tệp «x.json»: quá lớn (600 MB; tệp sao lưu tối đa 50 MB), không đọc.'],
  ])('%i bytes → %s', (size, message) => expect(memberFileTooLarge({ name: 'x.json', size })).toBe(message));
});
