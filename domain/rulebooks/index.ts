import type { FormCode } from '../core/form-code';
import type { FormModel } from '../core/form-model';
import { rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import type { Profile } from '../schemas/profile';
import { qd124Rulebook } from './qd124-2023/index';
import { qd132Rulebook } from './qd132-2018/index';
import { qd366Rulebook } from './qd366-2025/index';
import type { Rulebook } from './types';

export type * from './types';

const RULEBOOKS: Record<RulebookId, Rulebook> = {
  'qd132-2018': qd132Rulebook,
  'qd124-2023': qd124Rulebook,
  'qd366-2025': qd366Rulebook,
};

export function getRulebook(id: RulebookId): Rulebook {
  return RULEBOOKS[id];
}

export function listRulebooks(): Rulebook[] {
  return Object.values(RULEBOOKS);
}

/** The rulebook id for a profile: its explicit override, else the one in force for the review year. */
export function rulebookIdForProfile(profile: Pick<Profile, 'reviewYear' | 'rulebookId'>): RulebookId | undefined {
  return profile.rulebookId ?? rulebookIdForYear(profile.reviewYear);
}

/** The rulebook for a profile, or undefined before 2018 (no rulebook). */
export function rulebookForProfile(profile: Pick<Profile, 'reviewYear' | 'rulebookId'>): Rulebook | undefined {
  const id = rulebookIdForProfile(profile);
  return id ? RULEBOOKS[id] : undefined;
}

/** The rulebook's form models, in the order of its form list. */
export function listFormModels(rulebookId: RulebookId): FormModel[] {
  return [...RULEBOOKS[rulebookId].forms];
}

export function getFormModel(rulebookId: RulebookId, code: FormCode): FormModel | undefined {
  return RULEBOOKS[rulebookId].forms.find((f) => f.code === code);
}

/** Form codes a draft of this rulebook may be on: its form models and the codes its form choices name. */
export function formCodesOf(rulebookId: RulebookId): FormCode[] {
  const rb = RULEBOOKS[rulebookId];
  return [...new Set<FormCode>([...rb.forms.map((f) => f.code), ...rb.formChoices.map((c) => c.code)])];
}
