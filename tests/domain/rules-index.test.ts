import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, findRules } from '../../domain/rules-index';

const SHARED = join(__dirname, '../../../shared');

describe('every rule can be found by its clause', () => {
  const rules = allRules();

  it('collects the rules of rulebooks, grading, forms, overlays, drafting and state grading', () => {
    const areas = new Set(rules.map((r) => r.where.split(' ')[0]));
    expect([...areas].sort()).toEqual(['drafting', 'form', 'grading', 'overlay', 'rulebook', 'state']);
    expect(rules.length).toBeGreaterThan(200);
  });

  it.each([
    ['Điều 11', /QĐ (366|124) Điều 11/],
    ['dieu 5', /Điều 5/],
    ['mục 7.15', /7\.15/],
  ])('"%s" finds clauses like %s, accent-insensitive', (query, pattern) => {
    const found = findRules(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((r) => pattern.test(r.clause))).toBe(true);
    expect(findRules('Điều 999')).toEqual([]);
  });

  it('no rule lacks a clause, and every source names a file that exists under shared/', () => {
    const missing = rules.filter((r) => !r.clause.trim());
    expect(missing).toEqual([]);
    const badSources = rules.filter((r) => {
      const files = r.source.split(/;\s*/).map((part) => part.split(' §')[0]!.split(' ')[0]!.trim()).filter((f) => f.includes('/') || f.endsWith('.md') || f.endsWith('.txt'));
      return files.some((f) => {
        const rel = f.replace(/^shared\//, '');
        return !existsSync(join(SHARED, rel)) && !existsSync(join(SHARED, 'domain', rel));
      });
    });
    expect(badSources.map((r) => `${r.id}: ${r.source}`)).toEqual([]);
  });
});
