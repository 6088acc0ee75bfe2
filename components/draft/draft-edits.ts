import type { HeaderField, FormModel } from '@/domain/core/form-model';
import type { WritableUnit } from '@/domain/forms';
import { roleForProfile, type Composed, type ComposeContext, type SectionContent } from '@/domain/drafting';
import { AssessmentSchema, type Draft, type Issuance } from '@/domain/schemas/draft';
import type { DraftVersion } from '@/stores/drafts';

/**
 * Small, pure edits of a draft's working copy used by the editor's components (so each is testable without
 * a browser). Every function mutates the draft given to it: call them inside useDraftEditor's `edit()`.
 */

/** The form's score maxima (…/30, …/70), read from the draft schema so no threshold is typed in a component. */
const scoreShape = AssessmentSchema.shape.scores.unwrap().shape;
export const SCORE_MAX = {
  common: scoreShape.common.unwrap().maxValue ?? 0,
  results: scoreShape.results.unwrap().maxValue ?? 0,
} as const;

export const VERSION_REASON_LABELS: Record<DraftVersion['reason'], string> = {
  autosave: 'Tự động lưu',
  'before-restore': 'Trước khi khôi phục phiên bản khác',
  'before-compose': 'Trước khi thay bằng đoạn văn soạn tự động',
  manual: 'Người dùng lưu phiên bản',
  opened: 'Khi mở bản, trước khi sửa',
  'before-paste': 'Trước khi dán đè',
  conflict: 'Nội dung từ cửa sổ khác, trước khi gộp',
};

/** What a version was, for the history list: "Khi mở bản, trước khi sửa ngày 03/12/2026". */
export function versionLabel(v: Pick<DraftVersion, 'reason' | 'savedAt'>): string {
  const day = new Date(v.savedAt).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  return v.reason === 'opened' || v.reason.startsWith('before-') ? `${VERSION_REASON_LABELS[v.reason]} ngày ${day}` : VERSION_REASON_LABELS[v.reason];
}

export const isCollectiveForm = (form: FormModel): boolean => form.headerFields.includes('collectiveName');

/** Wording of composed text: "tập thể" on collective forms, "bản thân" otherwise. */
export function composeContext(draft: Draft, form: FormModel): ComposeContext {
  return { subject: isCollectiveForm(form) || draft.profile?.subject.kind === 'collective' ? 'collective' : 'individual' };
}

/** 'leader' / 'other' from the draft's profile; 'unknown' without a profile (leader items then shown with a note). */
export function leadershipOf(draft: Draft): 'leader' | 'other' | 'unknown' {
  if (!draft.profile) return 'unknown';
  return roleForProfile(draft.profile, draft.reviewYear) === 'leader' ? 'leader' : 'other';
}

/** Leader-only items are hidden from non-leaders, unless they already hold text (nothing typed is hidden). */
export function unitVisible(u: WritableUnit, draft: Draft): boolean {
  if (u.item?.leaderOnly !== true) return true;
  return leadershipOf(draft) !== 'other' || (draft.sections[u.id]?.text.trim() ?? '') !== '';
}

/** Gives the draft a minimal profile (individual or collective, by form) so header fields have a home. */
export function ensureProfile(draft: Draft, form: FormModel): NonNullable<Draft['profile']> {
  draft.profile ??= {
    v: 1,
    reviewYear: draft.reviewYear,
    subject: isCollectiveForm(form)
      ? { kind: 'collective', name: '' }
      : { kind: 'individual', fullName: '', partyStatus: 'chinh-thuc', leadershipPosts: [] },
  };
  return draft.profile;
}

/**
 * Header fields the editor lets the user type. The party and union post lines default to the profile's
 * leadership posts; what is typed here replaces them on the form (profile partyPostText / unionPostText).
 */
