import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBackupText } from '../../../domain/backup/parse';
import { serializeBackup } from '../../../domain/backup/build';
import { listOverlays } from '../../../domain/overlays/index';
import { CheckCaseSchema } from '../../../domain/schemas/case';
import { DraftSchema } from '../../../domain/schemas/draft';
import { parseWith } from '../../../domain/schemas/errors';
import { OverlayFileSchema, OverlaySchema } from '../../../domain/schemas/overlay';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { RosterSchema } from '../../../domain/schemas/roster';
import { parseStrict, suggestKey, unknownKeys } from '../../../domain/schemas/strict';
import { sampleBackup } from '../../stores/fixtures';

const fixture = (dir: string, name: string): unknown => JSON.parse(readFileSync(join('tests/fixtures', dir, name), 'utf8'));
const fixtures = (dir: string) => readdirSync(join('tests/fixtures', dir)).filter((f) => f.endsWith('.json'));
const errorsOf = <T>(schema: z.ZodType<T>, input: unknown) => {
  const r = parseStrict(schema, input);
  return r.ok ? [] : r.errors;
};

describe('suggestKey: the known key a misspelled one probably meant', () => {
  const known = ['scores', 'tasks', 'onTime', 'fullName', 'total', 'v', 'remedied'];
  it.each([
    ['score', 'scores'], // one letter missing
    ['scroes', 'scores'], // two letters swapped: one edit
    ['onTme', 'onTime'],
    ['ontime', 'onTime'], // case only
    ['fulname', 'fullName'], // two edits
    ['tổtal', 'total'], // same letters without accents
    ['TOTAL', 'total'],
    ['remidied', 'remedied'],
    ['fulnm', undefined], // three edits
    ['nam', undefined], // up to 4 letters: one edit at most ("name" is not known here)
    ['tsks', 'tasks'],
    ['x', undefined], // 1–2 letters: accents or case only
    ['V', 'v'],
    ['facts', undefined],
  ])('%s → %s', (key, expected) => expect(suggestKey(key, known)).toBe(expected));
});

