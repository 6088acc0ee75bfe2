import { rulebookIdForYear } from '../../domain/core/rulebook-id';
import { checkRoster, parseRosterText } from '../../domain/roster';
import { ROSTER_RULES } from '../../domain/roster/rules';
import { RosterSchema, type Roster } from '../../domain/schemas/roster';
import { readJsonFile, readTextFile, UserInputError, validate, type CliCommand } from '../io';

/**
 * roster <roster.json|.csv|.tsv|.txt> [--year 2025] [--unit-name …] [--unit-kind chi-bo] [--unit-grade HTTNV]
 *        [--overlay ha-tinh-2023] [--quota-reading literal|pool]
 * A JSON file is a Roster v1; a spreadsheet paste needs at least --year (the flags fill what the text cannot carry).
 */
const FLAGS = ['--year', '--unit-name', '--unit-kind', '--unit-grade', '--overlay', '--quota-reading'] as const;
type Flag = (typeof FLAGS)[number];

function parseArgs(args: string[]): { file: string | undefined; flags: Partial<Record<Flag, string>> } {
  const flags: Partial<Record<Flag, string>> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      if (!(FLAGS as readonly string[]).includes(a)) throw new UserInputError([`Tùy chọn không hợp lệ: ${a}. Các tùy chọn: ${FLAGS.join(', ')}.`]);
      const v = args[++i];
      if (v === undefined) throw new UserInputError([`Tùy chọn ${a}: thiếu giá trị.`]);
      flags[a as Flag] = v;
    } else if (file === undefined) file = a;
    else throw new UserInputError([`Chỉ nhận một tệp danh sách; thừa «${a}».`]);
  }
  return { file, flags };
}

function fromText(text: string, flags: Partial<Record<Flag, string>>): Roster {
  const year = Number(flags['--year']);
  if (!flags['--year'] || !Number.isInteger(year)) throw new UserInputError(['Tùy chọn --year: cần năm kiểm điểm (ví dụ --year 2025) khi đọc danh sách dạng bảng.']);
  const unit: Record<string, unknown> = { name: flags['--unit-name'] ?? '', kind: flags['--unit-kind'] ?? 'chi-bo' };
  if (flags['--unit-grade']) unit.grade = flags['--unit-grade'];
  const base: Record<string, unknown> = { reviewYear: year, unit, settings: { quotaReading: flags['--quota-reading'] ?? 'literal' } };
  if (flags['--overlay']) base.overlayId = flags['--overlay'];
  const r = parseRosterText(text, base as Parameters<typeof parseRosterText>[1]);
  if (!r.ok) throw new UserInputError(['Danh sách không hợp lệ:', ...r.errors]);
  return r.value;
}

export const rosterCommand: CliCommand = (args) => {
  const { file, flags } = parseArgs(args);
  if (!file) throw new UserInputError(['Cách dùng: roster <roster.json|.csv> [--year 2025] [--unit-grade HTTNV] …']);
  const roster = /\.json$/i.test(file)
    ? validate(RosterSchema, readJsonFile(file, 'tệp danh sách'), 'Tệp danh sách')
    : fromText(readTextFile(file, 'tệp danh sách'), flags);
  const id = roster.rulebookId ?? rulebookIdForYear(roster.reviewYear);
  if (!id || !ROSTER_RULES[id])
    throw new UserInputError([`Trường «reviewYear»: năm ${roster.reviewYear} chưa được hỗ trợ (chỉ hỗ trợ từ năm 2023).`]);
  return checkRoster(roster);
};
