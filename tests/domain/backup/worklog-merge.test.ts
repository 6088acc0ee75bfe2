import { describe, expect, it } from 'vitest';
import { mergeReplacedLog } from '../../../domain/backup/worklog-merge';
import { sampleQuarter, sampleWorklogParts } from '../../stores/fixtures';
import type { BackupWorklog } from '../../../domain/schemas/backup-worklog';

/** A log from the file replacing the one here: the device's evaluations go into the history, nothing is lost. */
const NOW = 1_800_000_000_000;
const base = sampleWorklogParts().worklogs[0]! as BackupWorklog;
const q1 = base.quarters[0]!;
const q2 = base.quarters[1]!;
const state = base.stateEvaluations[0]!;
const log = (over: Partial<BackupWorklog>): BackupWorklog => ({ ...base, history: [], ...over });
const shape = (l: BackupWorklog) => l.history.map((h) => [h.savedAt, h.kind, h.kind === 'quarter' ? h.quarter.quarter : h.state.period.from]);

describe('mergeReplacedLog', () => {
  it.each([
    ['same evaluations: nothing added', log({}), log({}), []],
    ['quarter I changed in the file: the device’s quarter I kept', log({ quarters: [sampleQuarter(1, 20, 50), q2] }), log({}), [[NOW, 'quarter', 1]]],
    ['quarter II missing from the file: kept', log({ quarters: [q1] }), log({}), [[NOW, 'quarter', 2]]],
    ['the state evaluation changed: kept', log({ stateEvaluations: [{ ...state, general: 20 }] }), log({}), [[NOW, 'state', '2026-01-01']]],
    [
      'both histories, each item once, oldest first',
      log({ history: [{ savedAt: 5, kind: 'quarter', quarter: q1 }, { savedAt: 9, kind: 'quarter', quarter: q2 }] }),
      log({ history: [{ savedAt: 7, kind: 'state', state }, { savedAt: 9, kind: 'quarter', quarter: q2 }] }),
      [[5, 'quarter', 1], [7, 'state', '2026-01-01'], [9, 'quarter', 2]],
    ],
  ])('%s', (_l, incoming, here, history) => {
    const merged = mergeReplacedLog(incoming, here, NOW, 50);
    expect(shape(merged)).toEqual(history);
    expect(merged.quarters).toEqual(incoming.quarters);
    expect(merged.stateEvaluations).toEqual(incoming.stateEvaluations);
  });

  it.each([
    [3, 3],
    [2, 2],
  ])('bounded to the newest %i items', (max, kept) => {
    const incoming = log({ quarters: [], history: [1, 2, 3].map((t) => ({ savedAt: t, kind: 'quarter' as const, quarter: sampleQuarter(1, t, 50) })) });
    const merged = mergeReplacedLog(incoming, log({ quarters: [q1] }), NOW, max);
    expect(merged.history).toHaveLength(kept);
    expect(merged.history.at(-1)).toEqual({ savedAt: NOW, kind: 'quarter', quarter: q1 });
  });
});