export const EDITABLE_HEADER_FIELDS: readonly HeaderField[] = [
  'fullName',
  'birthDate',
  'workplace',
  'partyCell',
  'collectiveName',
  'governmentPost',
  'partyPost',
  'unionPost',
];

/** The raw value of an editable header field, as typed ('' when unset). */
export function headerFieldInput(draft: Draft, field: HeaderField): string {
  const p = draft.profile;
  const s = p?.subject;
  if (field === 'partyCell') return p?.partyUnit ?? '';
  if (s?.kind === 'collective') return field === 'collectiveName' ? s.name : '';
  if (!s) return '';
  if (field === 'fullName') return s.fullName;
  if (field === 'birthDate') return s.birthDate ?? '';
  if (field === 'workplace') return s.workplace ?? '';
  if (field === 'governmentPost') return s.jobTitle ?? '';
  if (field === 'partyPost') return s.partyPostText ?? '';
  if (field === 'unionPost') return s.unionPostText ?? '';
  return '';
}

/** Stores one header field in draft.profile (created if missing). Empty optional values are removed. */
export function setHeaderField(draft: Draft, form: FormModel, field: HeaderField, value: string): void {
  const p = ensureProfile(draft, form);
  const s = p.subject;
  const opt = (v: string) => (v.trim() === '' ? undefined : v);
  if (field === 'partyCell') {
    if (opt(value) === undefined) delete p.partyUnit;
    else p.partyUnit = value;
    return;
  }
  if (s.kind === 'collective') {
    if (field === 'collectiveName') s.name = value;
    return;
  }
  if (field === 'fullName') s.fullName = value;
  const keys = { birthDate: 'birthDate', workplace: 'workplace', governmentPost: 'jobTitle', partyPost: 'partyPostText', unionPost: 'unionPostText' } as const;
  const key = field in keys ? keys[field as keyof typeof keys] : undefined;
  if (!key) return;
  // A date input gives '' or a full YYYY-MM-DD; keep only a complete date (the schema requires one).
  const v = key === 'birthDate' && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : opt(value);
  if (v === undefined) delete s[key];
  else s[key] = v;
}

/** "Đảng bộ …" above the chi bộ, printed top left of every form (profile.upperPartyUnit). */
export function setUpperPartyUnit(draft: Draft, form: FormModel, value: string): void {
  const p = ensureProfile(draft, form);
  if (value.trim() === '') delete p.upperPartyUnit;
  else p.upperPartyUnit = value;
}

export type IssuanceKey = keyof Issuance;

/** One field of a party document's issuance (number, signer, recipients…); an empty one is removed. */
export function setIssuance(draft: Draft, key: IssuanceKey, value: string | undefined): void {
  const next: Issuance = { ...draft.issuance };
  if (value === undefined || value.trim() === '') delete next[key];
  else next[key] = value;
  if (Object.keys(next).length === 0) delete draft.issuance;
  else draft.issuance = next;
}

/** Keeps a dismissed flag with the user's reason. Returns false (and changes nothing) when the reason is blank. */
export function dismissFlag(draft: Draft, flagId: string, reason: string): boolean {
  const r = reason.trim();
  if (r === '') return false;
  draft.assessment.dismissedFlags[flagId] = r;
  return true;
}

export function restoreFlag(draft: Draft, flagId: string): void {
  delete draft.assessment.dismissedFlags[flagId];
}

export type ComposeChoice = 'replace' | 'append';

/**
 * The unit's content after "Soạn đoạn văn". Replace: the composed text, remembered by its hash (so composing
 * again does not ask). Append: the user's text, a blank line, the composed text; no hash (it holds the user's words).
 */
export function applyCompose(current: SectionContent | undefined, composed: Composed, choice: ComposeChoice): SectionContent {
  const old = current?.text ?? '';
  if (choice === 'replace' || old.trim() === '') return { text: composed.text, composedHash: composed.hash };
  return { text: `${old.replace(/\s+$/u, '')}\n\n${composed.text}` };
}
