import type { QuarterEvaluation } from '@/domain/schemas/quarter-evaluation';
import type { StateEvaluation } from '@/domain/schemas/state-evaluation';
import type { WorklogPerson } from '@/domain/schemas/worklog';
import type { Rollup } from '@/domain/worklog/rollup';
import { mau05FileName, statePhieuFileName } from '@/domain/document/worklog/file-names';
import { plain } from '@/stores/drafts';
import { saveBytes } from '@/composables/useSaveFile';

/**
 * The work-log Word files in the browser: the Word library is loaded only when a button is pressed (dynamic import,
 * out of the panel's first load), the file is handed over by composables/useSaveFile.ts. Returns the file name.
 */
function hand(bytes: Uint8Array, mime: string, name: string): string {
  saveBytes(bytes, name, mime);
  return name;
}

export async function downloadMau05(input: { evaluation: QuarterEvaluation; rollup?: Rollup; person?: WorklogPerson }): Promise<string> {
  performance.mark('kd:mau05-start');
  const [{ mau05Document }, { packDocx, DOCX_MIME }] = await Promise.all([import('@/domain/document/worklog/mau05'), import('@/domain/document/pack')]);
  const snapshot = plain(input);
  const bytes = await packDocx(mau05Document(snapshot));
  const name = hand(bytes, DOCX_MIME, mau05FileName(snapshot.evaluation, snapshot.person?.name));
  performance.mark('kd:mau05-done');
  return name;
}

export async function downloadStatePhieu(input: { evaluation: StateEvaluation; person?: WorklogPerson }): Promise<string> {
  const [{ nd335Document }, { packDocx, DOCX_MIME }] = await Promise.all([import('@/domain/document/worklog/nd335'), import('@/domain/document/pack')]);
  const snapshot = plain(input);
  const bytes = await packDocx(nd335Document(snapshot));
  return hand(bytes, DOCX_MIME, statePhieuFileName(snapshot.evaluation.period, snapshot.person?.name));
}

/** A failure said in Vietnamese (a Vietnamese error message is kept, anything else is not shown). */
export const failureText = (e: unknown, what: string): string => {
  const detail = e instanceof Error && /[À-ỹ]/u.test(e.message) ? ` ${e.message}` : '';
  return `Không tạo được tệp Word.${detail} Hãy thử lại; ${what} vẫn được giữ nguyên.`;
};
