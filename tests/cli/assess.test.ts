// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const T = 60_000;

describe('cli assess <profile.json>', () => {
  it.each([
    ['department-head-2025.json', 'leader', 'graded', '02A'],
    ['retiree-2025.json', 'outside-system', 'graded', '02C'],
    ['exempt-2025.json', 'outside-system', 'exempt', null],
    ['chi-bo-2025.json', 'collective', 'graded', '01'],
    ['leader-2023.json', 'leader', 'graded', '02B'],
  ])('%s → %s, %s, form %s', (file, role, status, form) => {
    const r = runCli(['assess', `tests/fixtures/profiles/${file}`, '--today', '2026-03-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ role, status, referenceBasis: 'cuối năm kiểm điểm; chưa nhập ngày họp kiểm điểm' });
    expect(out.form?.code ?? null).toBe(form);
    expect(out.reasons.length).toBeGreaterThan(0);
    expect(out.reasons[0].clause).toMatch(/Điều 5/);
  }, T);

  it('counts to today in the season, and names a bad --today', () => {
    const ok = JSON.parse(runCli(['assess', 'tests/fixtures/profiles/department-head-2025.json', '--today', '2025-12-02']).stdout);
    expect(ok).toMatchObject({ referenceDate: '2025-12-02', referenceBasis: 'hôm nay, đang trong mùa kiểm điểm' });
    const bad = runCli(['assess', 'tests/fixtures/profiles/department-head-2025.json', '--today', '02/12/2025']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('--today «02/12/2025»: cần ngày dạng YYYY-MM-DD.');
  }, T);
});

describe('cli check <draft.json>', () => {
  it('reads the same facts the app holds from a draft file', () => {
    const r = runCli(['check', 'tests/fixtures/drafts/qd366-2025-02B.json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ rulebook: 'qd366-2025', outcome: 'graded', subject: { role: 'non-leader' } });
    expect(out.score.total).toBeGreaterThan(0);
  }, T);
});
