/**
 * Drives domain/ from Node: JSON in, JSON out.
 *   npm run -s cli -- guide <profile.json>
 *   npm run -s cli -- assess <profile.json> [--today YYYY-MM-DD]   (who the subject is, status, form)
 *   npm run -s cli -- check <case.json | draft.json> [--today YYYY-MM-DD]
 *   npm run -s cli -- roster <roster.json|.csv>
 *   npm run -s cli -- export <draft.json> -o <file.docx>
 *   npm run -s cli -- paperwork <roster.json> <minutes|summary|not-graded|dossier> -o <file.docx>
 *   npm run -s cli -- rules ["Điều 11"]   (find any rule by its clause)
 *   npm run -s cli -- worklog-rollup <log.json> [--quarter 2026-Q3]
 *   npm run -s cli -- quarter-check <quarter.json | quarters.json> [--log <log.json>] [--no-local]
 *   npm run -s cli -- export-worklog <log.json> --form mau05|phu-luc|nd335 [--quarter 2026-Q3] -o <file.docx>
 *   npm run -s cli -- season-due [--today YYYY-MM-DD] [--as leader,cong-chuc]
 *   npm run -s cli -- worklog-import <table.tsv|.csv>
 * Bad input: a Vietnamese message naming the field on stderr, exit code 2, nothing on stdout.
 */
import { UserInputError, type CliCommand } from './io';
import { assessCommand } from './commands/assess';
import { guideCommand } from './commands/guide';
import { checkCommand } from './commands/check';
import { rosterCommand } from './commands/roster';
import { exportCommand } from './commands/export';
import { paperworkCommand } from './commands/paperwork';
import { rulesCommand } from './commands/rules';
import { exportWorklogCommand, quarterCheckCommand, seasonDueCommand, worklogImportCommand, worklogRollupCommand } from './commands/worklog';

const COMMANDS: Record<string, CliCommand> = {
  assess: assessCommand,
  guide: guideCommand,
  check: checkCommand,
  roster: rosterCommand,
  export: exportCommand,
  paperwork: paperworkCommand,
  rules: rulesCommand,
  'worklog-rollup': worklogRollupCommand,
  'quarter-check': quarterCheckCommand,
  'export-worklog': exportWorklogCommand,
  'season-due': seasonDueCommand,
  'worklog-import': worklogImportCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`Lệnh không hợp lệ: ${name ?? '(trống)'}. Các lệnh: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  try {
    const result = await command(args);
    if (result !== undefined) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UserInputError) {
      process.stderr.write(e.lines.join('\n') + '\n');
      return 2;
    }
    process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
