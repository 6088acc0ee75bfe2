import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Real LibreOffice for Word-file tests: convert to PDF (one profile per process, up to two at once, three tries),
 * read the text back with pdftotext, render page 1 with pdftoppm.
 */
export const LIBREOFFICE_INSTALL =
  'LibreOffice is required: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 poppler-utils';
export const missingTool = (): string | undefined => ['soffice', 'pdftotext', 'pdftoppm'].find((t) => spawnSync('which', [t]).status !== 0);

export function runTool(cmd: string, args: string[], timeoutMs = 50_000): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 20 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

const SLOTS = 2;
const free: number[] = Array.from({ length: SLOTS }, (_, i) => i);
const waiting: ((slot: number) => void)[] = [];
const profiles = mkdtempSync(join(tmpdir(), 'kiem-diem-lo-profiles-'));
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

export async function docxToPdf(docx: string, outDir: string): Promise<string> {
  const pdf = join(outDir, docx.split('/').pop()!.replace(/\.docx$/, '.pdf'));
  const slot = await acquire();
  let lastError: unknown;
  try {
    const profile = pathToFileURL(join(profiles, `profile-${slot}`)).href;
    for (let attempt = 0; attempt < 3 && !existsSync(pdf); attempt++) {
      try {
        await runTool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], 45_000);
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

/** The PDF's text, NFC, one string per page (form feeds split pages). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await runTool('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']);
  return text.normalize('NFC').split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

export const renderFirstPage = (pdf: string, pngBase: string): Promise<string> =>
  runTool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
