import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import type { Rulebook } from '../types';
import { contents } from './contents';
import { drafting } from './drafting';
import { QD366_FORM_01 } from './forms/01';
import { QD366_FORM_02A } from './forms/02a';
import { QD366_FORM_02B } from './forms/02b';
import { QD366_FORM_02C } from './forms/02c';
import { QD366_FORM_03 } from './forms/03';
import { QD366_GRADING } from './grading/index';
import { formChoices } from './form-choice';
import { places } from './places';
import { roster } from './roster';
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
  forms: [QD366_FORM_01, QD366_FORM_02A, QD366_FORM_02B, QD366_FORM_02C, QD366_FORM_03],
  grading: QD366_GRADING,
  roster,
  drafting,
};
