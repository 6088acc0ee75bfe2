import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Real LibreOffice for the Word-file tests: docx -> PDF (at most two processes, each with its own profile),
 * pdftotext, and page-1 PNGs kept under test-output/docx/. Shared by tests/docx/*.test.ts.
 */
export const INSTALL =
  'LibreOffice is required: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils';
export const toolMissing = ['soffice', 'pdftotext', 'pdftoppm'].find((t) => spawnSync('which', [t]).status !== 0);
export const PNG_DIR = join(process.cwd(), 'test-output', 'docx');

/** A scratch folder for one test file; remove it in afterAll with `cleanup`. */
export function workDir(prefix: string): { dir: string; cleanup: () => void } {
  mkdirSync(PNG_DIR, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function run(cmd: string, args: string[], timeoutMs = 50_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 20 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

/** Two LibreOffice processes at most, each with its own profile (a shared profile fails silently). */
const SLOTS = 2;
const free: number[] = Array.from({ length: SLOTS }, (_, i) => i);
const waiting: ((slot: number) => void)[] = [];
const acquire = (): Promise<number> =>
  new Promise((resolve) => {
    const slot = free.pop();
    if (slot !== undefined) resolve(slot);
    else waiting.push(resolve);
  });
const release = (slot: number): void => {
  const next = waiting.shift();
  if (next) next(slot);
  else free.push(slot);
};

/** Converts a .docx to PDF next to it (profiles under `profileRoot`); throws when no PDF is written. */
export async function toPdf(docx: string, outDir: string, profileRoot: string): Promise<string> {
  const pdf = join(outDir, docx.split('/').pop()!.replace(/\.docx$/, '.pdf'));
  const slot = await acquire();
  let lastError: unknown;
  try {
    const profile = pathToFileURL(join(profileRoot, `profile-${slot}`)).href;
    // A fresh profile's first start occasionally exits without converting, fails or hangs on a busy machine:
    // up to three tries (a broken file fails all three).
    for (let attempt = 0; attempt < 3 && !existsSync(pdf); attempt++) {
      try {
        await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], 45_000);
      } catch (e) {
        lastError = e;
      }
    }
  } finally {
    release(slot);
  }
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}: ${String(lastError ?? 'no error')}`);
  return pdf;
}

/** The PDF's text, page by page (pdftotext -layout keeps the page order; pages end with a form feed). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']);
  const pages = text.normalize('NFC').split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Page 1 as test-output/docx/<name>.png. */
export async function pageOnePng(pdf: string, name: string): Promise<string> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(PNG_DIR, name)]);
  return join(PNG_DIR, `${name}.png`);
}

/**
 * NFC, page-number lines dropped, hyphens dropped (a line may end in "-"), whitespace collapsed: text compared
 * regardless of line and page breaks.
 */
export const flatten = (s: string): string =>
  s
    .normalize('NFC')
    .split(/\n|\f/)
    .filter((l) => !/^\s*\d+\s*$/.test(l))
    .join(' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
