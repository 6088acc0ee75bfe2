/**
 * Drives domain/ from Node: JSON in, JSON out.
 *   npm run -s cli -- guide <profile.json>
 *   npm run -s cli -- assess <profile.json> [--today YYYY-MM-DD]   (who the subject is, status, form)
 *   npm run -s cli -- check <case.json | draft.json> [--today YYYY-MM-DD]
 *   npm run -s cli -- roster <roster.json|.csv>
 *   npm run -s cli -- export <draft.json> -o <file.docx>
 *   npm run -s cli -- paperwork <roster.json> <minutes|summary|not-graded|dossier> -o <file.docx>
 *   npm run -s cli -- rules ["Điều 11"]   (find any rule by its clause)
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

const COMMANDS: Record<string, CliCommand> = {
  assess: assessCommand,
  guide: guideCommand,
  check: checkCommand,
  roster: rosterCommand,
  export: exportCommand,
  paperwork: paperworkCommand,
  rules: rulesCommand,
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
