import type { z } from 'zod';
import { foldVietnamese, nfc } from '../core/text';
import type { Draft } from '../schemas/draft';
import type { CarryOverSchema } from '../schemas/facts';
import { chooseForm, formCodeForRole, roleOfFormCode } from './form-choice';
import { draftTitle, emptyAssessment, rulebookFor } from './new-draft';

export type CarryOver = z.infer<typeof CarryOverSchema>;

const ID_MAX = 64;
const carryId = (year: number, id: string) => `ky-${year}-${id}`.slice(0, ID_MAX);

/**
 * Last period's shortcomings become this period's items to report on (section III / A.III): every
 * shortcoming of the previous draft, plus carry-over items it had not fully remedied. Status and detail
 * start empty (they are this year's answer); duplicates (accent-insensitive) are dropped.
 */
export function carryOverFrom(previous: Draft): CarryOver[] {
  const out: CarryOver[] = [];
  const seen = new Set<string>();
  const push = (id: string, text: string) => {
    const t = nfc(text).trim();
    const key = foldVietnamese(t);
    if (t === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ id: carryId(previous.reviewYear, id), shortcoming: t, detail: '' });
  };
  for (const c of previous.facts.carryOver) if (c.status !== 'da-khac-phuc') push(c.id, c.shortcoming);
  for (const s of previous.facts.shortcomings) push(s.id, s.text);
  return out;
}

/**
 * A new draft for `newYear`, on that year's form for the same role (a 2024 Mẫu 02A, non-leader, becomes a
 * 2025 Mẫu 02B; with a profile the role is re-derived, so a retiree's 2024 02A becomes 2025 02C).
 * Carried: profile (year updated, rulebook override dropped), place, the task list (names, targets and units;
 * results cleared), last year's shortcomings as carry-over. Not carried: texts, achievements, suggestions,
 * scores, dismissed flags, signing date.
 */
export function duplicateDraftForYear(previous: Draft, newYear: number, newId: string, now: number): Draft {
  const profile = previous.profile ? { ...previous.profile, reviewYear: newYear, rulebookId: undefined, reviewDate: undefined } : undefined;
  const rulebookId = rulebookFor(newYear);
  const code =
    previous.formCode === '03'
      ? '03'
      : ((profile ? chooseForm(profile, rulebookId, newYear)?.code : undefined) ??
        formCodeForRole(rulebookId, roleOfFormCode(previous.rulebookId, previous.formCode)));
  const draft: Draft = {
    v: 1,
    id: newId,
    title: draftTitle(rulebookId, code, newYear, profile),
    reviewYear: newYear,
    rulebookId,
    formCode: code,
    sections: {},
    facts: {
      tasks: previous.facts.tasks.map((t) => ({
        id: t.id,
        name: t.name,
        target: t.target,
        result: '',
        ...(t.unit === undefined ? {} : { unit: t.unit }),
      })),
      achievements: [],
      shortcomings: [],
      suggestions: [],
      carryOver: carryOverFrom(previous),
    },
    assessment: emptyAssessment(),
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
  if (profile) {
    const { rulebookId: _dropped, ...rest } = profile;
    draft.profile = rest;
  }
  if (previous.place !== undefined) draft.place = previous.place;
  return draft;
}
