import { z } from 'zod';
import { GRADES } from '../core/grade';
import { formatNumberVi } from '../core/text';
import { CRITERION_LEVELS } from './draft';
import { ProfileV1Schema } from './profile';

/**
 * CheckCase v1: everything the grade check reads (issue 5). `facts` are counts and yes/no answers; every field
 * is optional because the check treats a missing answer as "unknown" and the UI turns it into a question.
 * Percentages are 0–100; counts are whole numbers.
 */
const count = z.number().int().min(0).max(100000);
const percent = z.number().min(0).max(100);

const TASK_PARTS = ['onTime', 'late', 'notCompleted'] as const;

/**
 * Counts of tasks (nhiệm vụ / chỉ tiêu): the person's own, or the area/unit a leader directly manages. `onTime`,
 * `late` and `notCompleted` split the tasks (each counts in one of them); `exceeded` are completed tasks done
 * beyond what was required. `name` is where the block sits in the facts, for messages naming both fields.
 */
const taskCounts = (name: string) =>
  z
    .object({
      total: count,
      /** hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả. */
      onTime: count.optional(),
      /** hoàn thành vượt mức yêu cầu. */
      exceeded: count.optional(),
      /** chưa bảo đảm tiến độ (completed late or behind schedule). */
      late: count.optional(),
      /** không hoàn thành. */
      notCompleted: count.optional(),
    })
    .superRefine((t, ctx) => {
      let single = false;
      for (const key of ['onTime', 'exceeded', 'late', 'notCompleted'] as const) {
        const v = t[key];
        if (v !== undefined && v > t.total) {
          single = true;
          ctx.addIssue({ code: 'custom', path: [key], message: `không được lớn hơn tổng số nhiệm vụ (${t.total})` });
        }
      }
      if (single) return;
      const given = TASK_PARTS.filter((k) => t[k] !== undefined);
      const sum = given.reduce((a, k) => a + (t[k] ?? 0), 0);
      if (given.length > 1 && sum > t.total)
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `${given.map((k) => `«${name}.${k}»`).join(' + ')} = ${sum}, lớn hơn tổng số nhiệm vụ «${name}.total» (${t.total}); mỗi nhiệm vụ chỉ tính vào một loại`,
        });
      if (t.exceeded !== undefined && t.notCompleted !== undefined && t.exceeded + t.notCompleted > t.total)
        ctx.addIssue({
          code: 'custom',
          path: ['exceeded'],
          message: `«${name}.exceeded» + «${name}.notCompleted» = ${t.exceeded + t.notCompleted}, lớn hơn tổng số nhiệm vụ «${name}.total» (${t.total}); nhiệm vụ không hoàn thành thì không thể vượt mức`,
        });
    });
export const TaskCountsSchema = taskCounts('tasks');
export type TaskCounts = z.infer<typeof TaskCountsSchema>;

/** Number of units / members per grade. */
export const GradeCountsSchema = z.object({
  HTXSNV: count.default(0),
  HTTNV: count.default(0),
  HTNV: count.default(0),
  KHTNV: count.default(0),
});
export type GradeCounts = z.infer<typeof GradeCountsSchema>;
const gradeCountsTotal = (c: GradeCounts): number => c.HTXSNV + c.HTTNV + c.HTNV + c.KHTNV;
/** "HTXSNV + HTTNV + HTNV + KHTNV = 12" for messages. */
const gradeCountsText = (c: GradeCounts): string => `HTXSNV + HTTNV + HTNV + KHTNV = ${gradeCountsTotal(c)}`;

