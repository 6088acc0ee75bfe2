import { TIME_PATTERN, emptyPaperworkFacts, type MemberVote, type PaperworkFacts } from '@/domain/schemas/paperwork';
import type { Roster } from '@/domain/schemas/roster';

/** Pure helpers of the paperwork form: set or clear one typed fact in the roster, read a time or a count. */
type OptionalKey = { [K in keyof PaperworkFacts]-?: undefined extends PaperworkFacts[K] ? K : never }[keyof PaperworkFacts];

/** The roster's facts, created on first use (rosters saved before them have none). */
export const factsOf = (r: Roster): PaperworkFacts => (r.paperwork ??= emptyPaperworkFacts());

/** Sets a fact; an empty text or undefined removes it (never a placeholder value). */
export function setFact<K extends OptionalKey>(r: Roster, key: K, value: PaperworkFacts[K] | undefined): void {
  const p = factsOf(r);
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) delete p[key];
  else p[key] = value;
}

/** One member's own proposal and votes; an entry left empty is removed. */
export function setMemberVote(r: Roster, name: string, patch: Partial<MemberVote>): void {
  const p = factsOf(r);
  const next: MemberVote = { ...p.members[name], ...patch };
  for (const k of Object.keys(next) as (keyof MemberVote)[]) if (next[k] === undefined) delete next[k];
  if (Object.keys(next).length === 0) delete p.members[name];
  else p.members[name] = next;
}

/** "8:00", "08h30", "14g05" → "08:00", "08:30", "14:05"; '' → undefined; anything else → null. */
export function readTime(text: string): string | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  const m = TIME_PATTERN.exec(t);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** A whole number ≥ 0; '' → undefined; anything else → null. */
export function readCount(text: string): number | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}
