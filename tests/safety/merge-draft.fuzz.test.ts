import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeDraft } from '../../domain/sync/merge-draft';
import type { Draft } from '../../domain/schemas/draft';
import { fixtureDraft } from '../stores/fixtures';
import { counter } from './mutate';

/** The three-way merge never drops a typed section, whatever its key (own "__proto__" keys included). */
const tried = counter();
afterAll(() => tried.print('merge-draft'));

const KEYS = ['A.I.1', 'A.I.2', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const sectionsArb = fc.dictionary(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }), { maxKeys: 6 });

/** Builds sections through JSON so "__proto__" is an own key, as it would be in a parsed file. */
const withSections = (base: Draft, texts: Record<string, string>): Draft => {
  const json = `{${Object.entries(texts)
    .map(([k, t]) => `${JSON.stringify(k)}:{"text":${JSON.stringify(t)}}`)
    .join(',')}}`;
  return { ...base, sections: JSON.parse(json) as Draft['sections'] };
};

describe('mergeDraft keeps every section', () => {
  it('for any base / mine / theirs', () => {
    const draft = fixtureDraft('qd366-2025-01');
    fc.assert(
      fc.property(sectionsArb, sectionsArb, sectionsArb, (b, m, t) => {
        tried.add(Object.keys({ ...m, ...t }).some((k) => k === '__proto__' || k === 'constructor') ? 'special-keys' : 'plain-keys');
        const base = withSections(draft, b);
        const mine = withSections(draft, m);
        const theirs = withSections(draft, t);
        const { merged, conflicts } = mergeDraft(base, mine, theirs);
        expect(Object.getPrototypeOf(merged.sections)).toBe(Object.prototype);
        for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
          const got = Object.hasOwn(merged.sections, key) ? merged.sections[key]!.text : '';
          const mt = Object.hasOwn(m, key) ? m[key]! : '';
          const tt = Object.hasOwn(t, key) ? t[key]! : '';
          const bt = Object.hasOwn(b, key) ? b[key]! : '';
          // the result is one side's text, or both sides' changes merged by words (every word either side added
          // is in it); the same words changed on both sides keep mine plus a conflict carrying theirs
          const conflict = conflicts.find((c) => c.key === `sections.${key}`);
          if (conflict) {
            expect(conflict).toEqual({ key: `sections.${key}`, mine: mt, theirs: tt });
            expect(got).toBe(mt);
          } else if (got !== mt && got !== tt) {
            const words = (s: string) => s.split(/\s+/).filter(Boolean);
            const added = [...words(mt), ...words(tt)].filter((w) => !words(bt).includes(w));
            for (const w of added) expect(words(got)).toContain(w);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
