/**
 * Choosing the option of a select or radio group that says what the draft says (the proposed grade: "Hoàn
 * thành tốt nhiệm vụ"), accent- and case-insensitive. An exact match wins; otherwise the single clearly best
 * one; a near-tie between options proposes nothing ("Hoàn thành nhiệm vụ" must never pick "Không hoàn thành…").
 */
import { foldVietnamese } from '../core/text';
import { labelSimilarity } from './similarity';

/** Below this, no option is close enough. */
export const MIN_OPTION_SIMILARITY = 0.75;
/** The best option must beat the second by this much. */
export const OPTION_MARGIN = 0.1;

const norm = (s: string): string => foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();

export function pickOption(options: readonly string[], wanted: string): number | undefined {
  const w = norm(wanted);
  if (w === '') return undefined;
  const exact = options.findIndex((o) => norm(o) === w);
  if (exact >= 0) return exact;
  const scored = options.map((o, i) => ({ i, score: labelSimilarity(o, wanted) })).sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < MIN_OPTION_SIMILARITY) return undefined;
  if (second && first.score - second.score < OPTION_MARGIN) return undefined;
  return first.i;
}
