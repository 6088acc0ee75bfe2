import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A fresh clone with nothing beside it must build and pass: no file the repository tracks may reach outside it
 * (the team's reference folder beside the clone, a machine's absolute paths). Sources the rules cite live in
 * domain/sources/; fixtures in tests/fixtures/.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
const TEXT = /\.(ts|mts|mjs|js|cjs|vue|json|md|html|css|sh|yml|yaml|txt|csv|tsv)$|(^|\/)(run|\.gitignore)$/;

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && TEXT.test(f) && f !== 'package-lock.json' && f !== SELF);

/** Rules a line breaks: a path into the reference folder beside the clone, or an absolute path of a machine. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.\.\/+shared\b/, 'đường dẫn ra thư mục shared/ bên cạnh kho mã'],
  [/(^|[\s'"`(])shared\/(domain|seeds|notes|hooks)\//, 'tham chiếu thư mục tham khảo shared/ (không có trong kho mã)'],
  [/(^|[\s'"`(=])\/(work|home|root|Users)\//, 'đường dẫn tuyệt đối của một máy'],
  [/[A-Z]:\\\\/, 'đường dẫn tuyệt đối Windows'],
  [/\b(qd366-rules|regulations|2026-update|anchors|architecture|toolchain)\.md\b|\bseed 00\d\b/, 'tham chiếu ghi chú nội bộ của nhóm (không có trong kho mã)'],
];

/** Relative path literals in code ('../../x') that resolve outside the repository from the file's folder. */
const RELATIVE_LITERAL = /['"`]((?:\.\.\/)+[^'"`\s$]*)['"`]/g;
const CODE = /\.(ts|mts|mjs|js|cjs|vue)$/;

export function violations(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const rule = FORBIDDEN.find(([re]) => re.test(line));
    if (rule) {
      out.push(`${file}:${i + 1}: ${rule[1]}: ${line.trim().slice(0, 120)}`);
      return;
    }
    if (!CODE.test(file)) return;
    for (const m of line.matchAll(RELATIVE_LITERAL)) {
      const target = resolve(ROOT, dirname(file), m[1]!);
      if (target !== ROOT && !target.startsWith(ROOT + sep)) out.push(`${file}:${i + 1}: đường dẫn ra ngoài kho mã: ${m[1]}`);
    }
  });
  return out;
}

describe('the repository stands on its own', () => {
  it('tracks the files it checks', () => {
    expect(tracked.length).toBeGreaterThan(200);
    expect(tracked).toContain('domain/sources/catalogue.ts');
  });

  it('no tracked file reaches outside the repository', () => {
    const found = tracked.flatMap((f) => violations(f, readFileSync(resolve(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['tests/domain/x.test.ts', "const SHARED = join(__dirname, '../../../shared');", 1],
    ['domain/rulebooks/ref.ts', "source: 'shared/domain/qd366-rules.md §5',", 1],
    ['scripts/x.mjs', "const p = '/work/shared/seeds/001.txt';", 1],
    ['tests/domain/x.test.ts', "import { a } from '../../../../outside/a';", 1],
    ['tests/domain/x.test.ts', "import { a } from '../../domain/sources';", 0],
    ['README.md', 'Nguồn quy định: `domain/sources/catalogue.ts`.', 0],
    ['tests/e2e/x.e2e.test.ts', "executablePath: '/usr/bin/chromium'", 0],
    ['domain/rulebooks/x.ts', '/** Items (qd366-rules.md §7.3). */', 1],
    ['domain/overlays/x.ts', '/** Hà Tĩnh (seed 001). */', 1],
  ])('%s: %s → %i', (file, line, count) => {
    expect(violations(file, line)).toHaveLength(count);
  });
});
