import { liveQuery } from 'dexie';
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';

/**
 * A Dexie liveQuery as a Vue ref: updates when the database changes, in this view or any other tab or
 * panel of the same origin. Errors are kept in `error` so the UI can explain them.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, initial: T): {
  value: ShallowRef<T>;
  error: ShallowRef<unknown>;
  ready: ShallowRef<boolean>;
} {
  const value = shallowRef(initial) as ShallowRef<T>;
  const error = shallowRef<unknown>(undefined);
  const ready = shallowRef(false);
  const subscription = liveQuery(query).subscribe({
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
  onScopeDispose(() => subscription.unsubscribe());
  return { value, error, ready };
}
