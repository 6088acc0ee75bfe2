import { z } from 'zod';
import { RULEBOOK_IDS } from '../core/rulebook-id';

/**
 * Profile v1: who is reviewed. Drives the role guide (which form, where, in what order, which contents) and
 * the grade check. Everything optional that the wizard may not have asked yet; the guide says what is unknown.
 */
const isoDate = z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' });
const shortText = z.string().max(300);

/** Occupation decides "in the political system or not" (form 02C in 2025) and the civil-servant link. */
export const OCCUPATIONS = [
  'can-bo', // cán bộ (bầu cử, phê chuẩn)
  'cong-chuc',
  'vien-chuc',
  'luc-luong-vu-trang',
  'nguoi-lao-dong-he-thong-chinh-tri', // hợp đồng lao động trong cơ quan của hệ thống chính trị
  'doanh-nghiep-nha-nuoc',
  'huu-tri',
  'hoc-sinh-sinh-vien',
  'doanh-nghiep-tu-nhan',
  'cong-nhan-nong-dan', // công nhân, nông dân, lao động tự do
  'khac-ngoai-he-thong',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

/**
 * Đảng viên không làm việc trong hệ thống chính trị (HD 43 mục 2.1 b: "hưu trí, học sinh, sinh viên, doanh
 * nghiệp tư nhân và các trường hợp khác"): form 2C in 2025. The one list the guide, drafting and grading share.
 * State-owned enterprises are not named by the text: treated as inside (the guide says so, marked uncertain).
 */
export const OUTSIDE_POLITICAL_SYSTEM: readonly Occupation[] = [
  'huu-tri',
  'hoc-sinh-sinh-vien',
  'doanh-nghiep-tu-nhan',
  'cong-nhan-nong-dan',
  'khac-ngoai-he-thong',
];

/** Cán bộ, công chức, viên chức (CBCCVC): graded by their agency before the party grade (NĐ 90/2020, NĐ 335/2025). */
export const CIVIL_SERVANT_OCCUPATIONS: readonly Occupation[] = ['can-bo', 'cong-chuc', 'vien-chuc'];

export const PARTY_STATUSES = ['chinh-thuc', 'du-bi', 'mien-sinh-hoat', 'dinh-chi-sinh-hoat'] as const;

export const LeadershipPostSchema = z.object({
  title: shortText.min(1, { error: 'cần tên chức vụ' }),
  unit: shortText.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  /** người đứng đầu (bí thư, thủ trưởng, chủ tịch…) rather than a deputy or member. */
  isHead: z.boolean().default(false),
  /** kiêm nhiệm: a post held besides the main one. */
  concurrent: z.boolean().default(false),
  /** managed by BCH TW / BCT / BBT (Phụ lục 2 in 2025) rather than by lower levels (Phụ lục 3). */
  centrallyManaged: z.boolean().default(false),
});
export type LeadershipPost = z.infer<typeof LeadershipPostSchema>;

export const IndividualSchema = z.object({
  kind: z.literal('individual'),
  fullName: shortText.default(''),
  birthDate: isoDate.optional(),
  /** ngày vào Đảng (kết nạp). */
  partyJoinDate: isoDate.optional(),
  partyStatus: z.enum(PARTY_STATUSES).default('chinh-thuc'),
  occupation: z.enum(OCCUPATIONS).optional(),
  jobTitle: shortText.optional(),
  /** "Chức vụ Đảng" / "Chức vụ đoàn thể" as the person writes them on the form; absent = from leadershipPosts. */
  partyPostText: shortText.optional(),
  unionPostText: shortText.optional(),
  workplace: shortText.optional(),
  leadershipPosts: z.array(LeadershipPostSchema).max(20).default([]),
  /**
   * The wizard's "holds a leadership post?" answer. `true` with no post typed yet is half an answer: the guide asks
   * for the posts again instead of treating the person as holding none. Absent (older profiles): an empty list
   * means none.
   */
  holdsPosts: z.boolean().optional(),
  /** Months of sick leave this year (nghỉ ốm), and maternity leave (nghỉ thai sản). */
  sickLeaveMonths: z.number().min(0).max(12).optional(),
  maternityLeave: z.boolean().optional(),
  movedUnitThisYear: z.boolean().optional(),
  /** sinh hoạt đảng tạm thời: reviewed where the official membership is, with the temporary cell's remarks. */
  temporaryMembership: z.boolean().optional(),
  /** Months spent at the previous party organisation (HD 25 mục 7.13: ≥ 6 → its comments are needed). */
  previousUnitMonths: z.number().min(0).max(600).optional(),
  /** cấp ủy viên bị đình chỉ sinh hoạt cấp ủy (HD 43 mục 7.7, HD 25 mục 7.16). */
  committeeSuspended: z.boolean().optional(),
  /** The superior sent points to address (gợi ý kiểm điểm). */
  reviewSuggested: z.boolean().optional(),
});
export type Individual = z.infer<typeof IndividualSchema>;

export const COLLECTIVE_KINDS = [
  'dang-uy-co-so', // ban chấp hành đảng bộ cơ sở / đảng ủy cơ sở
  'dang-uy-bo-phan',
  'chi-bo-co-so',
  'chi-bo-truc-thuoc',
  'ban-thuong-vu', // ban thường vụ cấp ủy
  'tap-the-lanh-dao-quan-ly', // tập thể lãnh đạo, quản lý cơ quan, đơn vị
] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

export const CollectiveSchema = z.object({
  kind: z.literal('collective'),
  name: shortText.default(''),
  collectiveKind: z.enum(COLLECTIVE_KINDS).optional(),
  memberCount: z.number().int().min(0).max(100000).optional(),
  /** Whether the cell has a chi ủy (HD 43 Mục 1: without one, the secretary reviews at the cell). */
  hasCommittee: z.boolean().optional(),
  formedDate: isoDate.optional(),
});
export type Collective = z.infer<typeof CollectiveSchema>;

export const ProfileV1Schema = z.object({
  v: z.literal(1).default(1),
  id: z.string().min(1).max(100).optional(),
  reviewYear: z.number().int().min(2000).max(2100),
  /** Ngày họp kiểm điểm: the date every "chưa đủ N tháng" rule is counted to (domain/subject/reference-date.ts). */
  reviewDate: isoDate.optional(),
  /** Overrides the rulebook chosen by year (rarely needed). */
  rulebookId: z.enum(RULEBOOK_IDS).optional(),
  /** Local guidance applied on top of the central rulebook. */
  overlayId: z.string().max(100).optional(),
  /** Names for the document header: the cell (chi bộ) and the party committee above it. */
  partyUnit: shortText.optional(),
  upperPartyUnit: shortText.optional(),
  subject: z.discriminatedUnion('kind', [IndividualSchema, CollectiveSchema]),
});
export type ProfileV1 = z.infer<typeof ProfileV1Schema>;
export type Profile = ProfileV1;
export const ProfileSchema = ProfileV1Schema;
