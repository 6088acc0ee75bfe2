import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBackupText, parseBackupValue } from '../../../domain/backup/parse';
import { serializeBackup } from '../../../domain/backup/build';
import { BACKUP_LIMITS, BACKUP_VERSION } from '../../../domain/schemas/backup';
import { ATTACHMENT_MAX_BYTES, WORKLOG_MAX_ENTRIES } from '../../../domain/schemas/worklog';
import { encodeBase64 } from '../../../domain/core/base64';
import { checkWorklogLinks } from '../../../domain/schemas/backup-worklog';
import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../../../stores/backup';
import { sampleBackup } from '../../stores/fixtures';

/** Backup v3 (issue 16): the work log's lists, their limits and links, and older files still read. */
type Json = Record<string, unknown>;
type File = Json & { worklogs: Json[]; worklogEntries: (Json & { entry: Json })[]; attachments: Json[] };
const sample = () => sampleBackup() as unknown as File;
const errorsOf = (mutate: (b: File) => void) => {
  const b = sample();
  mutate(b);
  const r = parseBackupText(serializeBackup(b as never));
  return r.ok ? [] : r.errors;
};
const entry = (i: number, logId = 'p-1:2026', deletedAt?: number) => ({
  logId,
  updatedAt: 1,
  ...(deletedAt === undefined ? {} : { deletedAt }),
  entry: { id: `n-${i}`, title: `Việc ${i}`, status: 'dung-han' },
});

describe('older backup files still import', () => {
  it.each(['v1-sample.json', 'v2-sample.json'])('%s: upgraded to the current version, with empty work-log lists', (name) => {
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/backups', name), 'utf8')) as Json;
    expect(raw.worklogs).toBeUndefined();
    const r = parseBackupValue(raw);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value.v).toBe(BACKUP_VERSION);
    expect(BACKUP_VERSION).toBe(3);
    expect([r.value.worklogs, r.value.worklogEntries, r.value.attachments]).toEqual([[], [], []]);
    expect(r.value.drafts.map((d) => [d.draft.id, d.versions.length])).toEqual([
      ['fixture-qd366-2025-02A', 1],
      ['fixture-qd124-2023-01', 0],
    ]);
    expect(r.value.profiles.map((p) => p.id)).toEqual(['p-1']);
  });

  it('a v2 file with an unknown key is still refused, naming it', () => {
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/backups/v2-sample.json'), 'utf8')) as { profiles: Json[] };
    raw.profiles[0]!.colour = 'đỏ';
    const r = parseBackupValue(raw);
    expect(!r.ok && r.errors).toEqual(['Hồ sơ thứ 1 (mã «p-1»): trường «colour»: không có trường này.']);
  });
});

