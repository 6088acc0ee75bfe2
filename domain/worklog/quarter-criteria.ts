import type { OverlayQuarterCriterion } from '../schemas/overlay';
import type { SubCriterion } from '../schemas/quarter-evaluation';

/** A sub-criterion as the form shows it: set by the unit's overlay, or kept from a saved evaluation. */
export type CriterionDef = Pick<OverlayQuarterCriterion, 'id' | 'label' | 'max'>;

export interface CriteriaScore {
  /** the sum of the points given so far (what the form shows as «Cộng»). */
  sum: number;
  /** the criteria with no accepted points yet, in order. */
  missing: CriterionDef[];
  /** the group's points and criteria as QuarterEvaluation stores them; absent until every criterion has points. */
  complete?: { score: number; criteria: SubCriterion[] };
}

/**
 * A group's points from the points of its sub-criteria (scores by criterion id; undefined = not given or not
 * accepted). Summed in the criteria's order, as QuarterEvaluationSchema checks it.
 */
export function scoreCriteria(defs: readonly CriterionDef[], scores: Readonly<Record<string, number | undefined>>): CriteriaScore {
  const missing = defs.filter((d) => scores[d.id] === undefined);
  const sum = defs.reduce((s, d) => s + (scores[d.id] ?? 0), 0);
  if (missing.length > 0 || defs.length === 0) return { sum, missing };
  const criteria = defs.map((d) => ({ id: d.id, label: d.label, max: d.max, score: scores[d.id] ?? 0 }));
  return { sum, missing, complete: { score: criteria.reduce((s, c) => s + c.score, 0), criteria } };
}

/** The criteria a group's form shows: the overlay's, else those of the saved evaluation (kept when the overlay went). */
export function criteriaDefs(fromOverlay: readonly CriterionDef[] | undefined, saved: readonly SubCriterion[] | undefined): CriterionDef[] {
  const list = fromOverlay && fromOverlay.length > 0 ? fromOverlay : (saved ?? []);
  return list.map(({ id, label, max }) => ({ id, label, max }));
}
