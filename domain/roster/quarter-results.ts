import { foldVietnamese, formatNumberVi, nfc } from '../core/text';
import type { Backup } from '../schemas/backup';
import type { QuarterEvaluation } from '../schemas/quarter-evaluation';
import type { RosterQuarterResult, RosterQuarterResults } from '../schemas/roster';

/**
 * A member's quarter results from their backup file (issue 16 item 7): for the member's work log of the roster's
 * year, each evaluated quarter's grade (the one decided by the competent level, else the member's proposal,
 * marked as such) and its points (…/30 + …/70). Nothing is averaged or graded here; the roster only shows them.
 */
export function quarterResultsOf(year: number, quarters: readonly QuarterEvaluation[]): RosterQuarterResults {
  const results = [...quarters]
    .filter((q) => q.year === year)
    .sort((a, b) => a.quarter - b.quarter)
    .map((q): RosterQuarterResult => {
      const total = Math.round((q.scores.general.score + q.scores.results.score) * 100) / 100;
      const grade = q.decidedGrade ?? q.proposedGrade;
      return grade ? { quarter: q.quarter, grade, proposed: !q.decidedGrade, total } : { quarter: q.quarter, proposed: false, total };
    });
  return { v: 1, year, quarters: results };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** "Quý I: HTTNV (đề xuất) · 85 điểm". */
export function quarterResultLine(q: RosterQuarterResult): string {
  const grade = q.grade ? `${q.grade}${q.proposed ? ' (đề xuất)' : ''}` : 'chưa có mức xếp loại';
  return nfc(`Quý ${ROMAN[q.quarter - 1] ?? q.quarter}: ${grade} · ${formatNumberVi(q.total)} điểm`);
}

/** Who a member of the file is: the name the roster shows and, when the draft had one, the profile id. */
export interface MemberKey {
  name: string;
  profileId?: string | undefined;
}

type Log = Backup['worklogs'][number];
const sameName = (a: string, b: string) => foldVietnamese(a.trim()).toLowerCase() === foldVietnamese(b.trim()).toLowerCase();

/** The name a log belongs to: the person typed in the log, else its profile's name in the file. */
export function logOwnerName(log: Log, profiles: Backup['profiles']): string {
  if (log.person?.name?.trim()) return nfc(log.person.name.trim());
  const subject = profiles.find((p) => p.id === log.profileId)?.profile.subject;
  return subject?.kind === 'individual' ? nfc(subject.fullName.trim()) : '';
}

/**
 * The quarter results of `year` for each member taken from one backup file, matched to their log by profile id,
 * else by name (accents and case aside), else — one member and one log in the file — to each other. A log no
 * member matches comes back under its owner's name (a member with quarters but no annual draft yet); a log with no
 * evaluated quarter, or no name, is left out.
 */
export function quarterResultsFromBackup(
  backup: Pick<Backup, 'worklogs' | 'profiles'>,
  year: number,
  members: readonly MemberKey[],
): { byMember: (RosterQuarterResults | undefined)[]; others: { name: string; quarterResults: RosterQuarterResults }[] } {
  const logs = backup.worklogs.filter((l) => l.year === year && l.quarters.some((q) => q.year === year));
  const byMember: (RosterQuarterResults | undefined)[] = members.map(() => undefined);
  const used = new Set<Log>();
  const give = (i: number, log: Log | undefined) => {
    if (!log || used.has(log) || byMember[i]) return;
    used.add(log);
    byMember[i] = quarterResultsOf(year, log.quarters);
  };
  members.forEach((m, i) => give(i, m.profileId ? logs.find((l) => l.profileId === m.profileId && !used.has(l)) : undefined));
  members.forEach((m, i) => give(i, logs.find((l) => !used.has(l) && sameName(logOwnerName(l, backup.profiles), m.name))));
  if (members.length === 1 && logs.length === 1) give(0, logs[0]);
  const others = logs
    .filter((l) => !used.has(l))
    .map((l) => ({ name: logOwnerName(l, backup.profiles), quarterResults: quarterResultsOf(year, l.quarters) }))
    .filter((o) => o.name !== '');
  return { byMember, others };
}
