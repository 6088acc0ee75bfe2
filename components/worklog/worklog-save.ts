import type { WorklogEntry } from '@/domain/schemas/worklog';
import { mark } from '@/stores/perf-marks';
import { inputErrorLines, worklogStore } from './worklog-store';
import { entryFromForm, labelWorklogErrors, type WorklogForm } from './worklog-form';

export type SaveResult = { ok: true; entry: WorklogEntry } | { ok: false; errors: string[] };

/**
 * Stores the form's entry (new, or replacing `original`); the store validates it. A file the entry no longer
 * references (removed or replaced in the form) is deleted once the entry is saved. Refusals come back as the
 * form's Vietnamese lines; nothing is written then.
 */
export async function saveWorklogForm(logId: string, form: WorklogForm, original?: WorklogEntry): Promise<SaveResult> {
  try {
    const store = await worklogStore();
    const [entry] = (await store.putEntries(logId, [entryFromForm(form)])) as [WorklogEntry];
    mark('kd:worklog-saved');
    const old = original?.evidence?.attachment;
    if (old && old.id !== entry.evidence?.attachment?.id) await store.deleteAttachment(old.id).catch(() => undefined);
    return { ok: true, entry };
  } catch (e) {
    const lines = inputErrorLines(e);
    if (lines) return { ok: false, errors: labelWorklogErrors(lines) };
    return { ok: false, errors: [`Không lưu được: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

/** A form left without saving: a file added in it (not the entry's own) is deleted, so no file is orphaned. */
export async function discardWorklogForm(form: WorklogForm, original?: WorklogEntry): Promise<void> {
  const added = form.attachment;
  if (added && added.id !== original?.evidence?.attachment?.id) await (await worklogStore()).deleteAttachment(added.id).catch(() => undefined);
}
