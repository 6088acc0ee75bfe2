import { spawnSync } from 'node:child_process';

/** Vitest runs from the repository root. */
export const ROOT = process.cwd();

/**
 * Runs `node --import tsx cli/main.ts …` from the repository root. Not through npx: npm writes its own lines on
 * stderr (config warnings, an "update available" notice on a fresh machine), which are not the CLI's output.
 */
export function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
