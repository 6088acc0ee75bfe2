import { formatDateVi } from '../core/text';
import type { WorklogEntry } from '../schemas/worklog';

/**
 * An entry's evidence in words, one part each: the document number and date («15/BC-STC ngày 06/04/2026»), the note,
 * the attached file («Tệp: bc.pdf»). The Phụ lục prints them one per line, a draft task joins them with «; ».
 */
export function evidenceParts(e: WorklogEntry): string[] {
  const ev = e.evidence;
  if (!ev) return [];
  const doc = [ev.docNumber, ev.docDate ? `ngày ${formatDateVi(ev.docDate)}` : undefined].filter(Boolean).join(' ');
  return [doc, ev.note, ev.attachment ? `Tệp: ${ev.attachment.name}` : undefined].filter((x): x is string => !!x);
}