describe('unknownKeys walks the schema alongside the input', () => {
  const inner = z.object({ a: z.number(), list: z.array(z.object({ b: z.string() })).default([]) });
  const schema = z.object({
    v: z.literal(1).default(1),
    nested: inner.optional(),
    nullable: z.object({ c: z.number() }).nullable(),
    map: z.record(z.string(), z.object({ d: z.number() })).default({}),
    either: z.union([z.strictObject({ doc: z.string() }), z.string(), z.object({ e: z.number(), f: z.number() })]).optional(),
    kind: z.discriminatedUnion('k', [z.object({ k: z.literal('x'), x: z.number() }), z.object({ k: z.literal('y'), y: z.number() })]).optional(),
    loose: z.looseObject({ g: z.number() }).optional(),
    lazy: z.lazy(() => z.object({ h: z.number() })).optional(),
    piped: z.preprocess((x) => x, z.object({ i: z.number() })).optional(),
    tuple: z.tuple([z.object({ j: z.number() })]).optional(),
    both: z.intersection(z.object({ l: z.number() }), z.object({ m: z.number() })).optional(),
  });

  it.each([
    ['nothing unknown', { nested: { a: 1, list: [{ b: 'x' }] }, nullable: null, map: { any: { d: 1 } } }, []],
    ['top level', { nullable: null, extra: 1 }, ['extra']],
    ['in an optional object', { nullable: null, nested: { a: 1, aa: 2 } }, ['nested.aa']],
    ['in array items', { nullable: null, nested: { a: 1, list: [{ b: 'x' }, { b: 'y', bb: 1 }] } }, ['nested.list[1].bb']],
    ['in a nullable object', { nullable: { c: 1, cc: 1 } }, ['nullable.cc']],
    ['record keys are free, their values are checked', { nullable: null, map: { free: { d: 1, dd: 1 } } }, ['map.free.dd']],
    ['union: the branch that matches', { nullable: null, either: { e: 1, f: 2, ff: 3 } }, ['either.ff']],
    ['union: the closest branch when none parses', { nullable: null, either: { doc: 'x', at: 1 } }, ['either.at']],
    ['union: a string branch has no keys', { nullable: null, either: 'text' }, []],
    ['discriminated union: the branch named by the discriminator', { nullable: null, kind: { k: 'y', y: 1, x: 1 } }, ['kind.x']],
    ['discriminated union: an unknown discriminator is left to the schema', { nullable: null, kind: { k: 'z', q: 1 } }, []],
    ['a loose object keeps any key', { nullable: null, loose: { g: 1, anything: 2 } }, []],
    ['lazy', { nullable: null, lazy: { h: 1, hh: 1 } }, ['lazy.hh']],
    ['preprocess: its target schema', { nullable: null, piped: { i: 1, ii: 1 } }, ['piped.ii']],
    ['tuple', { nullable: null, tuple: [{ j: 1, jj: 1 }] }, ['tuple[0].jj']],
    ['intersection: unknown only when neither side knows it', { nullable: null, both: { l: 1, m: 1, n: 1 } }, ['both.n']],
  ])('%s', (_, input, expected) => expect(unknownKeys(schema, input)).toEqual(expected));

  it('a profile: individual and collective keys by the subject kind', () => {
    expect(unknownKeys(ProfileSchema, { reviewYear: 2025, subject: { kind: 'collective', name: 'Chi bộ', fullName: 'x' } })).toEqual(['subject.fullName']);
    expect(unknownKeys(ProfileSchema, { reviewYear: 2025, subject: { kind: 'individual', fullName: 'x', leadershipPosts: [{ title: 't', ishead: true }] } })).toEqual(['subject.leadershipPosts[0].ishead']);
  });

  it('a draft keeps any section id but not unknown keys inside a section or at the top', () => {
    const draft = fixture('drafts', 'qd366-2025-02A.json') as Record<string, unknown>;
    expect(unknownKeys(DraftSchema, { ...draft, sections: { 'X.9': { text: 'a' } } })).toEqual([]);
    expect(unknownKeys(DraftSchema, { ...draft, sections: { 'X.9': { text: 'a', txt: 'b' } }, titel: 'x' })).toEqual(['sections.X.9.txt', 'titel']);
  });

  it('stops at 50 keys on a hostile input; the lines stop at 20', () => {
    const input = { profile: { reviewYear: 2025, subject: { kind: 'individual' } }, ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])) };
    expect(unknownKeys(CheckCaseSchema, input)).toHaveLength(50);
    const errors = errorsOf(CheckCaseSchema, input);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… và 30 lỗi khác.');
  });
});

describe('parseStrict: the CLI inputs', () => {
  it.each([
    [{ facts: { score: { common: 28 } } }, 'Trường «facts.score»: không có trường này (có phải «scores»?).'],
    [{ facts: { tasks: { total: 10, onTme: 10 } } }, 'Trường «facts.tasks.onTme»: không có trường này (có phải «onTime»?).'],
    [{ facts: { priorShortcomings: { total: 1, remedied: 1, note: 'x' } } }, 'Trường «facts.priorShortcomings.note»: không có trường này.'],
    [{ setting: {} }, 'Trường «setting»: không có trường này (có phải «settings»?).'],
  ])('%j → %s', (extra, line) => {
    const errors = errorsOf(CheckCaseSchema, { profile: { reviewYear: 2025, subject: { kind: 'individual' } }, ...extra });
    expect(errors).toEqual([line]);
  });

  it('a long key is quoted through clip', () => {
    const key = 'k'.repeat(200);
    expect(errorsOf(ProfileSchema, { reviewYear: 2025, subject: { kind: 'collective' }, [key]: 1 })).toEqual([`Trường «${'k'.repeat(60)}…»: không có trường này.`]);
  });

  it('unknown keys come first, then the other errors; a strict object inside is not named twice', () => {
    const errors = errorsOf(OverlaySchema, { extra: true, ...listOverlays()[0], name: '', rule: { ...listOverlays()[0]!.rule, source: { doc: 'hd43-2025', page: 3 } } });
    expect(errors).toEqual(['Trường «extra»: không có trường này.', 'Trường «rule.source.page»: không có trường này.', 'Trường «name»: không được để trống.']);
  });

  it.each([
    ...fixtures('cases').map((f) => ['cases', f, CheckCaseSchema] as const),
    ...fixtures('profiles').map((f) => ['profiles', f, ProfileSchema] as const),
    ...fixtures('drafts').map((f) => ['drafts', f, DraftSchema] as const),
    ...fixtures('rosters').map((f) => ['rosters', f, RosterSchema] as const),
  ])('the fixture %s/%s has no unknown key', (dir, file, schema) => {
    expect(errorsOf(schema as z.ZodType, fixture(dir, file))).toEqual([]);
  });
});

