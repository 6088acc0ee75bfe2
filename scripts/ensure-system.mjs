// Makes sure the system packages the tests need are there (Debian's chromium, LibreOffice Writer, poppler, fonts).
// As root it installs what is missing with apt-get; otherwise it stops with one clear line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const NEEDS = [
  { what: 'chromium', check: () => existsSync(CHROMIUM), apt: ['chromium'] },
  { what: 'LibreOffice Writer (soffice)', check: () => has('soffice'), apt: ['libreoffice-writer-nogui'] },
  { what: 'poppler-utils (pdftotext)', check: () => has('pdftotext'), apt: ['poppler-utils'] },
  { what: 'fonts-liberation2', check: () => existsSync('/usr/share/fonts/truetype/liberation2'), apt: ['fonts-liberation2'] },
];

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function ensureSystemPackages() {
  const missing = NEEDS.filter((n) => !n.check());
  if (missing.length === 0) return;
  const pkgs = missing.flatMap((m) => m.apt);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error(`Thiếu gói hệ thống cho kiểm thử: ${missing.map((m) => m.what).join(', ')}. Cài bằng: sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`);
    process.exit(1);
  }
  console.log(`Đang cài gói hệ thống còn thiếu: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemPackages();
