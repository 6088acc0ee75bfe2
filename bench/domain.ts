import type { Measure } from './stats';

/** Pure-domain measures (grade check, roster, Word export, backup); filled in as those modules land. */
export async function domainMeasures(): Promise<Measure[]> {
  return [];
}
