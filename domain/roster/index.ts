/** Public API of the unit head's roster check (issue 5). */
export { checkRoster } from './check';
export { parseRosterText, parseGradeCell, type RosterBase } from './parse-text';
export { quotaFor, quotaMax } from './quota';
export { summarize } from './summary';
export type * from './types';
