import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './run-cli';

/** Issue 20 item 7 in the CLI: a deeply nested overlay and a UTF-16 profile get Vietnamese answers, exit 2 / 0. */
const TMP = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
const PROFILE = join(ROOT, 'tests/fixtures/profiles/department-head-2025.json');

const write = (name: string, data: string | Uint8Array) => {
  const p = join(TMP, name);
  writeFileSync(p, data);
  return p;
};
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('cli and hostile files', { timeout: 120_000 }, () => {
  it.each([
    ['50,000 deep', 50_000],
    ['65 deep', 65],
  ])('an overlay nested %s: a Vietnamese line, exit 2, nothing on stdout', (_n, depth) => {
    const overlay = write(`deep-${depth}.json`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const r = runCli(['guide', PROFILE, '--overlay', overlay]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/lồng nhau quá sâu \(quá 64 tầng\)/);
    expect(r.stderr).not.toMatch(/Maximum call stack|at .*\.ts:\d+/);
  });

  it('a profile saved as UTF-16 (Notepad "Unicode") gives the same guide as in UTF-8', () => {
    const text = readFileSync(PROFILE, 'utf8');
    const a = runCli(['guide', PROFILE]);
    const b = runCli(['guide', write('profile-utf16.json', utf16le(text))]);
    expect({ code: b.code, stderr: b.stderr }).toEqual({ code: 0, stderr: '' });
    expect(b.stdout).toBe(a.stdout);
  });

  it('a file that is not JSON: a Vietnamese line saying where, not the engine\'s English', () => {
    const r = runCli(['guide', write('broken.json', '{"reviewYear": 2025,, }')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không phải JSON hợp lệ \(lỗi ở ký tự thứ \d+\)\./);
    expect(r.stderr).not.toMatch(/Unexpected token|position/);
  });
});
