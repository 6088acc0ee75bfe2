import type { RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import { getRulebook } from '../rulebooks/index';

/**
 * The "thực chất" rules the drafting checks cite, from the draft's own rulebook (its `drafting.ts`): quantified
 * results, concrete products, subjective causes, remedies with deadlines, no boilerplate.
 */
export const contentsRule = (rb: RulebookId): RuleRef => getRulebook(rb).drafting.contents;
export const causesRule = (rb: RulebookId): RuleRef => getRulebook(rb).drafting.causes;
export const figuresRule = (rb: RulebookId): RuleRef => getRulebook(rb).drafting.figures;
export const substanceRule = (rb: RulebookId): RuleRef => getRulebook(rb).drafting.substance;
export const seasonRule = (rb: RulebookId): RuleRef | undefined => getRulebook(rb).drafting.season;
