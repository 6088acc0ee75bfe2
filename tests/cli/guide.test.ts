import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIX = join(ROOT, 'tests/fixtures/profiles');
const TMP = mkdtempSync(join(tmpdir(), 'guide-cli-'));

const cli = (...args: string[]) => runCli(['guide', ...args]);

function tmpJson(name: string, value: unknown): string {
  const p = join(TMP, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
}

describe('cli guide', { timeout: 120_000 }, () => {
  it.each([
    ['department-head-2025.json', [], '02A', 'Mẫu 02A-HD KĐ.ĐG 2025'],
    ['civil-servant-2023.json', ['--today', '2023-12-01'], '02A', 'Mẫu 02A-HD KĐ.ĐG 2023'],
  ])('%s prints the guide JSON', (file, extra, code, label) => {
    const r = cli(join(FIX, file), ...extra);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.form.code).toBe(code);
    expect(g.form.codeLabel).toBe(label);
    expect(g.checklist.length).toBeGreaterThan(3);
  });

  it('uses the profile overlayId (Hà Tĩnh deadlines in the output)', () => {
    const g = JSON.parse(cli(join(FIX, 'civil-servant-2023.json')).stdout);
    expect(g.overlay.deadlines.map((d: { dateLabel: string }) => d.dateLabel)).toEqual(['05/12/2023', '10/12/2023', '15/12/2023']);
  });

  it.each([
    ['bad occupation', { reviewYear: 2025, subject: { kind: 'individual', occupation: 'phi-cong' } }, 'Trường «subject.occupation»: giá trị không hợp lệ'],
    ['missing year', { subject: { kind: 'collective' } }, 'Trường «reviewYear»: thiếu giá trị bắt buộc.'],
    ['bad date', { reviewYear: 2025, subject: { kind: 'individual', partyJoinDate: '05/12/2020' } }, 'Trường «subject.partyJoinDate»: cần ngày dạng YYYY-MM-DD.'],
    ['unknown overlay', { reviewYear: 2025, overlayId: 'khong-co', subject: { kind: 'individual' } }, 'Trường «overlayId»: không có hướng dẫn địa phương «khong-co»'],
    ['not JSON', '{ "reviewYear": ', 'không phải JSON hợp lệ'],
  ])('%s → Vietnamese line on stderr, exit 2, nothing on stdout', (name, value, line) => {
    const r = cli(tmpJson(`${name.replace(/ /g, '-')}.json`, value));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(line);
  });

  it('missing file → exit 2', () => {
    const r = cli(join(TMP, 'khong-ton-tai.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Không mở được tệp hồ sơ');
  });
});
