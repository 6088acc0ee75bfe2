import type { RuleRef, RuleSource } from '@/domain/core/rule';
import { allRules } from '@/domain/rules-index';
import { ROSTER_RULES } from '@/domain/roster/rules';

/**
 * The source of a rule known only by its clause: grading conditions and roster findings carry `clause` and
 * `certainty` but not `source`. Every clause of the product's data names one document (checked in
 * tests/components/sources/), so the clause finds it.
 *
 * Imports domain/rules-index, which pulls in every rulebook and form: only for lazily loaded screens.
 */
let byClause: Map<string, RuleSource> | undefined;

const isRule = (v: unknown): v is RuleRef =>
  typeof v === 'object' && v !== null && typeof (v as RuleRef).clause === 'string' && typeof (v as RuleRef).certainty === 'string' && 'source' in v;

function collect(value: unknown, into: Map<string, RuleSource>, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 6) return;
  if (isRule(value) && !into.has(value.clause)) into.set(value.clause, value.source);
  for (const child of Object.values(value)) collect(child, into, depth + 1);
}

export function sourceForClause(clause: string): RuleSource | undefined {
  if (!byClause) {
    const map = new Map<string, RuleSource>();
    for (const r of allRules()) if (!map.has(r.clause)) map.set(r.clause, r.source);
    collect(ROSTER_RULES, map); // the roster's own rules are not in the rules index
    byClause = map;
  }
  return byClause.get(clause);
}
