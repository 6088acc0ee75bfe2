import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, WORKLOG_KINDS, WORKLOG_MAX_ENTRIES, WORKLOG_STATUSES, EXCEEDED_STATUSES } from './worklog-labels';
import { QuarterEvaluationSchema } from './quarter-evaluation';
import { StateEvaluationSchema } from './state-evaluation';

/**
 * Worklog v1 (issue 16): the year-round record of tasks and products ("sổ công việc"). One entry per task or
 * product with who assigned it, its dates, quantity, status, a quality note and the evidence (a document number and
 * date, a note, and at most a *reference* to a file kept locally). Quarter and state evaluations live in
 * quarter-evaluation.ts and state-evaluation.ts. Dates are ISO (YYYY-MM-DD).
 */
const isoDate = z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' });
const shortText = z.string().max(300);
const longText = z.string().max(4000);

export { ATTACHMENT_MAX_BYTES, WORKLOG_MAX_ENTRIES } from './worklog-labels';

// Kinds and statuses with their labels live in ./worklog-labels.ts (no zod: the log screen's first paint
// imports them); re-exported here for the schema's readers.
export { WORKLOG_KINDS, WORKLOG_KIND_LABELS, WORKLOG_STATUSES, WORKLOG_STATUS_LABELS, EXCEEDED_STATUSES, type WorklogKind, type WorklogStatus } from './worklog-labels';

/** A file kept locally beside the log: only its reference travels in the entry. */
export const AttachmentRefSchema = z.object({
  id: z.string().min(1, { error: 'cần mã tệp' }).max(100),
  name: z.string().min(1, { error: 'cần tên tệp' }).max(255),
  size: z
    .number()
    .int({ error: 'cần số nguyên (byte)' })
    .min(0)
    .max(ATTACHMENT_MAX_BYTES, { error: `tệp lớn quá ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB (giới hạn của sổ công việc)` }),
  /** MIME type as the browser gave it ("application/pdf"); may be empty. */
  type: z.string().max(100).default(''),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

export const EvidenceSchema = z.object({
  /** số văn bản, e.g. "125/BC-UBND". */
  docNumber: shortText.optional(),
  docDate: isoDate.optional(),
  note: shortText.optional(),
  attachment: AttachmentRefSchema.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const QuantitySchema = z.object({
  amount: z.number({ error: 'cần số lượng' }).min(0, { error: 'số lượng không được âm' }).max(1e9),
  unit: shortText.min(1, { error: 'cần đơn vị tính (văn bản, hồ sơ, cuộc…)' }),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const WorklogEntrySchema = z
  .object({
    v: z.literal(1).default(1),
    id: z.string().min(1, { error: 'cần mã mục' }).max(100),
    kind: z.enum(WORKLOG_KINDS).default('nhiem-vu'),
    title: z.string().trim().min(1, { error: 'cần tên nhiệm vụ hoặc sản phẩm' }).max(500),
    /** người, cơ quan giao. */
    assignedBy: shortText.optional(),
    assignedOn: isoDate.optional(),
    deadline: isoDate.optional(),
    doneOn: isoDate.optional(),
    quantity: QuantitySchema.optional(),
    status: z.enum(WORKLOG_STATUSES),
    qualityNote: longText.optional(),
    evidence: EvidenceSchema.optional(),
    /** a result axis of the unit's overlay (e.g. one of the "6 trục"), by its id. */
    axisId: z.string().min(1).max(100).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.assignedOn && e.deadline && e.deadline < e.assignedOn)
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: `hạn (${e.deadline}) trước ngày giao «assignedOn» (${e.assignedOn})` });
    if (e.assignedOn && e.doneOn && e.doneOn < e.assignedOn)
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: `ngày hoàn thành (${e.doneOn}) trước ngày giao «assignedOn» (${e.assignedOn})` });
    if (e.status === 'chua-hoan-thanh' && e.doneOn)
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'nhiệm vụ «chưa hoàn thành» thì không có ngày hoàn thành' });
    const onTimeStatus = e.status === 'dung-han' || EXCEEDED_STATUSES.includes(e.status);
    if (onTimeStatus && e.doneOn && e.deadline && e.doneOn > e.deadline)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `hoàn thành ngày ${e.doneOn}, sau hạn «deadline» (${e.deadline}): trạng thái phải là «cham» (hoàn thành chậm)`,
      });
  });
export type WorklogEntry = z.infer<typeof WorklogEntrySchema>;

/** Who keeps the log, as the exported papers print it (all optional: blanks print as dotted lines). */
export const WorklogPersonSchema = z.object({
  name: shortText.optional(),
  birthDate: isoDate.optional(),
  partyPost: shortText.optional(),
  govPost: shortText.optional(),
  unionPost: shortText.optional(),
  workUnit: shortText.optional(),
  /** đảng bộ cấp trên and the chi bộ / đảng bộ of the person, for the header. */
  upperPartyUnit: shortText.optional(),
  partyUnit: shortText.optional(),
  /** cơ quan chủ quản and cơ quan, đơn vị, for the state form's header. */
  agency: shortText.optional(),
  parentAgency: shortText.optional(),
  place: shortText.optional(),
});
export type WorklogPerson = z.infer<typeof WorklogPersonSchema>;

export const WorklogSchema = z
  .object({
    v: z.literal(1).default(1),
    /** the year the log records (entries are placed in it by their date). */
    year: z.number().int().min(2018).max(2100),
    person: WorklogPersonSchema.optional(),
    entries: z.array(WorklogEntrySchema).max(WORKLOG_MAX_ENTRIES).default([]),
    /** the quarter self-evaluations kept with the log. */
    quarters: z.array(QuarterEvaluationSchema).max(8).default([]),
    /** the state evaluations of the year's periods (months, quarters, the year). */
    stateEvaluations: z.array(StateEvaluationSchema).max(24).default([]),
  })
  .superRefine((log, ctx) => {
    const seen = new Map<string, number>();
    log.entries.forEach((e, i) => {
      const first = seen.get(e.id);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `mã «${e.id.slice(0, 60)}» trùng với mục [${first}]` });
      else seen.set(e.id, i);
    });
  });
export type Worklog = z.infer<typeof WorklogSchema>;