describe('the work log in the file', () => {
  it('the sample reads back: a log, a live and a deleted entry, a file of 5 bytes', () => {
    const r = parseBackupText(serializeBackup(sampleBackup()));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.value.worklogs.map((l) => [l.id, l.quarters.length, l.stateEvaluations.length, l.history.length])).toEqual([['p-1:2026', 2, 1, 1]]);
    expect(r.value.worklogEntries.map((e) => [e.entry.id, e.deletedAt !== undefined])).toEqual([['e-1', false], ['e-2', true]]);
    expect(r.value.attachments.map((a) => [a.id, a.size, a.data])).toEqual([['f-1', 5, 'JVBERi0=']]);
    expect(r.notes).toEqual([]);
  });

  it.each([
    ['an unknown key in a log', (b: File) => (b.worklogs[0]!.colour = 1), 'Sổ công việc thứ 1 (mã «p-1:2026»): trường «colour»: không có trường này.'],
    ['an unknown key in an entry', (b: File) => (b.worklogEntries[0]!.entry.titel = 'x'), 'Mục công việc thứ 1 (mã «e-1» «Báo cáo sơ kết quý I»): trường «entry.titel»: không có trường này (có phải «title»?).'],
    ['an unknown key in a file', (b: File) => (b.attachments[0]!.bytes = ''), 'Tệp đính kèm thứ 1 (mã «f-1» «bao-cao.pdf»): trường «bytes»: không có trường này.'],
  ])('%s is refused, naming it', (_l, mutate, message) => expect(errorsOf(mutate)).toEqual([message]));

  it.each([
    [
      'an entry whose log is not in the file',
      (b: File) => (b.worklogEntries[1]!.logId = 'p-9:2026'),
      ['Mục công việc thứ 2 (mã «e-2» «Thẩm định hồ sơ»): trường «logId»: sổ công việc «p-9:2026» không có trong tệp.'],
    ],
    [
      'a file whose log is not in the file',
      (b: File) => (b.attachments[0]!.logId = 'p-9:2026'),
      ['Tệp đính kèm thứ 1 (mã «f-1» «bao-cao.pdf»): trường «logId»: sổ công việc «p-9:2026» không có trong tệp.'],
    ],
    [
      'a log id with a zero-width space',
      (b: File) => {
        b.worklogs[0]!.id = 'p-1:2026\u200B';
        b.worklogEntries.length = 0;
        b.attachments.length = 0;
      },
      ['Sổ công việc thứ 1 (mã «p-1:2026\u200B»): trường «id»: mã «p-1:2026\u200B» có ký tự vô hình (độ rộng bằng 0).'],
    ],
    [
      'an entry id with a zero-width joiner',
      (b: File) => (b.worklogEntries[1]!.entry.id = 'e\u200D1'),
      ['Mục công việc thứ 2 (mã «e\u200D1» «Thẩm định hồ sơ»): trường «entry.id»: mã «e\u200D1» có ký tự vô hình (độ rộng bằng 0).'],
    ],
    [
      'two entries with one id',
      (b: File) => (b.worklogEntries[1]!.entry.id = 'e-1'),
      ['Mục công việc thứ 2 (mã «e-1» «Thẩm định hồ sơ»): trường «entry.id»: mã «e-1» bị trùng trong tệp.'],
    ],
    [
      'a file whose size differs from its bytes',
      (b: File) => (b.attachments[0]!.size = 6),
      ['Tệp đính kèm thứ 1 (mã «f-1» «bao-cao.pdf»): trường «data»: nội dung dài 5 byte, khác kích thước «size» (6 byte).'],
    ],
    [
      'a file whose bytes are not base64',
      (b: File) => (b.attachments[0]!.data = 'JVBER!0='),
      ['Tệp đính kèm thứ 1 (mã «f-1» «bao-cao.pdf»): trường «data»: nội dung tệp không phải base64 hợp lệ.'],
    ],
    [
      'a quarter of the log out of range',
      (b: File) => ((b.worklogs[0]!.quarters as Json[])[0]!.quarter = 5),
      ['Sổ công việc thứ 1 (mã «p-1:2026»): trường «quarters[0].quarter»: quý từ 1 đến 4.'],
    ],
  ])('%s → named in Vietnamese', (_l, mutate, errors) => expect(errorsOf(mutate)).toEqual(errors));

  // Both sides of the file cap (2 MiB): the size field and the bytes themselves.
  it.each([
    [ATTACHMENT_MAX_BYTES, []],
    [ATTACHMENT_MAX_BYTES + 1, ['Tệp đính kèm thứ 1 (mã «f-1» «bao-cao.pdf»): trường «size»: tệp lớn quá 2 MB (giới hạn của sổ công việc).']],
  ])('a file of %i bytes', (size, errors) => {
    const data = encodeBase64(new Uint8Array(size));
    const found = errorsOf((b) => Object.assign(b.attachments[0]!, { size, data }));
    expect(found.slice(0, 1)).toEqual(errors);
  });

  // Live entries per log, as the app holds them: deleted ones do not count.
  it.each([
    [WORKLOG_MAX_ENTRIES, 0, true],
    [WORKLOG_MAX_ENTRIES + 1, 0, false],
    [WORKLOG_MAX_ENTRIES, 3, true],
  ])('%i live and %i deleted entries in one log: accepted %s', (live, deleted, ok) => {
    const errors = errorsOf((b) => {
      b.worklogEntries = [...Array.from({ length: live }, (_, i) => entry(i)), ...Array.from({ length: deleted }, (_, i) => entry(live + i, 'p-1:2026', 5))];
    });
    expect(errors).toEqual(ok ? [] : ['Sổ công việc thứ 1 (mã «p-1:2026»): trường «id»: sổ «p-1:2026» có 5.001 mục chưa xóa; một sổ giữ tối đa 5.000 mục.']);
  });

  it.each([
    ['worklogs', BACKUP_LIMITS.worklogs],
    ['attachments', BACKUP_LIMITS.attachments],
  ] as const)('more than %s: %i refused by the list limit', (list, max) => {
    const errors = errorsOf((b) => {
      (b as Json)[list] = Array.from({ length: max + 1 }, () => ({}));
    });
    expect(errors[0]).toBe(`Trường «${list}»: nhiều quá ${max} phần tử.`);
  });

  // Each file's size is checked against its bytes, so 26 files of 2 MiB need 70 MB of text: the check between
  // the lists is run on the sizes alone.
  it.each([
    [25, []],
    [26, ['các tệp đính kèm tổng cộng 52 MB, quá 50 MB của một tệp sao lưu']],
  ])('%i files of 2 MiB together: bounded by the size of a backup file', (n, messages) => {
    expect(BACKUP_LIMITS.attachmentBytes).toBe(MAX_BACKUP_BYTES);
    const lists = { worklogs: [{ id: 'l' }], worklogEntries: [], attachments: Array.from({ length: n }, () => ({ logId: 'l', size: ATTACHMENT_MAX_BYTES })) };
    const r = z.unknown().superRefine((_v, ctx) => checkWorklogLinks(lists, ctx)).safeParse(0);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(messages);
  });

  it('an entry pointing to a file the backup does not carry is imported, with a note naming both', () => {
    const b = sample();
    b.attachments = [];
    const r = parseBackupText(serializeBackup(b as never));
    expect(r.ok && r.notes).toEqual([
      'Mục công việc «Báo cáo sơ kết quý I» (mã «e-1») dẫn đến tệp đính kèm «bao-cao.pdf» (mã «f-1») không có trong tệp sao lưu: mục vẫn được nhập, tệp thì không.',
    ]);
  });
});
