// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const T = 60_000;

describe('cli check <case.json>', () => {
  it.each([
    ['2025-non-leader.json', 'graded', 'HTXSNV', true],
    ['2025-leader.json', 'graded', 'HTNV', false],
    ['2025-outside-system.json', 'graded', 'HTNV', false],
    ['2025-collective.json', 'graded', 'HTTNV', false],
    ['2025-sick-leave.json', 'graded', 'HTTNV', true],
    ['2025-exempt-new-member.json', 'exempt', null, null],
    ['2023-non-leader.json', 'graded', 'HTTNV', true],
    ['2023-leader-ha-tinh.json', 'graded', 'HTXSNV', true],
    ['2023-collective.json', 'graded', 'HTTNV', true],
    ['2023-new-post-not-graded.json', 'not-graded', null, null],
  ])('%s → %s, highest allowed %s, proposal allowed %s', (file, outcome, allowed, ok) => {
    const r = runCli(['check', `tests/fixtures/cases/${file}`]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['rulebook', 'outcome', 'score', 'highestAllowed', 'highestPossible', 'proposed', 'proposedAllowed', 'conditions', 'notes']));
    expect(out).toMatchObject({ outcome, highestAllowed: allowed, proposedAllowed: ok });
  }, T);

  const dir = mkdtempSync(join(tmpdir(), 'kiem-diem-check-'));
  const write = (name: string, body: string) => {
    const p = join(dir, name);
    writeFileSync(p, body);
    return p;
  };
  it.each([
    ['missing year', write('a.json', JSON.stringify({ profile: { subject: { kind: 'individual' } } })), 'Trường «profile.reviewYear»: thiếu giá trị bắt buộc.'],
    ['tasks above total', write('b.json', JSON.stringify({ profile: { reviewYear: 2025, subject: { kind: 'individual' } }, facts: { tasks: { total: 3, onTime: 5 } } })), 'Trường «facts.tasks.onTime»: không được lớn hơn tổng số nhiệm vụ (3).'],
    ['bad grade', write('c.json', JSON.stringify({ profile: { reviewYear: 2025, subject: { kind: 'individual' } }, proposedGrade: 'GIOI' })), 'Trường «proposedGrade»: giá trị không hợp lệ'],
    ['unsupported year', write('d.json', JSON.stringify({ profile: { reviewYear: 2020, subject: { kind: 'individual' } } })), 'Trường «profile.reviewYear»: năm 2020 chưa được hỗ trợ'],
    ['not JSON', write('e.json', '{ nope'), 'không phải JSON hợp lệ'],
    ['no file', join(dir, 'missing.json'), 'tệp không tồn tại'],
  ])('%s → Vietnamese message naming the field, exit 2, nothing on stdout', (_, path, message) => {
    const r = runCli(['check', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  }, T);
});
