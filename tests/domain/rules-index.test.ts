import { describe, expect, it } from 'vitest';
import { allRules, findRules } from '../../domain/rules-index';
import { sourceById } from '../../domain/sources';

describe('every rule can be found by its clause', () => {
  const rules = allRules();

  it('collects the rules of rulebooks, grading, forms, roster, overlays, drafting, state grading and scoring, the unit paperwork, the quarterly review and the season dates', () => {
    const areas = new Set(rules.map((r) => r.where.split(' ')[0]));
    expect([...areas].sort()).toEqual(['drafting', 'form', 'grading', 'overlay', 'paperwork', 'quarterly', 'roster', 'rulebook', 'season', 'state']);
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

  it('no rule lacks a clause, and every source is a document of the catalogue', () => {
    expect(rules.filter((r) => !r.clause.trim())).toEqual([]);
    const unresolved = rules.filter((r) => typeof r.source !== 'object' || !sourceById(r.source.doc));
    expect(unresolved.map((r) => `${r.id}: ${JSON.stringify(r.source)}`)).toEqual([]);
  });
});
