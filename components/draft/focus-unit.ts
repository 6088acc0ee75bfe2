/**
 * The role guide's "Viết mục này" leaves the unit id (e.g. "A.I.2") in sessionStorage under this key and
 * switches to the drafts screen; the next draft opened there scrolls to that unit and forgets the request.
 */
export const FOCUS_UNIT_KEY = 'kd:focus-unit';

export function takeFocusUnit(): string | undefined {
  try {
    const id = sessionStorage.getItem(FOCUS_UNIT_KEY) ?? undefined;
    sessionStorage.removeItem(FOCUS_UNIT_KEY);
    return id;
  } catch {
    return undefined;
  }
}

export function hasFocusUnit(): boolean {
  try {
    return sessionStorage.getItem(FOCUS_UNIT_KEY) !== null;
  } catch {
    return false;
  }
}
