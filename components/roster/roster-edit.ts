import { GRADE_LABELS } from '@/domain/core/grade';
import { formatNumberVi, nfc } from '@/domain/core/text';
import { roleOfFormCode } from '@/domain/drafting/form-choice';
import type { RosterResult } from '@/domain/roster';
import { checkGrade } from '@/domain/grading';
import type { Backup } from '@/domain/schemas/backup';
import type { Draft } from '@/domain/schemas/draft';
import { clip } from '@/domain/schemas/errors';
import type { Roster, RosterMember, RosterUnitKind } from '@/domain/schemas/roster';
import { buildCheckCase } from '@/domain/grading/from-draft';
import { quarterResultsFromBackup } from '@/domain/roster/quarter-results';
import { MAX_BACKUP_BYTES } from '@/stores/backup';
import { emptyGradeFacts, gradeFactsKey, GradeFactsSchema } from '@/stores/grade-facts';

/** Pure helpers of the roster screen: a new roster, members from backup files, the checkable part, the CSV. */
export const UNIT_KIND_LABELS: Record<RosterUnitKind, string> = {
  'chi-bo': 'Chi bộ',
  'dang-bo': 'Đảng bộ',
  'tap-the-lanh-dao-quan-ly': 'Tập thể lãnh đạo, quản lý',
  'co-quan-don-vi': 'Cơ quan, đơn vị',
};

export const emptyRoster = (reviewYear: number): Roster => ({
  v: 1,
  reviewYear,
  unit: { name: '', kind: 'chi-bo' },
  members: [],
  subordinateUnits: [],
  settings: { quotaReading: 'literal', outstandingUnit: false },
});

export const emptyMember = (): RosterMember => ({ name: '', isHead: false });

/**
 * The facts of one member's draft with their answers on the grade check, the kind of member, and why not graded.
 * The answers are the draft's own (`assessment.checkAnswers`); a file from an older version keeps them in its
 * settings (`grade-facts:<draftId>`), read when the draft has none (buildCheckCase → answersOfDraft).
 */
function checkedFacts(draft: Draft, settings: Backup['settings']): Pick<RosterMember, 'facts' | 'kind' | 'excluded'> {
  const stored = settings.find((x) => x.key === gradeFactsKey(draft.id));
  const answers = stored ? GradeFactsSchema.safeParse(stored.value) : undefined;
  const built = buildCheckCase(draft, answers?.success ? answers.data : emptyGradeFacts()).value;
  if (!built) return {};
  const out: Pick<RosterMember, 'facts' | 'kind' | 'excluded'> = {};
  if (Object.keys(built.facts).length > 0) out.facts = built.facts;
  if (built.subjectKind && built.subjectKind !== 'collective') out.kind = built.subjectKind;
  const result = checkGrade(built);
  if (result.outcome === 'exempt' || result.outcome === 'not-graded') out.excluded = clip(result.notes[0] ?? (result.outcome === 'exempt' ? 'Không thuộc đối tượng kiểm điểm' : 'Không xếp loại'), 280);
  return out;
}

/**
 * Members from a backup file (kiem-diem-backup): each individual draft of the roster's year gives the name on
 * its profile (else its title) and its proposed grade; the most recently edited draft wins for one name.
 * The facts go along (scores, tasks… from the draft, and the answers the member gave on the grade check, kept in
 * the draft or, in older files, in the file's settings), so the roster checks each member one by one; a member whose own rules say "not graded"
 * or "exempt" comes in excluded, with the reason. Unknown facts only make a warning (see checkMembers).
 * A v3 file also brings each member's quarter results of the year from their work log
 * (domain/roster/quarter-results.ts); a log whose person has no draft of the year comes in as a member of its own.
 */
