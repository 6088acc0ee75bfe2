import { describe, expect, it } from 'vitest';
import { checkable, emptyRoster, membersFromBackup, summaryCsv } from '../../../components/roster/roster-edit';
import { buildBackup } from '../../../domain/backup/build';
import { parseBackupText } from '../../../domain/backup/parse';
import { checkRoster } from '../../../domain/roster';
import type { Draft } from '../../../domain/schemas/draft';
import { fixtureDraft } from '../../stores/fixtures';

const withGrade = (name: string, draft: Draft, grade: Draft['assessment']['proposedGrade'], updatedAt = 1): Draft => ({
  ...draft,
  id: `${name}-${draft.id}-${updatedAt}`,
  updatedAt,
  assessment: { ...draft.assessment, proposedGrade: grade },
});

function backupOf(drafts: Draft[]) {
  const r = parseBackupText(JSON.stringify(buildBackup({ profiles: [], drafts: drafts.map((draft) => ({ draft })), rosters: [], overlays: [], settings: [] }, 1_760_000_000_000)));
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
    expect(got.members).toEqual([{ name: 'Nguyễn Văn Ánh', role: 'Phó Chánh Văn phòng', isHead: false, proposedGrade: 'HTXSNV' }]);
    expect(got.skipped).toBe(3);
    expect(membersFromBackup(backup, 2023).members.map((m) => m.proposedGrade)).toEqual(['HTTNV']);
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

  it('checkable leaves out members without a name and says which', () => {
    const r = checkable({ ...emptyRoster(2025), members: [{ name: 'A', isHead: false }, { name: ' ', isHead: false }, { name: '', isHead: false }] });
    expect(r.unnamed).toEqual([2, 3]);
    expect(r.roster.members.map((m) => m.name)).toEqual(['A']);
  });
});
