import { newId } from '@/stores/drafts';

/**
 * The list operations every facts editor needs (tasks, achievements, shortcomings, suggestions, carry-over):
 * each is emitted as a mutation of the draft's list, so the editor's autosave and merge see one edit.
 */
export function factList<T extends { id: string }>(emit: (mutate: (list: T[]) => void) => void) {
  /** Changes the item with this id (nothing if it was removed meanwhile, e.g. in another view). */
  const on = (id: string, mutate: (item: T) => void) =>
    emit((list) => {
      const item = list.find((x) => x.id === id);
      if (item) mutate(item);
    });
  /** Appends a new item with a fresh id. */
  const add = (make: () => Omit<T, 'id'>) => emit((list) => void list.push({ id: newId(), ...make() } as T));
  const remove = (id: string) =>
    emit((list) => {
      const i = list.findIndex((x) => x.id === id);
      if (i >= 0) list.splice(i, 1);
    });
  return { on, add, remove };
}

/** The value of an input event's target. */
export const inputValue = (e: Event): string => (e.target as HTMLInputElement).value;
