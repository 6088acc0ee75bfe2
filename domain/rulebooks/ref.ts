import type { Certainty, RuleRef } from '../core/rule';

/** Shorthand for a RuleRef literal in rulebook and overlay data. */
export const ref = (id: string, clause: string, source: string, certainty: Certainty): RuleRef => ({
  id,
  clause,
  source,
  certainty,
});

/** Source files under shared/ (paths before " §" must exist; tests check). */
export const SRC = {
  qd366Rules: 'shared/domain/qd366-rules.md',
  qd366: 'shared/domain/qd366.md',
  regulations: 'shared/domain/regulations.md',
  haTinh: 'shared/seeds/001_bec40e6e803ec1a3.txt',
  hcmc2025: 'shared/seeds/000_67b67c602c3f0f62.txt',
  hcmcEdu2024: 'shared/seeds/003_b7b65d5dda500c48.txt',
  binhDinh2020: 'shared/seeds/004_651ba8d7512f24ee.txt',
} as const;
