import { src, type RuleRef } from '../core/rule';

/**
 * One reference date for every screen: the date the "chưa đủ N tháng" rules (newly admitted members, new posts,
 * new collectives) and "posts held" are counted to. Rule, in this order:
 * 1. the review meeting date when the person entered it (profile.reviewDate) and it falls in the season of that
 *    review year (a date kept from another year is ignored);
 * 2. else today, when today falls in the review season (the review year or January of the next year, the
 *    deadlines of HD 43 mục 4);
 * 3. else 31/12 of the review year.
 * No source says which date to count to (marked uncertain): a unit may set the meeting date.
 */
export const REFERENCE_DATE_RULE: RuleRef = {
  id: 'subject.reference-date',
  clause: 'Mốc tính "chưa đủ 6 tháng": ngày họp kiểm điểm (văn bản chưa nêu; HD 43 mục 4 về thời gian kiểm điểm)',
  source: src('hd43-2025', 'mục 4'),
  certainty: 'uncertain',
};

export type ReferenceBasis = 'review-date' | 'today' | 'year-end';

export interface ReferenceDate {
  date: string;
  basis: ReferenceBasis;
  rule: RuleRef;
}

export const REFERENCE_BASIS_LABELS: Record<ReferenceBasis, string> = {
  'review-date': 'ngày họp kiểm điểm đã nhập',
  today: 'hôm nay, đang trong mùa kiểm điểm',
  'year-end': 'cuối năm kiểm điểm; chưa nhập ngày họp kiểm điểm',
};

/** The reference date for a review year, from the meeting date if known, else today in season, else 31/12. */
export function referenceDateFor(reviewYear: number, opts: { reviewDate?: string; today?: string } = {}): ReferenceDate {
  const inSeason = (d: string | undefined): d is string => !!d && d >= `${reviewYear}-01-01` && d <= `${reviewYear + 1}-01-31`;
  const reviewDate = opts.reviewDate?.slice(0, 10);
  if (inSeason(reviewDate)) return { date: reviewDate, basis: 'review-date', rule: REFERENCE_DATE_RULE };
  const today = opts.today?.slice(0, 10);
  if (inSeason(today)) return { date: today, basis: 'today', rule: REFERENCE_DATE_RULE };
  return { date: `${reviewYear}-12-31`, basis: 'year-end', rule: REFERENCE_DATE_RULE };
}
