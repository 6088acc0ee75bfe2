import type { Certainty, RuleRef, SourceRef } from '../core/rule';

export { src } from '../core/rule';

/** Shorthand for a RuleRef literal in rulebook and overlay data: `ref(id, clause, src('qd366-2025', 'Điều 5'), 'secondary')`. */
export const ref = (id: string, clause: string, source: SourceRef, certainty: Certainty): RuleRef => ({
  id,
  clause,
  source,
  certainty,
});
