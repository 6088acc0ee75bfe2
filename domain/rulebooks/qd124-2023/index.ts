import { RULEBOOK_LABELS } from '../../core/rulebook-id';
import type { Rulebook } from '../types';
import { contents } from './contents';
import { drafting } from './drafting';
import { QD124_FORM_01 } from './forms/01';
import { QD124_FORM_02A } from './forms/02a';
import { QD124_FORM_02B } from './forms/02b';
import { QD124_FORM_03 } from './forms/03';
import { QD124_GRADING } from './grading/index';
import { formChoices } from './form-choice';
import { places } from './places';
import { roster } from './roster';
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
  forms: [QD124_FORM_01, QD124_FORM_02A, QD124_FORM_02B, QD124_FORM_03],
  grading: QD124_GRADING,
  roster,
  drafting,
};
