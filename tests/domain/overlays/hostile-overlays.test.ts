import { describe, expect, it } from 'vitest';
import { parseOverlayFile, parseOverlayImport } from '../../../domain/overlays/index';
import { BackupSchema } from '../../../domain/schemas/backup';
import { parseBackupValue } from '../../../domain/backup/parse';
import { emptyStoredIndex, planImport } from '../../../domain/backup/plan';
import { MAX_JSON_DEPTH } from '../../../domain/core/json-depth';
import { decodeText } from '../../../domain/core/decode-text';
import { sampleBackup } from '../../stores/fixtures';

/** Issue 20 item 7 (overlays, backups, ids, encodings): hostile or odd files are refused in Vietnamese, never crash. */
const nested = (depth: number): unknown => {
  let v: unknown = 'đáy';
  for (let i = 0; i < depth; i++) v = { id: v };
  return v;
};

describe('an overlay nested deeper than the backup parser allows', () => {
  it.each([
    ['just within the bound', MAX_JSON_DEPTH - 1, false],
    ['one past the bound', MAX_JSON_DEPTH + 1, true],
    ['50,000 deep', 50_000, true],
  ])('%s: %i levels', (_n, depth, refused) => {
    for (const parse of [parseOverlayImport, parseOverlayFile]) {
      const r = parse(nested(depth));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => /lồng nhau quá sâu/.test(e))).toBe(refused);
    }
  });
});

describe('a backup may not bring an overlay under a built-in id', () => {
  it.each([
    ['record id built in', 'ha-tinh-2023', 'o-khac', 'skip'],
    ['content id built in', 'o-1', 'hcmc-2025', 'skip'],
    ['own id', 'ha-tinh-2023-xa-a', 'ha-tinh-2023-xa-a', 'add'],
  ])('%s', (_n, id, dataId, action) => {
    const b = sampleBackup();
    b.overlays = [{ id, updatedAt: 1, data: { v: 1, id: dataId } }];
    const plan = planImport(BackupSchema.parse(b), emptyStoredIndex());
    const item = plan.items.find((i) => i.table === 'overlays');
    expect(item?.action).toBe(action);
    if (action === 'skip') expect(item?.reason).toMatch(/trùng với một hướng dẫn có sẵn/);
  });
});

describe('ids that differ only by invisible characters', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
  ])('a draft id with a %s is refused, naming the record and field', (_n, ch) => {
    const b = sampleBackup();
    const second = b.drafts![1]!;
    second.draft = { ...second.draft, id: `${b.drafts![0]!.draft.id}${ch}` };
    const r = parseBackupValue(b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/Bản kiểm điểm thứ 2 .*trường «draft\.id».*ký tự vô hình/);
  });

  it('a plain id still imports', () => {
    expect(parseBackupValue(sampleBackup()).ok).toBe(true);
  });

  it('an overlay file whose id holds a zero-width space is refused', () => {
    const r = parseOverlayImport({ v: 1, id: 'ha\u200Btinh', name: 'x' });
    expect(r.ok).toBe(false);
  });
});

describe('files in UTF-16 read as the same text as in UTF-8', () => {
  const text = '{"tên":"Nguyễn Văn Ánh"}';
  const utf16 = (s: string, be: boolean, bom: boolean) => {
    const out: number[] = bom ? (be ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.push(...(be ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
    }
    return new Uint8Array(out);
  };
  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16 LE with a mark', utf16(text, false, true)],
    ['UTF-16 BE with a mark', utf16(text, true, true)],
    ['UTF-16 LE without a mark', utf16(text, false, false)],
  ])('%s', (_n, bytes) => {
    expect(decodeText(bytes)).toBe(text.normalize('NFC'));
  });
});
