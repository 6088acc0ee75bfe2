// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getOverlay } from '../../domain/overlays/index';
import { runCli } from './run-cli';

/** Every CLI input refuses keys its schema does not know: exit 2, the key named on stderr, nothing on stdout. */
const T = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'kiem-diem-keys-'));
const write = (name: string, value: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
};
const fixture = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** The bundled HCMC 2025 overlay as a file, with one deadline whose "recurring" is misspelled. */
function misspelledOverlay(): unknown {
  const o = JSON.parse(JSON.stringify(getOverlay('hcmc-2025'))) as { deadlines: Record<string, unknown>[] };
  const d = o.deadlines[0] ?? { id: 'han', date: '2025-12-20', what: 'Hoàn thành', who: 'Chi bộ', rule: { id: 'x', clause: 'Kế hoạch 13-KH/TU', source: 'Kế hoạch 13-KH/TU', certainty: 'secondary' } };
  const { recurring: _r, ...rest } = d;
  o.deadlines = [{ ...rest, recuring: true }];
  return o;
}

describe('cli: a misspelled key is refused', () => {
  const profile = fixture('tests/fixtures/profiles/department-head-2025.json');
  const kase = fixture('tests/fixtures/cases/2025-non-leader.json');
  const roster = fixture('tests/fixtures/rosters/chi-bo-2025.json');
  const draft = fixture('tests/fixtures/drafts/qd366-2025-02A.json');
  const docx = join(dir, 'out.docx');

  it.each([
    ['guide: profile', ['guide', write('profile.json', { ...profile, reviewyear: 2025 })], 'Hồ sơ không hợp lệ:', 'Trường «reviewyear»: không có trường này (có phải «reviewYear»?).'],
    ['guide: profile subject', ['guide', write('profile-subject.json', { ...profile, subject: { ...(profile.subject as object), ocupation: 'cong-chuc' } })], 'Hồ sơ không hợp lệ:', 'Trường «subject.ocupation»: không có trường này (có phải «occupation»?).'],
    ['check: case', ['check', write('case.json', { ...kase, facts: { ...(kase.facts as object), score: { common: 28, results: 64 } } })], 'Tệp hồ sơ kiểm tra không hợp lệ:', 'Trường «facts.score»: không có trường này (có phải «scores»?).'],
    ['roster: JSON', ['roster', write('roster.json', { ...roster, members: [{ nam: 'An', isHead: false }, ...(roster.members as object[])] })], 'Tệp danh sách không hợp lệ:', 'Trường «members[0].nam»: không có trường này (có phải «name»?).'],
    ['guide --overlay: overlay file', ['guide', 'tests/fixtures/profiles/civil-servant-2025.json', '--overlay', write('overlay.json', misspelledOverlay())], 'Hướng dẫn địa phương không hợp lệ:', 'Trường «deadlines[0].recuring»: không có trường này (có phải «recurring»?).'],
    ['export: draft', ['export', write('draft.json', { ...draft, titel: 'x' }), '-o', docx], 'Bản nháp không hợp lệ:', 'Trường «titel»: không có trường này (có phải «title»?).'],
  ])('%s → exit 2, the key named', (_, args, head, line) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual(expect.arrayContaining([head, line]));
    expect(existsSync(docx)).toBe(false);
  }, T);

  it('check: remedied above total → exit 2 naming both fields', () => {
    const r = runCli(['check', write('remedied.json', { ...kase, facts: { ...(kase.facts as object), priorShortcomings: { total: 2, remedied: 3 } } })]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Trường «facts.priorShortcomings.remedied»: số khuyết điểm đã khắc phục (3) lớn hơn tổng số khuyết điểm «priorShortcomings.total» (2).');
  }, T);

  it('check: a perfect record without late/notCompleted is read as such (exit 0)', () => {
    const r = runCli(['check', write('perfect.json', { ...kase, facts: { ...(kase.facts as object), tasks: { total: 10, onTime: 10, exceeded: 4 } } })]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { conditions: { text: string; status: string }[] };
    expect(out.conditions.filter((c) => /nhiệm vụ/.test(c.text) && c.status === 'unknown')).toEqual([]);
  }, T);
});
