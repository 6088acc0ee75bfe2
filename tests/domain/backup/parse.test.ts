import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseBackupText, sanitizeJson } from '../../../domain/backup/parse';
import { backupFileName, serializeBackup } from '../../../domain/backup/build';
import { upgradeBackup } from '../../../domain/schemas/backup';
import { sampleBackup } from '../../stores/fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The object at `path` ("drafts.0.draft") of the file as JSON, to break it in ways its type forbids. */
const at = (root: JsonObject, path: string): JsonObject =>
  path.split('.').reduce<Json>((o, key) => (o as JsonObject)[key]!, root) as JsonObject;

const text = (mutate: (b: JsonObject) => void = () => {}) => {
  const b = sampleBackup() as unknown as JsonObject;
  mutate(b);
  return serializeBackup(b as never);
};

const errorsOf = (t: string) => {
  const r = parseBackupText(t);
  return r.ok ? [] : r.errors;
};

describe('parsing a backup file', () => {
  it('accepts the sample, with a leading BOM, and keeps non-NFC text as NFC', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    const r = parseBackupText('\uFEFF' + text((b) => (at(b, 'drafts.0.draft').title = nfd)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.drafts[0]?.draft.title).toBe('Nguyễn'.normalize('NFC'));
  });

  it.each([
    ['missing format', (b: JsonObject) => delete b.format, ['Tệp không phải tệp sao lưu của Kiểm điểm (thiếu dấu hiệu «format»: "kiem-diem-backup").']],
    ['v as string', (b: JsonObject) => (b.v = '1'), ['Trường «v»: phiên bản tệp sao lưu không hợp lệ.']],
    ['v 0', (b: JsonObject) => (b.v = 0), ['Trường «v»: phiên bản tệp sao lưu không hợp lệ.']],
    ['profile without year', (b: JsonObject) => delete at(b, 'profiles.0.profile').reviewYear, ['Hồ sơ thứ 1 (mã «p-1»): trường «profile.reviewYear»: thiếu giá trị bắt buộc.']],
    ['roster without data', (b: JsonObject) => delete at(b, 'rosters.0').data, ['Danh sách xếp loại thứ 1 (mã «r-1»): trường «data»: thiếu giá trị bắt buộc.']],
    ['setting with empty key', (b: JsonObject) => (at(b, 'settings.1').key = ''), ['Thiết lập thứ 2 (mã «»): trường «key»: cần khóa.']],
    ['duplicate overlay id', (b: JsonObject) => (b.overlays as Json[]).push(at(b, 'overlays.0')), ['Hướng dẫn địa phương thứ 2 (mã «ha-tinh-2023-xa-a»): trường «id»: mã «ha-tinh-2023-xa-a» bị trùng trong tệp.']],
    [
      'a version of another draft',
      (b: JsonObject) => (at(b, 'drafts.0.versions.0.draft').id = 'khac'),
      ['Bản kiểm điểm thứ 1 (mã «fixture-qd366-2025-02A» «Mẫu 02A-HD KĐ.ĐG 2025 — bản mẫu kiểm thử»): trường «versions[0].draft.id»: phiên bản thuộc bản kiểm điểm khác («khac» thay vì «fixture-qd366-2025-02A»).'],
    ],
    [
      'a section over the limit',
      (b: JsonObject) => (at(b, 'drafts.1.draft.sections')['A.1'] = { text: 'x'.repeat(200_001) }),
      ['Bản kiểm điểm thứ 2 (mã «fixture-qd124-2023-01» «Mẫu 01-HD KĐ.ĐG 2023 — bản mẫu kiểm thử»): trường «draft.sections.A.1.text»: dài quá 200000 ký tự.'],
    ],
  ])('%s → named in Vietnamese', (_l, mutate, errors) => expect(errorsOf(text(mutate))).toEqual(errors));

  // Found by the import fuzz test: the message quoted the whole 200,000-character id it was given.
  it('a huge id in a version is quoted cut short, and every message stays short', () => {
    const huge = 'ệ'.repeat(200_001);
    const errors = errorsOf(text((b) => (at(b, 'drafts.0.versions.0.draft').id = huge)));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.length).toBeLessThan(500);
    expect(errors.join('\n')).toContain(`phiên bản thuộc bản kiểm điểm khác («${'ệ'.repeat(60)}…» thay vì «fixture-qd366-2025-02A»)`);
  });

  it('a section of exactly the limit passes', () => {
    expect(errorsOf(text((b) => (at(b, 'drafts.1.draft.sections')['A.1'] = { text: 'x'.repeat(200_000) })))).toEqual([]);
  });

  // A setting's value sits at depth 3 (file → settings → setting → value); the deepest array may reach depth 63.
  it.each([
    [MAX_JSON_DEPTH - 3, true],
    [MAX_JSON_DEPTH - 2, false],
  ])('nesting of %s levels inside a setting: accepted %s', (depth, ok) => {
    const t = text((b) => (at(b, 'settings.0').value = JSON.parse('['.repeat(depth) + ']'.repeat(depth))));
    expect(parseBackupText(t).ok).toBe(ok);
  });

  it('removes __proto__ keys and says so; nothing is polluted', () => {
    const t = text().replace(/"profiles": ?\[/, '"__proto__": {"polluted": true}, "profiles": [').replace(/"data": ?\{/, '"data": {"__proto__": {"x": 1}, ');
    const r = parseBackupText(t);
    expect(r.ok && r.notes).toEqual(['Đã bỏ 2 khóa «__proto__» không an toàn trong tệp.']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sanitizeJson walks without recursion even for very deep input', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(sanitizeJson(deep)).toEqual({ tooDeep: true, removedKeys: 0 });
  });

  it.each([
    [null, 'cần một đối tượng JSON'],
    [[], 'cần một đối tượng JSON'],
    [{ format: 'kiem-diem-backup', v: 1.5 }, 'phiên bản tệp sao lưu không hợp lệ'],
    [{ format: 'kiem-diem-backup', v: 4 }, 'phiên bản 4 do bản Kiểm điểm mới hơn'],
  ])('upgradeBackup(%j) rejects', (input, message) => {
    const r = upgradeBackup(input);
    expect(!r.ok && r.errors[0]).toContain(message);
  });

  it.each([
    [new Date(2025, 0, 1), 'kiem-diem-sao-luu-2025-01-01.json'],
    [new Date(2025, 11, 31, 23, 59), 'kiem-diem-sao-luu-2025-12-31.json'],
  ])('file name for %s', (d, name) => expect(backupFileName(d)).toBe(name));
});