export const DISCIPLINE_FORMS = [
  'none',
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
  'khai-tru',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const CheckFactsSchema = z.object({
  /** 2025: points of the common group (/30) and the task-result group (/70), or per sub-criterion. */
  scores: z
    .object({
      common: z.number().min(0).max(30).optional(),
      results: z.number().min(0).max(70).optional(),
      byCriterion: z
        .object({
          common: z.record(z.string().max(100), z.number().min(0).max(30)).default({}),
          results: z.record(z.string().max(100), z.number().min(0).max(70)).default({}),
        })
        .optional(),
    })
    .superRefine((s, ctx) => {
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      if (s.byCriterion && sum(s.byCriterion.common) > 30)
        ctx.addIssue({ code: 'custom', path: ['byCriterion', 'common'], message: 'tổng điểm nhóm tiêu chí chung vượt quá 30' });
      if (s.byCriterion && sum(s.byCriterion.results) > 70)
        ctx.addIssue({ code: 'custom', path: ['byCriterion', 'results'], message: 'tổng điểm nhóm kết quả thực hiện nhiệm vụ vượt quá 70' });
    })
    .optional(),
  /** 2023: level of each criterion, split into task-result criteria and the others (keys: criterion ids). */
  criterionLevels: z
    .object({
      results: z.record(z.string().max(100), z.enum(CRITERION_LEVELS)).default({}),
      others: z.record(z.string().max(100), z.enum(CRITERION_LEVELS)).default({}),
    })
    .optional(),
  tasks: TaskCountsSchema.optional(),
  /** shortcomings pointed out at the previous review, and how many are remedied. */
  priorShortcomings: z
    .object({ total: count, remedied: count })
    .superRefine((p, ctx) => {
      if (p.remedied > p.total)
        ctx.addIssue({
          code: 'custom',
          path: ['remedied'],
          message: `số khuyết điểm đã khắc phục (${p.remedied}) lớn hơn tổng số khuyết điểm «priorShortcomings.total» (${p.total})`,
        });
    })
    .optional(),
  /** discipline decided this year (khiển trách or higher), for violations in duties. */
  discipline: z
    .object({
      form: z.enum(DISCIPLINE_FORMS),
      selfDetected: z.boolean().optional(),
      remedied: z.boolean().optional(),
    })
    .optional(),
  /** concluded by the competent level: suy thoái, "tự diễn biến", "tự chuyển hóa". */
  degradationConcluded: z.boolean().optional(),
  /** vi phạm những điều đảng viên không được làm. */
  forbiddenActs: z.boolean().optional(),
  /** vi phạm trách nhiệm nêu gương. */
  exemplaryBreach: z.boolean().optional(),
  /** share of low-confidence votes at this year's confidence vote (percent). */
  lowConfidenceVotePercent: percent.optional(),
  /** the civil-servant (CBCCVC) grade of this year. */
  civilServantGrade: z.enum(GRADES).optional(),
  /** the grade of the collective this person heads (head ≤ own collective). */
  ownCollectiveGrade: z.enum(GRADES).optional(),
  /** the head arrived recently and is not tied to the collective's grade (HD 25 7.15 exception). */
  newlyArrivedHead: z.boolean().optional(),
  /** Leaders: the area / unit they directly lead. For a collective, the same block describes its own area. */
  leader: z
    .object({
      /** tasks of the area / unit the person directly leads or manages. */
      area: taskCounts('leader.area').optional(),
      /** completion of the area's tasks, percent (overrides the figure derived from `area`). */
      areaCompletionPercent: percent.optional(),
      /** of the 5 basic socio-economic targets, how many were missed. */
      basicTargetsMissed: z.number().int().min(0).max(5).optional(),
      /** grades of the units the person oversees. */
      unitGrades: GradeCountsSchema.optional(),
      /** corruption, waste or negativity disciplined in units or people they directly manage. */
      corruptionDisciplined: z.boolean().optional(),
      /** that corruption case was self-detected, reported and remedied by the leader. */
      corruptionSelfDetected: z.boolean().optional(),
    })
    .optional(),
  collective: z
    .object({
      subordinateUnitGrades: GradeCountsSchema.optional(),
      memberGrades: GradeCountsSchema.optional(),
      subordinateUnits: count.optional(),
      subordinateUnitsDisciplined: count.optional(),
      membersDisciplined: count.optional(),
      /** members of the leadership collective (e.g. the chi ủy) disciplined this year. */
      leadershipMembersDisciplined: count.optional(),
      /** the cấp ủy / leadership collective itself disciplined. */
      committeeDisciplined: z.boolean().optional(),
      /** concluded: sai phạm trong công tác cán bộ, mất đoàn kết, bè phái, chạy chức, chạy quyền. */
      cadreWorkViolationConcluded: z.boolean().optional(),
      /** a leadership member concluded to show degradation. */
      leadershipMemberDegradation: z.boolean().optional(),
      /** corruption or other violations disciplined in a subordinate party organisation. */
      subordinateCorruptionDisciplined: z.boolean().optional(),
      /** the lowest grade among same-level government, Front and mass organisations (Hà Tĩnh 2023). */
      sameLevelBodiesLowestGrade: z.enum(GRADES).optional(),
      /** the discipline was self-detected and the consequences remedied. */
      selfDetectedAndRemedied: z.boolean().optional(),
    })
    .superRefine((c, ctx) => {
      const units = c.subordinateUnits;
      if (units === undefined) return;
      if (c.subordinateUnitsDisciplined !== undefined && c.subordinateUnitsDisciplined > units)
        ctx.addIssue({ code: 'custom', path: ['subordinateUnitsDisciplined'], message: `số tổ chức trực thuộc bị kỷ luật (${c.subordinateUnitsDisciplined}) lớn hơn số tổ chức trực thuộc «collective.subordinateUnits» (${units})` });
      if (c.subordinateUnitGrades && gradeCountsTotal(c.subordinateUnitGrades) > units)
        ctx.addIssue({ code: 'custom', path: ['subordinateUnitGrades'], message: `số tổ chức được xếp loại (${gradeCountsText(c.subordinateUnitGrades)}) lớn hơn số tổ chức trực thuộc «collective.subordinateUnits» (${units})` });
    })
    .optional(),
  /** Votes used by local guidance (Hà Tĩnh 2023): workplace votes per grade, residence votes in percent. */
  votes: z
    .object({
      workplace: GradeCountsSchema.optional(),
      residenceGoodPercent: percent.optional(),
      residenceNotGoodPercent: percent.optional(),
    })
    .superRefine((v, ctx) => {
      const good = v.residenceGoodPercent;
      const notGood = v.residenceNotGoodPercent;
      if (good !== undefined && notGood !== undefined && good + notGood > 100)
        ctx.addIssue({ code: 'custom', path: ['residenceNotGoodPercent'], message: `«votes.residenceGoodPercent» + «votes.residenceNotGoodPercent» = ${formatNumberVi(good + notGood)}%, vượt quá 100%` });
    })
    .optional(),
  /** months worked this year and months in the current post (used with sick leave, new posts). */
  monthsWorked: z.number().min(0).max(12).optional(),
  monthsInPost: z.number().min(0).max(1200).optional(),
});
export type CheckFacts = z.infer<typeof CheckFactsSchema>;

export const QUOTA_READINGS = ['literal', 'pool'] as const;
export type QuotaReading = (typeof QUOTA_READINGS)[number];
export const HEAD_RULE_MODES = ['rule', 'warning'] as const;

export const CheckSettingsSchema = z.object({
  /** "literal": 20% of the number graded HTTNV; "pool": of those graded HTTNV or above. */
  quotaReading: z.enum(QUOTA_READINGS).default('literal'),
  /** head ≤ own collective: default 'rule' in 2023 (HD 25 7.15), 'warning' in 2025. */
  headNotAboveCollective: z.enum(HEAD_RULE_MODES).optional(),
  /** the date the grading is done (for "under 6 months"); default 31/12 of the review year. */
  referenceDate: z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' }).optional(),
  /** the competent level allows 25% for an outstanding unit. */
  outstandingUnit: z.boolean().default(false),
  /**
   * QĐ 366 Điều 11: the KHTNV list headed "tập thể lãnh đạo, quản lý" also binds a chi bộ (default true, the
   * reading so far); false: it binds cấp ủy and leadership collectives only, not a chi bộ.
   */
  leadershipListBindsCells: z.boolean().optional(),
});
export type CheckSettings = z.infer<typeof CheckSettingsSchema>;

export const SUBJECT_KINDS = ['collective', 'leader', 'non-leader', 'outside-system'] as const;

export const CheckCaseV1Schema = z.object({
  v: z.literal(1).default(1),
  profile: ProfileV1Schema,
  facts: CheckFactsSchema.default({}),
  proposedGrade: z.enum(GRADES).optional(),
  overlayId: z.string().max(100).optional(),
  /** overrides the subject kind derived from the profile. */
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
  settings: CheckSettingsSchema.default({ quotaReading: 'literal', outstandingUnit: false }),
}).superRefine((c, ctx) => {
  // A collective's own member count bounds the counts of its members in the facts.
  const n = c.profile.subject.kind === 'collective' ? c.profile.subject.memberCount : undefined;
  const col = c.facts.collective;
  if (n === undefined || !col) return;
  if (col.memberGrades && gradeCountsTotal(col.memberGrades) > n)
    ctx.addIssue({ code: 'custom', path: ['facts', 'collective', 'memberGrades'], message: `số đảng viên được xếp loại (${gradeCountsText(col.memberGrades)}) lớn hơn số đảng viên «profile.subject.memberCount» (${n})` });
  if (col.membersDisciplined !== undefined && col.membersDisciplined > n)
    ctx.addIssue({ code: 'custom', path: ['facts', 'collective', 'membersDisciplined'], message: `số đảng viên bị kỷ luật (${col.membersDisciplined}) lớn hơn số đảng viên «profile.subject.memberCount» (${n})` });
});
export type CheckCaseV1 = z.infer<typeof CheckCaseV1Schema>;
export type CheckCase = CheckCaseV1;
export const CheckCaseSchema = CheckCaseV1Schema;
