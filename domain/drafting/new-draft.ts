import type { FormCode } from '../core/form-code';
import { rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { nfc } from '../core/text';
import { formCodesOf, getFormModel } from '../rulebooks';
import type { Draft } from '../schemas/draft';
import type { Profile } from '../schemas/profile';
import { chooseForm } from './form-choice';

export const emptyFacts = (): Draft['facts'] => ({ tasks: [], achievements: [], shortcomings: [], suggestions: [], carryOver: [] });
export const emptyAssessment = (): Draft['assessment'] => ({ scores: {}, criterionLevels: {}, dismissedFlags: {} });

/** The rulebook for a draft: the profile's override, else the one in force for the year. Throws before 2018. */
export function rulebookFor(reviewYear: number, override?: RulebookId): RulebookId {
  const rb = override ?? rulebookIdForYear(reviewYear);
  if (!rb) throw new Error(nfc(`Năm kiểm điểm ${reviewYear} chưa được hỗ trợ (chỉ từ năm 2018).`));
  return rb;
}

function draftTitle(rulebookId: RulebookId, code: FormCode, reviewYear: number, profile?: Profile): string {
  const form = getFormModel(rulebookId, code);
  const who = profile?.subject.kind === 'individual' ? profile.subject.fullName : profile?.subject.name;
  const base = form ? `${form.codeLabel} — năm ${reviewYear}` : `Mẫu ${code} — năm ${reviewYear}`;
  return nfc(who ? `${base} — ${who}` : base);
}

/**
 * A new, empty draft on the year-correct form: the subject assessment's form (domain/subject; HD 43 mục 2.1 b:
 * leader → 02A, outside the political system → 02C, else 02B; 2023: leader → 02B, else 02A; collective → 01).
 * `formCode` overrides the choice when valid; without it, a profile whose form is not decided yet is refused.
 */
export function newDraft(args: { id: string; profile: Profile; reviewYear: number; formCode?: FormCode; now: number; today?: string }): Draft {
  const { id, profile, reviewYear, now } = args;
  const rulebookId = rulebookFor(reviewYear, profile.rulebookId);
  const code = args.formCode ?? chooseForm(profile, rulebookId, reviewYear, args.today ? { today: args.today } : {})?.code;
  if (!code) throw new Error(nfc('Chưa xác định được mẫu theo hồ sơ (chưa biết nơi làm việc): hãy chọn mẫu, hoặc nhập nơi làm việc vào hồ sơ.'));
  if (!formCodesOf(rulebookId).includes(code)) {
    throw new Error(nfc(`Mẫu ${code} không có trong bộ mẫu của năm ${reviewYear}.`));
  }
  return {
    v: 1,
    id,
    title: draftTitle(rulebookId, code, reviewYear, profile),
    reviewYear,
    rulebookId,
    formCode: code,
    profile: { ...profile, reviewYear },
    sections: {},
    facts: emptyFacts(),
    assessment: emptyAssessment(),
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
}

export { draftTitle };
