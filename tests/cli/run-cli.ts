import { spawnSync } from 'node:child_process';

/** Vitest runs from the repository root. */
export const ROOT = process.cwd();

/** Runs `npx tsx cli/main.ts …` from the repository root. */
export function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  // npm may print its own warnings on stderr; keep only the CLI's lines.
  const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}
