import { computed, ref, shallowRef, type Ref } from 'vue';
import { takePrefetch, worklogReads as reads, type PrefetchedLog, type StoredWorklogEntry, type WorklogRecord } from '@/stores/worklog-read';
import { useLiveQuery } from './useLiveQuery';

/**
 * The work log the screens show (issue 16): the active profile's log for the chosen year, its record (quarters,
 * state evaluations, person) and its live entries, updated when any tab or panel changes them. One instance per
 * screen (WorklogScreen provides it to its parts through props). The entries read by the menu's prefetch
 * (stores/worklog-read.ts) are shown until the live query of the same log answers.
 */
export interface WorklogView {
  year: Ref<number>;
  logId: Ref<string | undefined>;
  record: Readonly<Ref<WorklogRecord | undefined>>;
  entries: Readonly<Ref<StoredWorklogEntry[]>>;
  ready: Readonly<Ref<boolean>>;
  /** opens (creates when missing) the log of `year` for the active profile. */
  open(year: number): Promise<void>;
}

export function useWorklog(initialYear = new Date().getFullYear()): WorklogView {
  // Reads only (stores/worklog-read.ts): the schemas and their library load when something is written.
  const year = ref(initialYear);
  const logId = ref<string>();
  const prefetched = shallowRef<PrefetchedLog>();
  // The log the live queries follow: with a prefetch it is set after the first paint, so reading the 2,000 entries
  // again does not compete with it.
  const liveId = ref<string>();
  const record = useLiveQuery(() => (liveId.value ? reads.getLog(liveId.value) : undefined), undefined as WorklogRecord | undefined, { deps: liveId });
  // Each answer says which log it is of, so a change of year never shows the other year's entries as ready.
  const live = useLiveQuery(
    async () => {
      const id = liveId.value;
      return { id, list: id ? await reads.listEntries(id) : [] };
    },
    { id: undefined as string | undefined, list: [] as StoredWorklogEntry[] },
    { deps: liveId },
  );
  const currentRecord = computed<WorklogRecord | undefined>(() => {
    const r = record.value.value;
    if (!logId.value) return undefined;
    if (r?.id === logId.value) return r;
    const pre = prefetched.value;
    return pre && pre.logId === logId.value ? pre.record : undefined;
  });
  const current = computed<StoredWorklogEntry[] | undefined>(() => {
    if (!logId.value) return undefined;
    if (live.value.value.id === logId.value) return live.value.value.list;
    const pre = prefetched.value;
    return pre && pre.logId === logId.value ? pre.entries : undefined;
  });

  async function open(y: number) {
    const pre = await takePrefetch(y);
    if (pre) {
      prefetched.value = pre;
      year.value = y;
      logId.value = pre.logId;
      const created = reads.openLog(y, pre.profileId); // creates the record when the log is new
      const follow = () => logId.value === pre.logId && (liveId.value = pre.logId); // unless another year was chosen since
      requestAnimationFrame(() => setTimeout(follow));
      await created;
      if (!pre.record) follow();
      return;
    }
    const profileId = await reads.activeProfileId().catch(() => undefined);
    const log = await reads.openLog(y, profileId);
    year.value = y;
    logId.value = log.id;
    liveId.value = log.id;
  }
  return {
    year,
    logId,
    record: currentRecord,
    entries: computed(() => current.value ?? []),
    ready: computed(() => current.value !== undefined && currentRecord.value !== undefined),
    open,
  };
}
