import { postsHeldAt, referenceDateFor } from '../subject/index';
import type { HeaderField } from '../core/form-model';
import { foldVietnamese, formatDateVi } from '../core/text';
import type { Draft } from '../schemas/draft';
import type { LeadershipPost } from '../schemas/profile';
import { cleanText } from './plain-text';

/** Labels of the personal-details lines, as printed on the forms. */
export const HEADER_FIELD_LABELS: Record<HeaderField, string> = {
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  partyPost: 'Chức vụ Đảng',
  governmentPost: 'Chức vụ chính quyền',
  unionPost: 'Chức vụ đoàn thể',
  workplace: 'Đơn vị công tác',
  partyCell: 'Chi bộ',
  collectiveName: 'Tên tập thể',
};

export type PostKind = 'party' | 'union' | 'government';

/**
 * The profile records posts by title only, so which line of the form a post belongs on is guessed from its
 * words (uncertain: a title the patterns miss lands on "Chức vụ chính quyền"; the user can edit the file).
 */
const PARTY_WORDS = /\b(bi thu|cap uy|chi uy|dang uy|thuong vu|ban chap hanh dang|uy ban kiem tra|ban tuyen giao|ban to chuc)\b/;
const UNION_WORDS = /\b(cong doan|doan thanh nien|doan tncs|mat tran|hoi (phu nu|cuu chien binh|nong dan|cuu giao chuc|sinh vien)|chi hoi|chi doan)\b/;

export function postKind(title: string): PostKind {
  const t = foldVietnamese(title);
  if (UNION_WORDS.test(t)) return 'union';
  if (PARTY_WORDS.test(t)) return 'party';
  return 'government';
}

/**
 * "Bí thư Chi bộ" + "Chi bộ Phòng Kinh tế" -> "Bí thư Chi bộ Phòng Kinh tế": the words the title ends with and
 * the unit starts with are printed once (compared without accents or case).
 */
export function joinTitleAndUnit(title: string, unit: string | undefined): string {
  const t = cleanText(title).trim();
  const u = cleanText(unit ?? '').trim();
  if (!u) return t;
  const tw = t.split(/\s+/);
  const uw = u.split(/\s+/);
  const key = (w: string[]) => foldVietnamese(w.join(' '));
  for (let n = Math.min(tw.length, uw.length); n > 0; n--)
    if (key(tw.slice(tw.length - n)) === key(uw.slice(0, n))) return [...tw, ...uw.slice(n)].join(' ');
  return `${t} ${u}`;
}

function describePost(p: LeadershipPost): string {
  return joinTitleAndUnit(p.title, p.unit);
}

const stripCellPrefix = (s: string): string => s.replace(/^\s*chi bộ\s*/iu, '');

/** The value printed after each label; '' where the profile does not say (the form then shows dotted leaders). */
export function headerFieldValue(field: HeaderField, draft: Draft): string {
  const profile = draft.profile;
  const subject = profile?.subject;
  const individual = subject?.kind === 'individual' ? subject : undefined;
  // Posts held at the reference date (domain/subject): the meeting date, else the signing date, else 31/12.
  const meeting = profile?.reviewDate ?? draft.signedDate;
  const at = referenceDateFor(draft.reviewYear, meeting ? { reviewDate: meeting } : {}).date;
  const postsOf = (kind: PostKind): string =>
    (individual ? postsHeldAt(individual, at) : [])
      .filter((p) => postKind(p.title) === kind)
      .map(describePost)
      .join('; ');
  let value = '';
  switch (field) {
    case 'fullName':
      value = individual?.fullName ?? '';
      break;
    case 'birthDate':
      value = individual?.birthDate ? formatDateVi(individual.birthDate) : '';
      break;
    case 'partyPost':
      value = individual?.partyPostText ?? postsOf('party');
      break;
    case 'governmentPost':
      value = postsOf('government') || (individual?.jobTitle ?? '');
      break;
    case 'unionPost':
      value = individual?.unionPostText ?? postsOf('union');
      break;
    case 'workplace':
      value = individual?.workplace ?? '';
      break;
    case 'partyCell':
      value = stripCellPrefix(profile?.partyUnit ?? '');
      break;
    case 'collectiveName':
      value = subject?.kind === 'collective' ? subject.name : '';
      break;
  }
  return cleanText(value).trim();
}

/** A leader managed by BCH TW / BCT / BBT at the reference date (QĐ 366 Điều 10 2.1: Phụ lục 2, not 3). */
export function isCentralCadre(draft: Draft): boolean {
  const subject = draft.profile?.subject;
  if (subject?.kind !== 'individual') return false;
  const meeting = draft.profile?.reviewDate ?? draft.signedDate;
  const at = referenceDateFor(draft.reviewYear, meeting ? { reviewDate: meeting } : {}).date;
  return postsHeldAt(subject, at).some((p) => p.centrallyManaged);
}
