import { findRules, allRules } from '../../domain/rules-index';
import type { CliCommand } from '../io';

/** `rules [clause]`: every rule whose clause contains the text ("Điều 11", "mục 7.15"), with where it lives. */
export const rulesCommand: CliCommand = (args) => {
  const query = args.join(' ').trim();
  const rules = query ? findRules(query) : allRules();
  return { query: query || null, count: rules.length, rules };
};
