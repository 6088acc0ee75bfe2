import { liveQuery } from 'dexie';

/** What a live query reports: each new result, or the error that stopped it. */
export interface LiveQueryObserver<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/**
 * Runs `query` now and again whenever the data it read changes, in this view or any other tab or panel of the
 * same origin (Dexie's liveQuery; components and composables never import Dexie: `composables/useLiveQuery.ts`
 * wraps this). Returns the function that stops it.
 */
export function observeQuery<T>(query: () => Promise<T> | T, observer: LiveQueryObserver<T>): () => void {
  const subscription = liveQuery(query).subscribe(observer);
  return () => subscription.unsubscribe();
}
