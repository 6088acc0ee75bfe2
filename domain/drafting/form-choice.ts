import type { FormCode } from '../core/form-code';
import type { RuleRef } from '../core/rule';
import { rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { getRulebook } from '../rulebooks';
import type { Profile } from '../schemas/profile';
import { assessSubject, pickForm, referenceDateFor, type SubjectRole } from '../subject/index';

/**
 * Which form a subject writes, by rulebook (HD 43 mục 2.1 a–b in 2025; HD 25 in 2023; HD 21 in 2018).
 * Beware: 02A/02B swapped meaning in 2025 (HD 25: 02A = không giữ chức vụ; HD 43: 2A = giữ chức vụ).
 */
export type FormRole = 'collective' | 'leader' | 'non-leader' | 'outside' | 'regrade';


/** Which code each role writes, read from the rulebook's form choices (the guide's data); 03 is the re-grading decision. */
function codesOf(rulebookId: RulebookId): Record<FormRole, FormCode> {
  const choices = getRulebook(rulebookId).formChoices;
  const code = (role: string): FormCode => {
    const found = choices.find((c) => c.role === role);
    if (!found) throw new Error(`Rulebook ${rulebookId} has no form for ${role}`);
    return found.code;
  };
  return { collective: code('collective'), leader: code('leader'), 'non-leader': code('non-leader'), outside: code('outside-system'), regrade: '03' };
}

export function formCodeForRole(rulebookId: RulebookId, role: FormRole): FormCode {
  return codesOf(rulebookId)[role];
}

/** The role a form code stands for in its rulebook ('non-leader' for 2018's single 02). */
export function roleOfFormCode(rulebookId: RulebookId, code: FormCode): FormRole {
  const order: FormRole[] = ['non-leader', 'collective', 'regrade', 'leader', 'outside'];
  const codes = codesOf(rulebookId);
  return order.find((role) => codes[role] === code) ?? 'non-leader';
}

const FORM_ROLE: Record<SubjectRole, FormRole> = {
  collective: 'collective',
  leader: 'leader',
  'non-leader': 'non-leader',
  'outside-system': 'outside',
  'individual-unknown': 'non-leader',
};

/** The subject assessment for drafting: the profile in `reviewYear` (its override dropped when another rulebook is asked). */
function assessFor(profile: Profile, rulebookId: RulebookId, reviewYear: number, today?: string) {
  const p: Profile = { ...profile, reviewYear, rulebookId };
  return assessSubject(p, getRulebook(rulebookId), referenceDateFor(reviewYear, { ...(p.reviewDate ? { reviewDate: p.reviewDate } : {}), ...(today ? { today } : {}) }));
}

/** The role the drafting checks and composer read: from the one subject assessment (domain/subject). */
export function roleForProfile(profile: Profile, reviewYear: number = profile.reviewYear, opts: { today?: string } = {}): FormRole {
  const rulebookId = profile.rulebookId ?? rulebookIdForYear(reviewYear);
  if (!rulebookId) return profile.subject.kind === 'collective' ? 'collective' : 'non-leader';
  return FORM_ROLE[assessFor(profile, rulebookId, reviewYear, opts.today).role];
}

const ROLE_TEXT: Record<FormRole, string> = {
  collective: 'tập thể',
  leader: 'cá nhân giữ chức vụ lãnh đạo, quản lý',
  'non-leader': 'cá nhân không giữ chức vụ lãnh đạo, quản lý',
  outside: 'đảng viên không làm việc trong hệ thống chính trị',
  regrade: 'quyết định xếp loại lại',
};

export interface FormChoice {
  code: FormCode;
  role: FormRole;
  rule: RuleRef;
  /** Vietnamese: why this form. */
  reason: string;
}

/**
 * The form a new draft starts on: the subject assessment's form (the guide's answer). Undefined when a missing fact
 * decides it (2025 without post and without occupation: 2B or 2C) — the user then picks, and `missing` says what
 * to enter instead.
 */
export function chooseForm(
  profile: Profile,
  rulebookId: RulebookId,
  reviewYear: number = profile.reviewYear,
  opts: { today?: string } = {},
): FormChoice | undefined {
  const a = assessFor(profile, rulebookId, reviewYear, opts.today);
  const picked = a.form ?? pickForm(getRulebook(rulebookId), a.role, { ...profile, reviewYear, rulebookId }).form;
  if (!picked) return undefined;
  const role = FORM_ROLE[a.role];
  let reason = `Mẫu ${picked.code} dành cho ${ROLE_TEXT[role]}.`;
  if (rulebookId === 'qd124-2023' && a.role === 'outside-system') {
    reason = `Năm 2023–2024 chưa có mẫu riêng cho đảng viên không làm việc trong hệ thống chính trị: dùng Mẫu 02A (cá nhân không giữ chức vụ lãnh đạo, quản lý).`;
  }
  if (rulebookId === 'qd132-2018' && role !== 'collective') reason = 'Năm 2018–2022 mọi cá nhân dùng chung Mẫu 02.';
  return { code: picked.code, role, rule: picked.rule, reason };
}
