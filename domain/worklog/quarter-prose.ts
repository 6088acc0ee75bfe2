import { formatPercentVi } from '../core/text';
import { clean } from '../drafting/compose';
import { capitalize, flatBrackets } from '../drafting/prose';
import { WORKLOG_STATUS_LABELS, type WorklogEntry } from '../schemas/worklog';
import { entryDate, quarterKey, quarterOf, type QuarterId } from './quarter';
import { isExceeded, rollup } from './rollup';

/**
 * "Soạn từ sổ công việc" for a quarter (issue 16): the short self-evaluation paragraph of Mẫu 05 section I, from the
 * quarter's entries — the share of tasks completed, the main tasks and products by title (exceeded ones first, with
 * how), then those done late and those not completed, named so the person can give the cause. Deterministic, like the
 * annual editor's composed prose (domain/drafting/compose.ts); the person edits it after. The counts themselves are
 * printed by Mẫu 05 just above (rollupSentence), so they are not repeated here. No entries: ''.
 */
export const QUARTER_PROSE_MAX_TITLES = 8;

const titleOf = (e: WorklogEntry): string => flatBrackets(clean(e.title));

/** "A; B; C và 2 nhiệm vụ, sản phẩm khác" (at most `max` titles). */
function titleList(entries: readonly WorklogEntry[], max = QUARTER_PROSE_MAX_TITLES, tag?: (e: WorklogEntry) => string): string {
  const shown = entries.slice(0, max).map((e) => {
    const t = tag?.(e);
    return t ? `${titleOf(e)} (${t})` : titleOf(e);
  });
  const rest = entries.length - shown.length;
  return shown.join('; ') + (rest > 0 ? ` và ${rest} nhiệm vụ, sản phẩm khác` : '');
}

/** The entries dated in the quarter (see entryDate), in the given order. */
export function entriesOfQuarter(entries: readonly WorklogEntry[], q: QuarterId): WorklogEntry[] {
  const key = quarterKey(q);
  return entries.filter((e) => {
    const d = entryDate(e);
    return d !== undefined && quarterKey(quarterOf(d)) === key;
  });
}

export function composeQuarterProse(entries: readonly WorklogEntry[], q: QuarterId): string {
  const inQuarter = entriesOfQuarter(entries, q).filter((e) => titleOf(e) !== '');
  if (inQuarter.length === 0) return '';
  const r = rollup(inQuarter);
  const done = r.total - r.notCompleted;
  const lines: string[] = [];
  lines.push(`Trong quý, bản thân hoàn thành ${done}/${r.total} nhiệm vụ, sản phẩm được giao (${formatPercentVi(done / r.total)})${r.exceeded > 0 ? `, trong đó ${r.exceeded} vượt mức` : ''}.`);
  const exceeded = inQuarter.filter((e) => isExceeded(e.status));
  const onTime = inQuarter.filter((e) => e.status === 'dung-han');
  const main = [...exceeded, ...onTime];
  if (main.length > 0)
    lines.push(`Kết quả chính: ${titleList(main, QUARTER_PROSE_MAX_TITLES, (e) => (isExceeded(e.status) ? WORKLOG_STATUS_LABELS[e.status].toLocaleLowerCase('vi') : ''))}.`);
  const late = inQuarter.filter((e) => e.status === 'cham');
  if (late.length > 0) lines.push(`Hoàn thành chậm so với thời hạn: ${titleList(late)}.`);
  const notDone = inQuarter.filter((e) => e.status === 'chua-hoan-thanh');
  if (notDone.length > 0) lines.push(`Chưa hoàn thành: ${titleList(notDone)}.`);
  return lines.map(capitalize).join('\n');
}
