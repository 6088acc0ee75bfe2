import type { RulebookId } from '../core/rulebook-id';
import { getRulebook, listRulebooks } from '../rulebooks/index';
import type { RosterRules } from '../rulebooks/types';

export type { RosterRules } from '../rulebooks/types';

/** What the roster check reads from a rulebook (each rulebook's `roster.ts`); undefined where not encoded. */
export const rosterRules = (id: RulebookId): RosterRules | undefined => getRulebook(id).roster;

/** The same, by rulebook id, for the screens and the CLI that list them. */
export const ROSTER_RULES: Partial<Record<RulebookId, RosterRules>> = Object.fromEntries(
  listRulebooks().flatMap((rb) => (rb.roster ? [[rb.id, rb.roster] as const] : [])),
);
