import type { BackupWorklog } from '../schemas/backup-worklog';
import { canonical } from './plan';

type HistoryItem = BackupWorklog['history'][number];
type LogRecord = Pick<BackupWorklog, 'quarters' | 'stateEvaluations' | 'history'>;

/**
 * A work log from a backup replacing the one on this device (the file's copy is newer): nothing the device held is
 * lost. Both histories are kept (once each), and every quarter or state evaluation of the device that the file
 * changes or lacks goes into the history, stamped `now`, as a replaced draft becomes a version. The oldest items
 * go first past `max` (the bound the app keeps, stores/worklog.ts WORKLOG_HISTORY_MAX).
 */
export function mergeReplacedLog<T extends LogRecord>(incoming: T, here: LogRecord, now: number, max: number): T {
  const key = (h: HistoryItem) => canonical(h);
  const seen = new Set<string>();
  const history: HistoryItem[] = [];
  const add = (h: HistoryItem) => {
    const k = key(h);
    if (seen.has(k)) return;
    seen.add(k);
    history.push(h);
  };
  for (const h of [...here.history, ...incoming.history].sort((a, b) => a.savedAt - b.savedAt)) add(h);
  for (const q of here.quarters) {
    const theirs = incoming.quarters.find((x) => x.quarter === q.quarter);
    if (!theirs || canonical(theirs) !== canonical(q)) add({ savedAt: now, kind: 'quarter', quarter: q });
  }
  for (const s of here.stateEvaluations) {
    const theirs = incoming.stateEvaluations.find((x) => x.period.from === s.period.from && x.period.to === s.period.to);
    if (!theirs || canonical(theirs) !== canonical(s)) add({ savedAt: now, kind: 'state', state: s });
  }
  return { ...incoming, history: history.slice(Math.max(0, history.length - max)) };
}
