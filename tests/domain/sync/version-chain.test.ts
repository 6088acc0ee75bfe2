import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftSchema, type Draft } from '../../../domain/schemas/draft';
import { compactAgainst, compactChain, resolveAgainst, resolveChain } from '../../../domain/sync/version-chain';

const draft = (sections: Record<string, string | { text: string; composedHash?: string }>, extra: Partial<Draft> = {}): Draft =>
  DraftSchema.parse({
    v: 1,
    id: 'd1',
    reviewYear: 2025,
    rulebookId: 'qd366-2025',
    formCode: '02B',
    createdAt: 1,
    updatedAt: 2,
    sections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, typeof v === 'string' ? { text: v } : v])),
    ...extra,
  });

describe('version chain: each version keeps only the sections that differ from the next', () => {
  it.each([
    ['all equal', { a: 'x', b: 'y' }, { a: 'x', b: 'y' }, [], ['a', 'b']],
    ['one changed', { a: 'x', b: 'cũ' }, { a: 'x', b: 'mới' }, ['b'], ['a']],
    ['same text, composed mark differs', { a: { text: 'x', composedHash: 'h1' } }, { a: { text: 'x' } }, ['a'], []],
    ['key only in the older', { a: 'x', b: 'y' }, { a: 'x' }, ['b'], ['a']],
    ['key only in the newer', { a: 'x' }, { a: 'x', b: 'y' }, [], ['a']],
    ['empty text equal', { a: '' }, { a: '' }, [], ['a']],
  ] as const)('%s', (_name, older, newer, kept, same) => {
    const out = compactAgainst(draft(older), draft(newer));
    expect(Object.keys(out.draft.sections)).toEqual(kept);
    expect(out.same).toEqual(same);
    // and back: the older version comes out whole, without the newer's extra keys
    expect(resolveAgainst(out, draft(newer))).toEqual(draft(older));
  });

  it('the other fields of a version are kept as they are', () => {
    const older = draft({ a: 'x' }, { title: 'Bản cũ', place: 'Hà Tĩnh', rev: 3 });
    const out = compactAgainst(older, draft({ a: 'x' }, { title: 'Bản mới' }));
    expect(out.draft).toMatchObject({ title: 'Bản cũ', place: 'Hà Tĩnh', rev: 3, sections: {} });
  });

  it('a version whose own text and `same` name one key: its own text wins', () => {
    const link = { draft: draft({ a: 'của phiên bản' }), same: ['a'] };
    expect(resolveAgainst(link, draft({ a: 'của bản sau' })).sections.a!.text).toBe('của phiên bản');
  });

  it('the last version is complete in storage, and may refer to the draft itself in a file', () => {
    const chain = [{ savedAt: 1, draft: draft({ a: '1', b: 'b' }) }, { savedAt: 2, draft: draft({ a: '2', b: 'b' }) }];
    const stored = compactChain(chain);
    expect(stored[0]).toEqual({ savedAt: 1, draft: draft({ a: '1' }), same: ['b'] });
    expect(stored[1]).toEqual(chain[1]);
    const current = draft({ a: '3', b: 'b' });
    const inFile = compactChain(chain, current);
    expect(inFile[1]).toEqual({ savedAt: 2, draft: draft({ a: '2' }), same: ['b'] });
    expect(resolveChain(inFile, current)).toEqual(chain);
    expect(resolveChain(stored)).toEqual(chain);
  });

  it('any chain: compact then resolve gives every version back (with and without the draft as tail)', () => {
    const keys = fc.constantFrom('A.I.1', 'A.I.2', 'A.II', 'B.1', 'C');
    const sections = fc.dictionary(keys, fc.record({ text: fc.constantFrom('', 'một', 'hai', 'Trong năm, bản thân…'), composedHash: fc.option(fc.constantFrom('h1', 'h2'), { nil: undefined }) }, { requiredKeys: ['text'] }));
    fc.assert(
      fc.property(fc.array(sections, { maxLength: 8 }), sections, (versions, current) => {
        const chain = versions.map((s, i) => ({ savedAt: i, reason: 'autosave' as const, draft: draft(s) }));
        const tail = draft(current);
        expect(resolveChain(compactChain(chain))).toEqual(chain);
        expect(resolveChain(compactChain(chain, tail), tail)).toEqual(chain);
      }),
      { numRuns: 300 },
    );
  });
});
