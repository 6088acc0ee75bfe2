import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import type { Rulebook } from '../types';
import { contents, formChoices, limitations, places, special, subjects } from './rules';
import { drafting } from './drafting';
import { QD132_FORM_02 } from './forms/02';

/** QĐ 132-QĐ/TW (2018) + HD 21-HD/BTCTW (2019): review years 2018–2022, minimal. */
export const qd132Rulebook: Rulebook = {
  id: 'qd132-2018',
  regulation: 'QĐ 132-QĐ/TW',
  guidance: 'HD 21-HD/BTCTW',
  label: RULEBOOK_LABELS['qd132-2018'],
  limitations,
  subjects,
  formChoices,
  contents,
  places,
  special,
  forms: [QD132_FORM_02],
  drafting,
};
