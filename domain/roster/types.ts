import type { Grade } from '../core/grade';
import type { Certainty, RuleSource } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import type { QuotaReading } from '../schemas/case';

export interface RosterFinding {
  /** stable id, e.g. "quota.exceeded", "head.above-collective". */
  id: string;
  severity: 'error' | 'warning' | 'info';
  clause: string;
  /** The document the rule was read in, when the finding comes from a rule record. */
  source?: RuleSource;
  certainty: Certainty;
  text: string;
  /** names of the members concerned (if any). */
  members?: string[];
}

export interface QuotaReadingResult {
  /** literal: number graded HTTNV; pool: number graded HTTNV or above. */
  denominator: number;
  /** most HTXSNV allowed under this reading (rounded down). */
  max: number;
  within: boolean;
}

export interface QuotaGroup {
  group: string;
  graded: number;
  htxsnv: number;
  /** the cap in percent (20, or 25 for an outstanding unit). */
  percent: number;
  literal: QuotaReadingResult;
  pool: QuotaReadingResult;
  /** the reading in force (settings). */
  reading: QuotaReading;
  /** HD 25 7.17: fewer than 5, all HTTNV → one may be HTXSNV. */
  smallUnitApplied: boolean;
  within: boolean;
}

export interface SummaryRow {
  grade: Grade;
  label: string;
  count: number;
  /** percent of the members graded, one decimal. */
  percent: number;
  /** "114/658 (17,3%)", like the provincial reports. */
  text: string;
}

export interface RosterSummary {
  total: number;
  graded: number;
  excluded: number;
  notProposed: number;
  rows: SummaryRow[];
}

export interface RosterResult {
  rulebook: RulebookId;
  unit: { name: string; kind: string; grade: Grade | null };
  summary: RosterSummary;
  quota: QuotaGroup[];
  findings: RosterFinding[];
}
