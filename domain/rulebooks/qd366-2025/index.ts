import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import type { Rulebook } from '../types';
import { contents } from './contents';
import { formChoices } from './form-choice';
import { places } from './places';
import { special } from './special';
import { subjects } from './subjects';

/** QĐ 366-QĐ/TW (30/8/2025) + HD 43-HD/BTCTW (31/10/2025): review years 2025 onward. */
export const qd366Rulebook: Rulebook = {
  id: 'qd366-2025',
  regulation: 'QĐ 366-QĐ/TW',
  guidance: 'HD 43-HD/BTCTW',
  label: RULEBOOK_LABELS['qd366-2025'],
  limitations: [],
  subjects,
  formChoices,
  contents,
  places,
  special,
};
