import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackupText } from '../../domain/backup/parse';
import { emptyStoredIndex, planImport, type StoredIndex } from '../../domain/backup/plan';
import { sampleBackup } from '../stores/fixtures';
import { counter, isCleanRejection, mutate, mutationArb, VIETNAMESE } from './mutate';

/** The pure importer (parse + validate + plan) on random and mutated files: clean success or clean rejection. */
const tried = counter();
afterAll(() => tried.print('backup parse+plan'));

const valid = sampleBackup();

function check(text: string, stored: StoredIndex = emptyStoredIndex()): void {
  const r = parseBackupText(text);
  if (!r.ok) {
    expect(isCleanRejection(r.errors), r.errors.join('\n')).toBe(true);
    return;
  }
  const plan = planImport(r.value, stored);
  expect(plan.summary.length).toBeGreaterThan(0);
  expect(plan.summary.every((l) => VIETNAMESE.test(l))).toBe(true);
  // every accepted string is NFC
  JSON.stringify(r.value, (_k, v: unknown) => {
    if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
    return v;
  });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('backup importer (pure) never crashes', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        tried.add('random-json');
        check(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 150 },
    );
  });

  it('random text (not JSON, truncated JSON, unicode)', () => {
    const truncated = JSON.stringify(valid);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(truncated.length).map((n) => truncated.slice(0, n))), (text) => {
        tried.add('random-text');
        check(text);
      }),
      { numRuns: 150 },
    );
  });

  it('random objects carrying the format marker', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('v', 'exportedAt', 'profiles', 'drafts', 'rosters', 'overlays', 'settings', 'x'), fc.jsonValue({ maxDepth: 4 })), (extra) => {
        tried.add('marker+random');
        check(JSON.stringify({ format: 'kiem-diem-backup', v: 1, exportedAt: 0, ...extra }));
      }),
      { numRuns: 150 },
    );
  });

  it('mutations of a valid backup: deleted, retyped, oversized fields, deep nesting, __proto__ keys, NFD text', () => {
    fc.assert(
      fc.property(mutationArb, fc.boolean(), (m, storedSome) => {
        tried.add(`mutated:${m.kind}`);
        const stored = emptyStoredIndex();
        if (storedSome) (stored.drafts as Map<string, number>).set('fixture-qd366-2025-02A', 1_760_000_000_000);
        check(mutate(valid, m), stored);
      }),
      { numRuns: 200 },
    );
  });

  it('huge strings and wide arrays near the size limit are rejected by limits, not by a crash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), (n) => {
        tried.add('huge');
        const b = structuredClone(valid) as { settings: { key: string; value: unknown }[] };
        b.settings = Array.from({ length: 10_000 + n }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(100) }));
        const r = parseBackupText(JSON.stringify(b));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors[0]).toBe('Trường «settings»: nhiều quá 10000 phần tử.');
      }),
      { numRuns: 3 },
    );
  });
});
