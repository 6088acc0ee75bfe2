import type { DatedRule, FormModel } from '../core/form-model';
import type { RuleRef } from '../core/rule';
import type { Draft } from '../schemas/draft';

/**
 * The layout guidance in force on the document's date (the signing date, else 31/12 of the review year): the
 * export names it in the file's properties. ISO dates compare as strings.
 */
export function ruleInForce(rules: readonly DatedRule[], date: string): RuleRef | undefined {
  return rules.find((r) => (!r.from || r.from <= date) && (!r.until || date < r.until))?.rule;
}

export function layoutRuleFor(form: FormModel, draft: Draft): RuleRef | undefined {
  return ruleInForce(form.layoutRules ?? [], draft.signedDate ?? `${draft.reviewYear}-12-31`);
}
