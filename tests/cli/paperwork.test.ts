// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentXml, paragraphs } from '../helpers/docx-xml';
import { runCli } from './run-cli';

const T = 60_000;
const FIXTURE = 'tests/fixtures/rosters/chi-bo-2025-paperwork.json';

describe('cli paperwork <roster.json> <kind> -o <file.docx>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-diem-paperwork-cli-'));
  it.each([
    ['minutes', ['Mức tự xếp loại của từng đảng viên', 'Kết quả biểu quyết của từng đảng viên'], 'BIÊN BẢN'],
    ['dossier', [], 'DANH MỤC HỒ SƠ'],
    ['not-graded', [], 'DANH SÁCH'],
  ])('%s: writes the file and names the facts still missing %j', (kind, missing, title) => {
    const file = join(dir, `${kind}.docx`);
    const r = runCli(['paperwork', FIXTURE, kind, '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file, kind, missing });
    expect(paragraphs(documentXml(new Uint8Array(readFileSync(file)))).map((p) => p.text)).toContain(title);
  }, T);

  it.each([
    [[FIXTURE, 'bien-ban'], /^Loại giấy tờ «bien-ban» không hợp lệ; chọn một trong: minutes, summary, not-graded, dossier\./],
    [[FIXTURE, 'minutes', '-o', 'x.pdf'], /^Tệp đầu ra «x\.pdf» phải có đuôi \.docx\./],
  ])('bad input %j: Vietnamese message, exit 2, nothing on stdout', (args, message) => {
    const r = runCli(['paperwork', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(existsSync('x.pdf')).toBe(false);
  }, T);
});
