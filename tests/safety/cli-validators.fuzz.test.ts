import fc from 'fast-check';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readJsonFile, UserInputError, validate } from '../../cli/io';
import { DraftSchema } from '../../domain/schemas/draft';
import { ProfileSchema } from '../../domain/schemas/profile';
import { fixtureDraft, sampleProfile } from '../stores/fixtures';
import { counter, mutate, mutationArb, VIETNAMESE } from './mutate';

/** The CLI's input path: readJsonFile on real temp files, validate on random and mutated documents. */
const tried = counter();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiem-diem-fuzz-'));
});
afterAll(() => {
  tried.print('cli readJsonFile/validate');
  rmSync(dir, { recursive: true, force: true });
});

/** Either a value or a UserInputError whose first line is Vietnamese; anything else is a crash. */
function outcome(run: () => unknown): 'ok' | 'rejected' {
  try {
    run();
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(UserInputError);
    const lines = (e as UserInputError).lines;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(VIETNAMESE);
    return 'rejected';
  }
}

let fileNo = 0;
const tempFile = (content: string | Uint8Array) => {
  const path = join(dir, `f${fileNo++}.json`);
  writeFileSync(path, content);
  return path;
};

describe('CLI validators never crash', () => {
  it('readJsonFile on random bytes, random text, BOM-prefixed and valid JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((b) => ({ kind: 'bytes', content: b as string | Uint8Array })),
          fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => ({ kind: 'text', content: s })),
          fc.jsonValue({ maxDepth: 5 }).map((v) => ({ kind: 'bom+json', content: '\uFEFF' + JSON.stringify(v) })),
          fc.jsonValue({ maxDepth: 5 }).map((v) => ({ kind: 'json', content: JSON.stringify(v) ?? 'null' })),
        ),
        ({ kind, content }) => {
          tried.add(`file:${kind}`);
          const path = tempFile(content);
          const r = outcome(() => readJsonFile(path, 'tệp hồ sơ'));
          if (kind === 'json' || kind === 'bom+json') expect(r).toBe('ok');
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['missing path', undefined, 'Thiếu đường dẫn tệp JSON.'],
    ['no such file', '/khong/co/tep.json', 'Không mở được tệp JSON «/khong/co/tep.json»: tệp không tồn tại, không phải tệp thường hoặc không đọc được.'],
    ['a directory', '/tmp', 'Không mở được tệp JSON «/tmp»: tệp không tồn tại, không phải tệp thường hoặc không đọc được.'],
  ])('readJsonFile: %s', (_l, path, line) => {
    tried.add('file:edge');
    expect(() => readJsonFile(path)).toThrow(new UserInputError([line]));
  });

  it('readJsonFile: one byte over the size limit is refused before reading, the limit itself is read', () => {
    tried.add('file:size');
    const over = tempFile('');
    truncateSync(over, MAX_INPUT_BYTES + 1); // sparse: no 20 MB written
    expect(() => readJsonFile(over)).toThrow(/quá lớn \(20971521 byte; tối đa 20971520\)/);
    const at = tempFile('');
    truncateSync(at, MAX_INPUT_BYTES);
    expect(outcome(() => readJsonFile(at))).toBe('rejected'); // read, then not JSON (NUL bytes)
  });

  it('validate(DraftSchema) and validate(ProfileSchema) on mutated valid documents', () => {
    const draft = fixtureDraft('qd366-2025-02B');
    fc.assert(
      fc.property(mutationArb, fc.boolean(), (m, isDraft) => {
        tried.add(`validate:${isDraft ? 'draft' : 'profile'}:${m.kind}`);
        const input = JSON.parse(mutate(isDraft ? draft : sampleProfile, m));
        outcome(() => (isDraft ? validate(DraftSchema, input, 'Bản kiểm điểm') : validate(ProfileSchema, input, 'Hồ sơ')));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('validate on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        tried.add('validate:random-json');
        expect(outcome(() => validate(DraftSchema, v, 'Bản kiểm điểm'))).toBe('rejected');
        outcome(() => validate(ProfileSchema, v, 'Hồ sơ'));
      }),
      { numRuns: 150 },
    );
  });
});
