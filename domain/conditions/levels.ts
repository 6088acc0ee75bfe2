import { CRITERION_LEVELS } from '../schemas/draft';
import type { CheckFacts } from '../schemas/case';
import type { Tri } from './types';

/** 2023 per-criterion levels (Xuất sắc / Tốt / Trung bình / Kém), higher is better. */
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];
export const levelRank = (l: CriterionLevel): number => CRITERION_LEVELS.length - 1 - CRITERION_LEVELS.indexOf(l);

/** Every level in the group is at least `min`; unknown when the group is empty or missing. */
export function groupAtLeast(levels: Record<string, CriterionLevel> | undefined, min: CriterionLevel): Tri {
  const xs = levels ? Object.values(levels) : [];
  if (xs.length === 0) return undefined;
  return xs.every((l) => levelRank(l) >= levelRank(min));
}

/** Result criteria at least `results`, the other criteria at least `others`. */
export function levelsAtLeast(f: CheckFacts, results: CriterionLevel, others: CriterionLevel): Tri {
  const r = groupAtLeast(f.criterionLevels?.results, results);
  const o = groupAtLeast(f.criterionLevels?.others, others);
  if (r === false || o === false) return false;
  // "others" may legitimately be empty when a unit rates only result criteria: result levels decide then.
  if (r === true && (o === true || (f.criterionLevels !== undefined && Object.keys(f.criterionLevels.others).length === 0))) return true;
  return undefined;
}

/** Some criterion rated Kém. */
export function anyKem(f: CheckFacts): Tri {
  const c = f.criterionLevels;
  if (!c) return undefined;
  const xs = [...Object.values(c.results), ...Object.values(c.others)];
  if (xs.length === 0) return undefined;
  return xs.includes('kem');
}
