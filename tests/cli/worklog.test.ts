// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const T = 60_000;
const LOG = 'tests/fixtures/worklog/truong-phong-2026.json';
const dir = mkdtempSync(join(tmpdir(), 'kd-worklog-cli-'));
const write = (name: string, value: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};

describe('cli worklog-rollup', () => {
  it('the year of a trưởng phòng: 12 tasks, one late, one not completed; the task facts of the grade check', () => {
    const r = runCli(['worklog-rollup', LOG]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.taskFacts).toEqual({ total: 12, onTime: 10, late: 1, notCompleted: 1, exceeded: 2 });
    expect(out.quarters.map((q: { total: number }) => q.total)).toEqual([3, 3, 3, 3]);
  }, T);

  it.each([
    ['2026-Q2', { total: 3, onTime: 2, late: 1, notCompleted: 0, exceeded: 0 }],
    ['2026-Q3', { total: 3, onTime: 2, late: 0, notCompleted: 1, exceeded: 1 }],
  ])('--quarter %s', (quarter, facts) => {
    const r = runCli(['worklog-rollup', LOG, '--quarter', quarter]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ quarter, taskFacts: facts });
  }, T);

  it.each([
    [['worklog-rollup', LOG, '--quarter', '2026-Q5'], '--quarter «2026-Q5»: cần quý dạng NĂM-QN, ví dụ 2026-Q3.'],
    [['worklog-rollup', 'WRITE', '--quarter', '2026-Q1'], 'Trường «entries[0].status»'],
    [['worklog-rollup', 'WRITE2'], 'Trường «entries[0].stauts»: không có trường này (có phải «status»?).'],
  ])('bad input %j → exit 2, field named', (args, message) => {
    const bad = write('bad.json', { year: 2026, entries: [{ id: 'a', title: 'A', status: 'xong' }] });
    const bad2 = write('bad2.json', { year: 2026, entries: [{ id: 'a', title: 'A', status: 'cham', stauts: 'x' }] });
    const r = runCli(args.map((a) => (a === 'WRITE' ? bad : a === 'WRITE2' ? bad2 : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  }, T);
});

describe('cli quarter-check', () => {
  it('one quarter with the log: completion from the log, HTTNV allowed', () => {
    const r = runCli(['quarter-check', 'tests/fixtures/worklog/quy-2-2026.json', '--log', LOG]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ quarter: 2, outcome: 'graded', score: { total: 85 }, band: 'HTTNV', completionPercent: 100, highestAllowed: 'HTTNV', proposedAllowed: true });
  }, T);

  it.each([
    [[], 'HTTNV', false],
    [['--no-local'], 'HTXSNV', true],
  ])('the quarters into the year %j: one KHTNV quarter bars HTXSNV (local rule)', (extra, highest, allowed) => {
    const r = runCli(['quarter-check', 'tests/fixtures/worklog/cac-quy-2026.json', ...extra]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ highestAllowed: highest, proposedAllowed: allowed, proposed: 'HTXSNV' });
  }, T);

  it('a score above 70 is refused with the field named', () => {
    const p = write('q.json', { year: 2026, quarter: 1, scores: { general: { score: 20 }, results: { score: 71 } } });
    const r = runCli(['quarter-check', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Trường «scores.results.score»: tối đa 70 điểm.');
  }, T);
});

describe('cli export-worklog', () => {
  it.each(['mau05', 'phu-luc', 'nd335'])('--form %s writes a Word file', (form) => {
    const out = join(dir, `${form}.docx`);
    const r = runCli(['export-worklog', LOG, '--form', form, '--quarter', '2026-Q2', '-o', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: out, form });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, T);

  it.each([
    [['--form', 'mau06', '-o', 'x.docx'], '--form «mau06»: cần một trong mau05, phu-luc, nd335.'],
    [['--form', 'mau05', '--quarter', '2026-Q4', '-o', 'x.docx'], 'Trường «quarters»: không có bản tự đánh giá Quý IV năm 2026.'],
    [['--form', 'mau05'], 'Thiếu đường dẫn tệp Word sau «-o».'],
  ])('%j → exit 2', (args, message) => {
    const r = runCli(['export-worklog', LOG, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  }, T);
});

describe('cli season-due and worklog-import', () => {
  it('a công chức on 01/12/2026', () => {
    const r = runCli(['season-due', '--today', '2026-12-01', '--as', 'cong-chuc']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((i: { date: string; daysLeft: number }) => [i.date, i.daysLeft])).toEqual([['2026-12-15', 14], ['2026-12-31', 30], ['2027-02-01', 62]]);
    expect(runCli(['season-due', '--as', 'lanh-dao']).stderr).toContain('--as «lanh-dao»: cần một trong leader, cong-chuc, reporting-body.');
  }, T);

  it('imports a pasted table; a bad cell is named by row and column', () => {
    const r = runCli(['worklog-import', 'tests/fixtures/worklog/bang-nhiem-vu.tsv']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries.map((e: { status: string }) => e.status)).toEqual(['dung-han', 'cham']);
    const bad = write('bad.tsv', 'Nhiệm vụ\tTrạng thái\tHạn\nA\tChậm\t31/02/2026\n');
    const b = runCli(['worklog-import', bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('Dòng 2, cột «Hạn»: «31/02/2026» không phải ngày: Không có ngày 31/02/2026.');
  }, T);
});
