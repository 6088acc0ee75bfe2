import type { RuleRef } from '../core/rule';
import { special } from '../rulebooks/qd366-2025/special';
import { STATE_GRADING_RULES } from '../rulebooks/state-grading';
import { stateScoringFor } from '../rulebooks/state-scoring';
import type { StateRegime } from '../schemas/state-evaluation';
import { quarterLabel, quarterRange } from './quarter';

/**
 * The periods of the state phiếu (issue 16) and the decree that scores each: công chức under NĐ 335/2025 from its
 * first day; viên chức under NĐ 90/2020 up to its last day and NĐ 233/2026 from its first day — the dates are the
 * data of rulebooks/state-scoring.ts, never literals here. In the year the viên chức decree changes, a period that
 * straddles the change has no decree (the schema refuses it): the year is then offered in two halves, and every
 * period of that year is shown as uncertain, since how the halves combine was not found.
 */
export type StateOccupation = 'cong-chuc' | 'vien-chuc';
export type StatePeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface StatePeriod {
  /** "2026", "2026-H2", "2026-Q3", "2026-07". */
  id: string;
  kind: StatePeriodKind;
  label: string;
  from: string;
  to: string;
}

export interface RegimeChoice {
  regime: StateRegime | null;
  /** the rule that says which decree applies (shown with its badge). */
  rule: RuleRef;
  /** what the rule says, in our words. */
  text: string;
  /** the period lies in the split year (viên chức): shown as uncertain. */
  splitYear: boolean;
  /** why no decree applies to this period, or what is not settled. */
  message?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const ND335_FROM = stateScoringFor('nd335-2025').from;
const ND90_TO = stateScoringFor('nd90-2020').to!;
const ND233_FROM = stateScoringFor('nd233-2026').from;
/** The year in which the viên chức decree changes. */
export const VIEN_CHUC_SPLIT_YEAR = Number(ND233_FROM.slice(0, 4));

const grading = (id: string) => STATE_GRADING_RULES.find((r) => r.id === id)!;

/** The year, its halves (only in the viên chức split year), its quarters and its months. */
export function statePeriods(year: number, occupation?: StateOccupation): StatePeriod[] {
  const out: StatePeriod[] = [{ id: String(year), kind: 'year', label: `Cả năm ${year}`, from: `${year}-01-01`, to: `${year}-12-31` }];
  if (occupation === 'vien-chuc' && year === VIEN_CHUC_SPLIT_YEAR)
    out.push(
      { id: `${year}-H1`, kind: 'half', label: `Từ 01/01 đến ${ND90_TO.slice(8, 10)}/${ND90_TO.slice(5, 7)}/${year}`, from: `${year}-01-01`, to: ND90_TO },
      { id: `${year}-H2`, kind: 'half', label: `Từ ${ND233_FROM.slice(8, 10)}/${ND233_FROM.slice(5, 7)} đến 31/12/${year}`, from: ND233_FROM, to: `${year}-12-31` },
    );
  for (const quarter of [1, 2, 3, 4] as const) out.push({ id: `${year}-Q${quarter}`, kind: 'quarter', label: quarterLabel({ year, quarter }), ...quarterRange({ year, quarter }) });
  for (let m = 1; m <= 12; m++) out.push({ id: `${year}-${pad(m)}`, kind: 'month', label: `Tháng ${m} năm ${year}`, from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(lastDay(year, m))}` });
  return out;
}

/** The period whose first and last day are these, if it is one of the year's periods. */
export const findPeriod = (periods: readonly StatePeriod[], from: string, to: string): StatePeriod | undefined =>
  periods.find((p) => p.from === from && p.to === to);

export function stateRegimeFor(occupation: StateOccupation, period: { from: string; to: string }): RegimeChoice {
  if (occupation === 'cong-chuc') {
    const g = grading('state.nd335-2025.cong-chuc');
    if (period.from >= ND335_FROM) return { regime: 'nd335-2025', rule: g.rule, text: g.text, splitYear: false };
    const old = grading('state.nd90-2020');
    return { regime: null, rule: old.rule, text: old.text, splitYear: false,
      message: `Phiếu chấm điểm theo NĐ 335/2025 áp dụng từ ${formatIso(ND335_FROM)}; kỳ trước đó công chức được đánh giá theo NĐ 90/2020 (không theo thang điểm).` };
  }
  const g = grading('state.vien-chuc-2026');
  const splitYear = period.from.slice(0, 4) === String(VIEN_CHUC_SPLIT_YEAR);
  const caveat = stateScoringFor('nd233-2026').caveat!;
  if (period.to <= ND90_TO) return { regime: 'nd90-2020', rule: splitYear ? caveat.rule : g.rule, text: splitYear ? caveat.text : g.text, splitYear };
  if (period.from >= ND233_FROM) return { regime: 'nd233-2026', rule: splitYear ? caveat.rule : g.rule, text: splitYear ? caveat.text : g.text, splitYear };
  return { regime: null, rule: caveat.rule, text: caveat.text, splitYear: true,
    message: `Kỳ này gồm cả thời gian theo NĐ 90/2020 (đến ${formatIso(ND90_TO)}) và theo NĐ 233/2026 (từ ${formatIso(ND233_FROM)}): hãy chọn từng nửa năm, từng quý hoặc từng tháng.` };
}

const formatIso = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** QĐ 366 Điều 3 khoản 4: the civil servant's grade of the year is the basis of the party grade (the rulebook's record). */
export const STATE_BASIS = (() => {
  const s = special.find((x) => x.id === 'qd366.d3.k4')!;
  return { rule: s.rule, text: s.text };
})();