export function membersFromBackup(backup: Backup, reviewYear: number): { members: RosterMember[]; skipped: number } {
  const byName = new Map<string, { member: RosterMember; updatedAt: number; profileId?: string | undefined }>();
  let skipped = 0;
  for (const { draft } of backup.drafts) {
    const role = roleOfFormCode(draft.rulebookId, draft.formCode);
    const s = draft.profile?.subject;
    const name = nfc(((s?.kind === 'individual' ? s.fullName : '') || draft.title).trim());
    if (draft.reviewYear !== reviewYear || role === 'collective' || role === 'regrade' || name === '') {
      skipped++;
      continue;
    }
    const post = s?.kind === 'individual' ? s.leadershipPosts[0] : undefined;
    const member: RosterMember = { name: name.slice(0, 300), isHead: post?.isHead === true };
    const roleText = post?.title ?? (s?.kind === 'individual' ? s.jobTitle : undefined);
    if (roleText) member.role = roleText;
    if (draft.assessment.proposedGrade) member.proposedGrade = draft.assessment.proposedGrade;
    Object.assign(member, checkedFacts(draft, backup.settings));
    const prev = byName.get(name);
    if (prev) skipped++;
    if (!prev || prev.updatedAt < draft.updatedAt) byName.set(name, { member, updatedAt: draft.updatedAt, profileId: draft.profile?.id });
  }
  const found = [...byName.values()];
  const quarters = quarterResultsFromBackup(backup, reviewYear, found.map((e) => ({ name: e.member.name, profileId: e.profileId })));
  const members = found.map((e, i) => {
    const quarterResults = quarters.byMember[i];
    return quarterResults ? { ...e.member, quarterResults } : e.member;
  });
  for (const other of quarters.others) members.push({ name: other.name.slice(0, 300), isHead: false, quarterResults: other.quarterResults });
  return { members, skipped };
}

/**
 * A member's file too large to be a backup, said before anything is read (issue 20 item 7: a 600 MB file used to
 * be read whole, then refused as "not JSON").
 */
export function memberFileTooLarge(file: { name: string; size: number }): string | undefined {
  if (file.size <= MAX_BACKUP_BYTES) return undefined;
  const mb = (x: number) => formatNumberVi(x / (1024 * 1024), x < 10 * 1024 * 1024 ? 1 : 0);
  return `Tệp «${clip(file.name)}»: quá lớn (${mb(file.size)} MB; tệp sao lưu tối đa ${mb(MAX_BACKUP_BYTES)} MB), không đọc.`;
}

/** The roster without members still missing a name (listed by position, 1-based), so the check runs while typing. */
export function checkable(roster: Roster): { roster: Roster; unnamed: number[] } {
  const unnamed: number[] = [];
  const members = roster.members.filter((m, i) => (m.name.trim() === '' ? (unnamed.push(i + 1), false) : true));
  return { roster: { ...roster, members }, unnamed };
}

/**
 * One CSV cell. Text a spreadsheet would read as a formula (starting with = + - @, or a tab / carriage return
 * before one) gets a leading apostrophe, so a unit name like `=HYPERLINK(…)` is shown, never evaluated.
 */
export function csvCell(raw: string): string {
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The summary table as CSV (UTF-8 with BOM for spreadsheet programs; vi-VN decimal commas, so such cells are quoted). */
export function summaryCsv(result: RosterResult): string {
  const s = result.summary;
  const rows: string[][] = [
    ['Đơn vị', result.unit.name],
    ['Mức xếp loại', 'Số lượng', 'Tỉ lệ (%)'],
    ...s.rows.map((r) => [`${GRADE_LABELS[r.grade]} (${r.grade})`, String(r.count), formatNumberVi(r.percent, 1)]),
    ['Tổng số được xếp loại', String(s.graded), s.graded > 0 ? '100' : '0'],
    ['Không xếp loại (miễn, chưa đủ thời gian…)', String(s.excluded), ''],
    ['Chưa có mức đề xuất', String(s.notProposed), ''],
    ['Tổng số trong danh sách', String(s.total), ''],
  ];
  return '\uFEFF' + rows.map((r) => r.map((c) => csvCell(nfc(c))).join(',')).join('\r\n') + '\r\n';
}
