import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import type { Rulebook } from '../types';
import { contents } from './contents';
import { formChoices } from './form-choice';
import { places } from './places';
import { special } from './special';
import { subjects } from './subjects';

/** QĐ 124-QĐ/TW (04/10/2023) + HD 25-HD/BTCTW (10/11/2023): review years 2023–2024. */
export const qd124Rulebook: Rulebook = {
  id: 'qd124-2023',
  regulation: 'QĐ 124-QĐ/TW',
  guidance: 'HD 25-HD/BTCTW',
  label: RULEBOOK_LABELS['qd124-2023'],
  limitations: [],
  subjects,
  formChoices,
  contents,
  places,
  special,
};
