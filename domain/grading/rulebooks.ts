import type { RulebookId } from '../core/rulebook-id';
import { getRulebook } from '../rulebooks/index';
import type { GradingRulebook } from './types';

/** A rulebook's grading conditions (its `grading/` folder, registered with the rulebook); QĐ 132 is not encoded. */
export const gradingRulebook = (id: RulebookId): GradingRulebook | undefined => getRulebook(id).grading;
