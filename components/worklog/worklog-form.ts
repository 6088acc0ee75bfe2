import { formatDateVi, nfc } from '@/domain/core/text';
import type { AttachmentRef, WorklogEntry } from '@/domain/schemas/worklog';
import { WORKLOG_STATUS_LABELS, WORKLOG_STATUSES, type WorklogKind, type WorklogStatus } from '@/domain/schemas/worklog-labels';

/**
 * The entry form of the work log («Chi tiết», «Sửa»): plain fields as typed, turned into an entry for the store
 * (which validates it) and back. Empty fields are left out of the entry.
 */
export interface WorklogForm {
  id?: string;
  kind: WorklogKind;
  title: string;
  assignedBy: string;
  assignedOn?: string;
  deadline?: string;
  doneOn?: string;
  amount?: number;
  unit: string;
  status: WorklogStatus;
  qualityNote: string;
  docNumber: string;
  docDate?: string;
  evidenceNote: string;
  attachment?: AttachmentRef;
  axisId: string;
}

/** The entry a quick line makes: a task done on time on `doneOn` (see defaultDoneOn). */
export const QUICK_STATUS: WorklogStatus = 'dung-han';

/** Today when the log is this year's; else the log year's last day (past years) or first day (next year). */
export function defaultDoneOn(logYear: number, today: string): string {
  const year = Number(today.slice(0, 4));
  if (year === logYear) return today;
  return year > logYear ? `${logYear}-12-31` : `${logYear}-01-01`;
}

export function emptyForm(title: string, doneOn: string): WorklogForm {
  return {
    kind: 'nhiem-vu', title, assignedBy: '', doneOn, unit: '', status: QUICK_STATUS,
    qualityNote: '', docNumber: '', evidenceNote: '', axisId: '',
  };
}

export function formFromEntry(e: WorklogEntry): WorklogForm {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    assignedBy: e.assignedBy ?? '',
    assignedOn: e.assignedOn,
    deadline: e.deadline,
    doneOn: e.doneOn,
    amount: e.quantity?.amount,
    unit: e.quantity?.unit ?? '',
    status: e.status,
    qualityNote: e.qualityNote ?? '',
    docNumber: e.evidence?.docNumber ?? '',
    docDate: e.evidence?.docDate,
    evidenceNote: e.evidence?.note ?? '',
    attachment: e.evidence?.attachment,
    axisId: e.axisId ?? '',
  };
}

type EntryInput = Partial<WorklogEntry> & Pick<WorklogEntry, 'title' | 'status'>;

/** The entry to store (validated by the store); a unit without an amount is kept so the store names the gap. */
export function entryFromForm(f: WorklogForm): EntryInput {
  const text = (s: string) => nfc(s.trim()) || undefined;
  const e: EntryInput = { kind: f.kind, title: nfc(f.title.trim()), status: f.status };
  if (f.id) e.id = f.id;
  const by = text(f.assignedBy);
  if (by) e.assignedBy = by;
  if (f.assignedOn) e.assignedOn = f.assignedOn;
  if (f.deadline) e.deadline = f.deadline;
  if (f.doneOn) e.doneOn = f.doneOn;
  const unit = text(f.unit);
  if (f.amount !== undefined || unit) e.quantity = { amount: f.amount as number, unit: unit ?? '' };
  const quality = text(f.qualityNote);
  if (quality) e.qualityNote = quality;
  const evidence: NonNullable<WorklogEntry['evidence']> = {};
  const docNumber = text(f.docNumber);
  if (docNumber) evidence.docNumber = docNumber;
  if (f.docDate) evidence.docDate = f.docDate;
  const note = text(f.evidenceNote);
  if (note) evidence.note = note;
  if (f.attachment) evidence.attachment = f.attachment;
  if (Object.keys(evidence).length > 0) e.evidence = evidence;
  if (f.axisId) e.axisId = f.axisId;
  return e;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Tên nhiệm vụ, sản phẩm',
  kind: 'Loại',
  assignedBy: 'Người, cơ quan giao',
  assignedOn: 'Ngày giao',
  deadline: 'Hạn',
  doneOn: 'Ngày hoàn thành',
  'quantity.amount': 'Số lượng',
  'quantity.unit': 'Đơn vị tính',
  status: 'Trạng thái',
  qualityNote: 'Chất lượng',
  'evidence.docNumber': 'Số văn bản',
  'evidence.docDate': 'Ngày văn bản',
  'evidence.note': 'Ghi chú minh chứng',
  'evidence.attachment.size': 'Tệp đính kèm',
  axisId: 'Trục kết quả',
};
const STATUS_BY_ID = new Map<string, string>(WORKLOG_STATUSES.map((s) => [s, WORKLOG_STATUS_LABELS[s]]));

/**
 * The store's lines (WorklogInputError) as the form names things: "Trường «deadline»: hạn (2026-03-01) …" →
 * "Hạn: hạn (01/03/2026) …"; field keys quoted inside become their labels, status ids their labels.
 */
export function labelWorklogErrors(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line
      .replace(/^Trường «([^»]+)»/, (whole, key: string) => FIELD_LABELS[key] ?? whole)
      .replace(/«([^»]+)»/g, (whole, key: string) => (FIELD_LABELS[key] ? `«${FIELD_LABELS[key]}»` : STATUS_BY_ID.has(key) ? `«${STATUS_BY_ID.get(key)}»` : whole))
      .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => formatDateVi(iso)),
  );
}
