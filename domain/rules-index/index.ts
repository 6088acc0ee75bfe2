/**
 * Every rule the product applies, in one list, so anyone can find a rule by its clause ("Điều 11", "mục 7.15")
 * and see where it lives: `npm run -s cli -- rules "Điều 11"`. Rules are collected by walking the data
 * (each registered rulebook: its guide data, grading conditions and parameters, forms, roster and drafting rules;
 * overlays; the state-grading link and state scoring; the quarterly review; the season's dates) for RuleRef-shaped records.
 */
import type { RuleRef } from '../core/rule';
import { listRulebooks } from '../rulebooks';
import { listOverlays } from '../overlays';
import { STATE_GRADING_RULES } from '../rulebooks/state-grading';
import { PAPERWORK_RULES } from '../document/paperwork/rules';
import { STATE_SCORING } from '../rulebooks/state-scoring';
import { QUARTER_RULES } from '../rulebooks/quarterly-review';
import { SEASON_DATES } from '../rulebooks/season-dates';

export interface IndexedRule extends RuleRef {
  /** Where the record sits: "rulebook qd366-2025 › subjects › 2", "form qd366-2025:02B › A.I.1" … */
  where: string;
}

const isRuleRef = (v: unknown): v is RuleRef =>
  typeof v === 'object' && v !== null &&
  typeof (v as RuleRef).id === 'string' && typeof (v as RuleRef).clause === 'string' &&
  (typeof (v as RuleRef).source === 'string' || typeof (v as RuleRef).source === 'object') &&
  typeof (v as RuleRef).certainty === 'string';

function walk(value: unknown, where: string, out: IndexedRule[], seen: Set<unknown>, depth = 0): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 12) return;
  seen.add(value);
  if (isRuleRef(value)) out.push({ id: value.id, clause: value.clause, source: value.source, certainty: value.certainty, where });
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'function') continue;
    walk(child, `${where} › ${key}`, out, seen, depth + 1);
  }
}

let cache: IndexedRule[] | undefined;

/** All rule records, one per (id, clause, where), in a stable order. */
export function allRules(): IndexedRule[] {
  if (cache) return cache;
  const out: IndexedRule[] = [];
  const seen = new Set<unknown>();
  for (const rb of listRulebooks()) {
    const { forms, grading, roster, drafting, ...guide } = rb;
    walk(guide, `rulebook ${rb.id}`, out, seen);
    if (grading) walk({ rules: grading.rules, params: grading.params, conditions: grading.conditions }, `grading ${rb.id}`, out, seen);
    for (const f of forms) walk(f, `form ${f.id}`, out, seen);
    if (roster) walk(roster, `roster ${rb.id}`, out, seen);
    walk(drafting, `drafting ${rb.id}`, out, seen);
  }
  for (const o of listOverlays()) walk(o, `overlay ${o.id}`, out, seen);
  walk(STATE_GRADING_RULES, 'state grading (CBCCVC)', out, seen);
  walk(PAPERWORK_RULES, 'paperwork (hồ sơ của đơn vị)', out, seen);
  walk(STATE_SCORING, 'state scoring (NĐ 335, NĐ 233)', out, seen);
  walk(QUARTER_RULES, 'quarterly review', out, seen);
  walk(SEASON_DATES, 'season dates', out, seen);
  const unique = new Map<string, IndexedRule>();
  for (const r of out) unique.set(`${r.id}|${r.clause}|${r.where}`, r);
  cache = [...unique.values()];
  return cache;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ');

/** Rules whose clause (or id) contains the query, accent- and case-insensitive: "dieu 11" finds "Điều 11". */
export function findRules(query: string): IndexedRule[] {
  const q = fold(query.trim());
  return allRules().filter((r) => fold(r.clause).includes(q) || fold(r.id).includes(q));
}

/** Rule records that cite this catalogued document (each rule id once), for the sources screen. */
export function rulesForSource(doc: string): IndexedRule[] {
  const byId = new Map<string, IndexedRule>();
  for (const r of allRules()) if (typeof r.source === 'object' && r.source.doc === doc && !byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}

/** How many distinct rules cite each document of the catalogue, by id. */
export function ruleCountsBySource(): Map<string, number> {
  const ids = new Map<string, Set<string>>();
  for (const r of allRules()) {
    if (typeof r.source !== 'object') continue;
    const set = ids.get(r.source.doc) ?? new Set<string>();
    set.add(r.id);
    ids.set(r.source.doc, set);
  }
  return new Map([...ids].map(([doc, set]) => [doc, set.size]));
}
