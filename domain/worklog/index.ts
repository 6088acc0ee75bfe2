/** The work log (issue 16): quarters of dates, filters, rollups, the task facts of the grade check, pasted tables. */
export * from './quarter';
export * from './filter';
export * from './rollup';
export * from './task-facts';
export * from './paste';
export * from './season';
export * from './quarter-check';
export * from './quarters-into-year';
export * from './state-check';
export * from './draft-tasks';
export * from './state-basis';
export * from './rollup-text';
export * from './quarter-prose';
export * from './quarter-text';
export * from './state-period';
export * from './evidence';