describe('stored records stay lenient; imported files are strict', () => {
  it('the schemas the stores read with still drop unknown keys', () => {
    expect(parseWith(RosterSchema, { reviewYear: 2025, members: [{ name: 'An', old: 1 }], removedField: 1 }).ok).toBe(true);
    expect(parseWith(ProfileSchema, { reviewYear: 2025, subject: { kind: 'collective', old: 1 } }).ok).toBe(true);
    expect(parseWith(OverlaySchema, { ...listOverlays()[0], old: 1 }).ok).toBe(true);
  });

  it.each(listOverlays().map((o) => [o.id, o]))('the shipped overlay %s passes the file schema', (_, overlay) => {
    expect(parseWith(OverlayFileSchema, overlay).ok).toBe(true);
  });

  it('an overlay file with a misspelled key is refused, naming the key and a suggestion', () => {
    const o = listOverlays()[0]!;
    const r = parseWith(OverlayFileSchema, { ...o, deadlines: [{ ...o.deadlines[0], recuring: true }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['Trường «deadlines[0].recuring»: không có trường này (có phải «recurring»?).']);
  });
});

describe('backup import refuses unknown keys, names the record', () => {
  type J = Record<string, unknown>;
  const text = (mutate: (b: J) => void = () => {}) => {
    const b = sampleBackup() as unknown as J;
    mutate(b);
    return serializeBackup(b as never);
  };
  const list = (b: J, key: string) => b[key] as J[];
  const errors = (t: string) => {
    const r = parseBackupText(t);
    return r.ok ? [] : r.errors;
  };

  it('a file written by this app imports; so does a v1 file (complete versions, no «same»)', () => {
    expect(errors(text())).toEqual([]);
    const v1 = text((b) => {
      b.v = 1;
      for (const d of list(b, 'drafts')) for (const v of d.versions as J[]) delete v.same;
    });
    expect(errors(v1)).toEqual([]);
  });

  it('the contents of rosters, overlays and settings are kept as stored (their own schemas read them)', () => {
    expect(errors(text((b) => ((list(b, 'rosters')[0]!.data as J).anyOldKey = 1)))).toEqual([]);
    expect(errors(text((b) => (list(b, 'settings')[0]!.value = { anything: 1 })))).toEqual([]);
  });

  it.each([
    ['the file', (b: J) => (b.profile = []), 'Trường «profile»: không có trường này (có phải «profiles»?).'],
    ['a profile record', (b: J) => (list(b, 'profiles')[0]!.updated = 1), 'Hồ sơ thứ 1 (mã «p-1»): trường «updated»: không có trường này (có phải «updatedAt»?).'],
    ['inside a profile', (b: J) => ((list(b, 'profiles')[0]!.profile as J).reviewyear = 2025), 'Hồ sơ thứ 1 (mã «p-1»): trường «profile.reviewyear»: không có trường này (có phải «reviewYear»?).'],
    ['inside a draft section', (b: J) => (((list(b, 'drafts')[0]!.draft as J).sections as Record<string, J>)['A.I.1']!.txt = 'x'), 'trường «draft.sections.A.I.1.txt»: không có trường này (có phải «text»?).'],
    ['a version', (b: J) => ((list(b, 'drafts')[0]!.versions as J[])[0]!.reson = 'manual'), 'trường «versions[0].reson»: không có trường này (có phải «reason»?).'],
    ['a setting', (b: J) => (list(b, 'settings')[0]!.valu = 1), 'Thiết lập thứ 1 (mã «ui:last-screen»): trường «valu»: không có trường này (có phải «value»?).'],
  ])('an unknown key in %s', (_, mutate, line) => {
    const got = errors(text(mutate));
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(line);
  });
});
