import type { FormCode } from '../core/form-code';
import { src, type RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import { OUTSIDE_POLITICAL_SYSTEM, type Profile } from '../schemas/profile';
import { getRulebook } from '../rulebooks';

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
const CODES: Record<RulebookId, Record<FormRole, FormCode>> = {
  'qd366-2025': codesOf('qd366-2025'),
  'qd124-2023': codesOf('qd124-2023'),
  'qd132-2018': codesOf('qd132-2018'),
};

const CHOICE_RULES: Record<RulebookId, RuleRef> = {
  'qd366-2025': {
    id: 'hd43.2.1.forms',
    clause: 'HD 43 mục 2.1 a, b',
    source: src('hd43-2025', 'mục 2.1 a, b'),
    certainty: 'secondary',
  },
  'qd124-2023': {
    id: 'hd25.forms',
    clause: 'HD 25 (Mẫu 01, 02A, 02B-HD KĐ.ĐG 2023)',
    source: src('hd25-2023', 'Mẫu 01, 02A, 02B'),
    certainty: 'secondary',
  },
  'qd132-2018': {
    id: 'hd21.forms',
    clause: 'HD 21 (Mẫu 02-HD KĐ.ĐG 2019)',
    source: src('hd21-2019', 'Mẫu 02'),
    certainty: 'secondary',
  },
};

export function formCodeForRole(rulebookId: RulebookId, role: FormRole): FormCode {
  return CODES[rulebookId][role];
}

/** The role a form code stands for in its rulebook ('non-leader' for 2018's single 02). */
export function roleOfFormCode(rulebookId: RulebookId, code: FormCode): FormRole {
  const order: FormRole[] = ['non-leader', 'collective', 'regrade', 'leader', 'outside'];
  return order.find((role) => CODES[rulebookId][role] === code) ?? 'non-leader';
}

/** A leadership post held during the review year (no end date, or ending in or after that year). */
function holdsPostIn(profile: Profile, reviewYear: number): boolean {
  if (profile.subject.kind !== 'individual') return false;
  return profile.subject.leadershipPosts.some(
    (p) => (p.endDate === undefined || Number(p.endDate.slice(0, 4)) >= reviewYear) && (p.startDate === undefined || Number(p.startDate.slice(0, 4)) <= reviewYear),
  );
}

export function roleForProfile(profile: Profile, reviewYear: number = profile.reviewYear): FormRole {
  const s = profile.subject;
  if (s.kind === 'collective') return 'collective';
  if (holdsPostIn(profile, reviewYear)) return 'leader';
  if (s.occupation !== undefined && OUTSIDE_POLITICAL_SYSTEM.includes(s.occupation)) return 'outside';
  return 'non-leader';
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

export function chooseForm(profile: Profile, rulebookId: RulebookId, reviewYear: number = profile.reviewYear): FormChoice {
  const role = roleForProfile(profile, reviewYear);
  const code = formCodeForRole(rulebookId, role);
  let reason = `Mẫu ${code} dành cho ${ROLE_TEXT[role]}.`;
  if (rulebookId === 'qd124-2023' && role === 'outside') {
    reason = `Năm 2023–2024 chưa có mẫu riêng cho đảng viên không làm việc trong hệ thống chính trị: dùng Mẫu 02A (cá nhân không giữ chức vụ lãnh đạo, quản lý).`;
  }
  if (rulebookId === 'qd132-2018' && role !== 'collective') reason = 'Năm 2018–2022 mọi cá nhân dùng chung Mẫu 02.';
  return { code, role, rule: CHOICE_RULES[rulebookId], reason };
}
