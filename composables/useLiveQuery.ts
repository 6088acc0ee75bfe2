import { onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue';
import { observeQuery } from '@/stores/live-query';

/**
 * A live query (`stores/live-query.ts`) as a Vue ref: updates when the database changes, in this view or any
 * other tab or panel of the same origin. Errors are kept in `error` so the UI can explain them. `deps` (Vue refs
 * the query reads, e.g. a page size) restart the query when they change.
 */
export function useLiveQuery<T>(
  query: () => Promise<T> | T,
  initial: T,
  options: { deps?: WatchSource } = {},
): {
  value: ShallowRef<T>;
  error: ShallowRef<unknown>;
  ready: ShallowRef<boolean>;
} {
  const value = shallowRef(initial) as ShallowRef<T>;
  const error = shallowRef<unknown>(undefined);
  const ready = shallowRef(false);
  let stop: (() => void) | undefined;
  const start = () => {
    stop?.();
    stop = observeQuery(query, {
      next: (v) => {
        value.value = v;
        ready.value = true;
        error.value = undefined;
      },
      error: (e) => {
        error.value = e;
        ready.value = true;
      },
    });
  };
  start();
  if (options.deps) watch(options.deps, start);
  onScopeDispose(() => stop?.());
  return { value, error, ready };
}
