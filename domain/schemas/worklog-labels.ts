/**
 * The work log's kinds of entry and statuses, with their Vietnamese labels, and its limits (issue 16). Kept apart from the zod
 * schema (domain/schemas/worklog.ts re-exports them) so that the log screen's list can show them without loading
 * the schema library.
 */
export const WORKLOG_KINDS = ['nhiem-vu', 'san-pham'] as const;
export type WorklogKind = (typeof WORKLOG_KINDS)[number];
export const WORKLOG_KIND_LABELS: Record<WorklogKind, string> = { 'nhiem-vu': 'Nhiệm vụ', 'san-pham': 'Sản phẩm' };

/**
 * Status of an entry: on time, late, not completed, or exceeded (in schedule or in quality). "Exceeded" entries
 * are completed on time and beyond what was required (they count as on time and as exceeded in the task facts).
 */
export const WORKLOG_STATUSES = ['dung-han', 'cham', 'chua-hoan-thanh', 'vuot-tien-do', 'vuot-chat-luong'] as const;
export type WorklogStatus = (typeof WORKLOG_STATUSES)[number];
export const WORKLOG_STATUS_LABELS: Record<WorklogStatus, string> = {
  'dung-han': 'Hoàn thành đúng hạn',
  cham: 'Hoàn thành chậm',
  'chua-hoan-thanh': 'Chưa hoàn thành',
  'vuot-tien-do': 'Vượt mức về tiến độ',
  'vuot-chat-luong': 'Vượt mức về chất lượng',
};
export const EXCEEDED_STATUSES: readonly WorklogStatus[] = ['vuot-tien-do', 'vuot-chat-luong'];

/** Largest attached file the log keeps (bytes): 2 MiB, so 20 files stay well within the backup budget. */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;
/** Most entries one log holds (a year of daily work with room to spare). */
export const WORKLOG_MAX_ENTRIES = 5000;
