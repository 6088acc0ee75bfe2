import { formatLongDateVi, nfc } from '../core/text';

/**
 * Example dates in the forms' guidance lines are written as tokens and filled from the draft's review year when
 * shown, so an example is never already past for that year (a 2026 review is written in December 2026: its
 * example remedy deadline is 30 June 2027, not a date of 2026).
 */
export const EXAMPLE_DEADLINE = '{hạn ví dụ}';

/** The example remedy deadline of a review year: the middle of the next year. */
export const exampleDeadline = (reviewYear: number): string => formatLongDateVi(`${reviewYear + 1}-06-30`);

/** `text` with its example-date tokens filled for `reviewYear`. */
export function withExampleDates(text: string, reviewYear: number): string {
  return nfc(text.split(EXAMPLE_DEADLINE).join(exampleDeadline(reviewYear)));
}
