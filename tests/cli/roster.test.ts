// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const T = 60_000;

describe('cli roster <roster.json|.csv>', () => {
  it.each([
    [['tests/fixtures/rosters/chi-bo-2025.json'], 'qd366-2025', ['info:members.excluded', 'error:quota.exceeded', 'warning:head.above-collective', 'info:spread.basis']],
    [['tests/fixtures/rosters/chi-bo-2023-ha-tinh.json'], 'qd124-2023', ['info:members.excluded', 'warning:quota.other-reading', 'info:spread.basis']],
    [['tests/fixtures/rosters/chi-bo-2025.csv', '--year', '2025', '--unit-grade', 'HTTNV'], 'qd366-2025', ['info:members.excluded', 'error:quota.exceeded', 'warning:head.above-collective', 'info:spread.basis']],
    [['tests/fixtures/rosters/chi-bo-2025.csv', '--year', '2025', '--quota-reading', 'pool'], 'qd366-2025', ['info:members.excluded', 'warning:quota.other-reading']],
  ])('roster %j', (args, rulebook, findings) => {
    const r = runCli(['roster', ...args]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rulebook).toBe(rulebook);
    expect(out.summary).toMatchObject({ total: 12, graded: 11, excluded: 1 });
    expect(out.summary.rows.map((x: { text: string }) => x.text)).toEqual(['2/11 (18,2%)', '8/11 (72,7%)', '1/11 (9,1%)', '0/11 (0%)']);
    expect(out.findings.map((f: { severity: string; id: string }) => `${f.severity}:${f.id}`)).toEqual(findings);
  }, T);

  const dir = mkdtempSync(join(tmpdir(), 'kiem-diem-roster-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ reviewYear: 2025, members: [{ name: 'An', proposedGrade: 'GIOI' }] }));
  it.each([
    [['tests/fixtures/rosters/bad.tsv', '--year', '2025'], ['Danh sách không hợp lệ:', 'Dòng 3, cột «Tự xếp loại»: «không rõ» không phải mức xếp loại', 'Dòng 4, cột «Họ tên»: thiếu họ và tên.']],
    [['tests/fixtures/rosters/chi-bo-2025.csv'], ['Tùy chọn --year: cần năm kiểm điểm']],
    [['tests/fixtures/rosters/chi-bo-2025.csv', '--year', '2025', '--unit-grade', 'TOT'], ['Trường «unit.grade»: giá trị không hợp lệ']],
    [['tests/fixtures/rosters/chi-bo-2025.csv', '--nam', '2025'], ['Tùy chọn không hợp lệ: --nam']],
    [[bad], ['Tệp danh sách không hợp lệ:', 'Trường «members[0].proposedGrade»: giá trị không hợp lệ']],
  ])('roster %j → exit 2, Vietnamese lines naming row/column or field', (args, messages) => {
    const r = runCli(['roster', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const m of messages) expect(r.stderr).toContain(m);
  }, T);
});
