import { computed, ref, type Ref } from 'vue';
import { useProfilesStore } from '@/stores/profiles';
import { useWorklogStore, type StoredWorklogEntry, type WorklogRecord } from '@/stores/worklog';
import { useLiveQuery } from './useLiveQuery';

/**
 * The work log the screens show (issue 16): the active profile's log for the chosen year, its record (quarters,
 * state evaluations, person) and its live entries, updated when any tab or panel changes them. One instance per
 * screen (WorklogScreen provides it to its parts through props).
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
  const store = useWorklogStore();
  const year = ref(initialYear);
  const logId = ref<string>();
  const record = useLiveQuery(() => (logId.value ? store.getLog(logId.value) : undefined), undefined as WorklogRecord | undefined, { deps: logId });
  const entries = useLiveQuery(() => (logId.value ? store.listEntries(logId.value) : []), [] as StoredWorklogEntry[], { deps: logId });
  async function open(y: number) {
    const profile = await useProfilesStore().activeProfile().catch(() => undefined);
    const log = await store.openLog(y, profile?.id);
    year.value = y;
    logId.value = log.id;
  }
  return {
    year,
    logId,
    record: record.value,
    entries: entries.value,
    // The queries keep `ready` across a change of log: ready means the record of *this* log has arrived.
    ready: computed(() => logId.value !== undefined && record.ready.value && entries.ready.value && record.value.value?.id === logId.value),
    open,
  };
}
