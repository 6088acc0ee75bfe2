import type { RuleRef } from '../core/rule';
import { SEASON_DATES, type SeasonAudience, type SeasonDate } from '../rulebooks/season-dates';

/** A date of the season with how many days are left from `today` (0 = today). */
export interface DueItem {
  id: string;
  label: string;
  /** ISO date. */
  date: string;
  daysLeft: number;
  /** the review year it belongs to. */
  reviewYear: number;
  /** the rule it comes from; absent for a unit's own deadline. */
  rule?: RuleRef;
}

/** A unit's own deadline (from its overlay or typed by the person). */
export interface OwnDeadline {
  id: string;
  label: string;
  date: string;
}

export interface DueOptions {
  /** who the person is: leaders see the quarter dates, công chức the NĐ 335 date; reporting bodies the KL 198 reports. */
  audiences?: readonly SeasonAudience[];
  own?: readonly OwnDeadline[];
  /** only items within this many days (default: all still ahead in the season). */
  withinDays?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

const dateOf = (d: SeasonDate, reviewYear: number) => `${reviewYear + (d.nextYear ? 1 : 0)}-${pad(d.month)}-${pad(d.day)}`;

/**
 * What is due from `today` on, nearest first: the season dates of the review year of `today` (and, in January,
 * those of the previous review year still ahead, e.g. the dossiers due 01/02), for the given audiences, plus the
 * unit's own deadlines. Pure: `today` is an ISO date given by the caller.
 */
export function dueItems(today: string, opts: DueOptions = {}): DueItem[] {
  const audiences = new Set(opts.audiences ?? []);
  const year = Number(today.slice(0, 4));
  const out: DueItem[] = [];
  for (const reviewYear of [year - 1, year]) {
    for (const d of SEASON_DATES) {
      if (d.who && !audiences.has(d.who)) continue;
      const date = dateOf(d, reviewYear);
      const daysLeft = daysBetween(today, date);
      if (daysLeft < 0) continue;
      out.push({ id: d.id, label: d.label, date, daysLeft, reviewYear, rule: d.rule });
    }
  }
  for (const o of opts.own ?? []) {
    const daysLeft = daysBetween(today, o.date);
    if (daysLeft >= 0) out.push({ id: o.id, label: o.label, date: o.date, daysLeft, reviewYear: Number(o.date.slice(0, 4)) });
  }
  const within = opts.withinDays;
  return out
    .filter((i) => within === undefined || i.daysLeft <= within)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
}

/**
 * A unit's overlay deadlines as own deadlines: a recurring one falls on its day and month of the year of `today`
 * (or the next year once passed); a dated one on its date. Labelled with what is due and who does it.
 */
export function overlayDeadlines(deadlines: readonly { id: string; date: string; recurring: boolean; what: string; who: string }[], today: string): OwnDeadline[] {
  const year = Number(today.slice(0, 4));
  return deadlines.map((d) => {
    let date = d.date;
    if (d.recurring) {
      date = `${year}${d.date.slice(4)}`;
      if (date < today) date = `${year + 1}${d.date.slice(4)}`;
    }
    return { id: `overlay.${d.id}`, label: d.who.trim() ? `${d.what} (${d.who})` : d.what, date };
  });
}

/** "còn 12 ngày", "hôm nay". */
export const daysLeftText = (n: number): string => (n === 0 ? 'hôm nay' : `còn ${n} ngày`);
