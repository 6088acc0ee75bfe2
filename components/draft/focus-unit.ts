/**
 * The role guide's "Viết mục này" leaves the unit id (e.g. "A.I.2") in sessionStorage under this key and
 * switches to the drafts screen; the next draft opened there scrolls to that unit and forgets the request.
 */
export const FOCUS_UNIT_KEY = 'kd:focus-unit';

/** With the unit, the draft to open (the grade check's «Sửa trong bản kiểm điểm»); absent: the latest draft. */
export const FOCUS_DRAFT_KEY = 'kd:focus-draft';

/** Asks the drafts screen to open `draftId` (or the latest draft) at `unitId`. */
export function requestFocus(unitId: string, draftId?: string): void {
  try {
    sessionStorage.setItem(FOCUS_UNIT_KEY, unitId);
    if (draftId) sessionStorage.setItem(FOCUS_DRAFT_KEY, draftId);
    else sessionStorage.removeItem(FOCUS_DRAFT_KEY);
  } catch {
    // no session storage (private mode): the drafts screen simply opens
  }
}

/** The draft a focus request names (kept until the unit is taken). */
export function focusDraft(): string | undefined {
  try {
    return sessionStorage.getItem(FOCUS_DRAFT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Scrolls to and focuses a unit's text, or (scores, proposed grade) its assessment section. */
export function focusUnitElement(unitId: string): void {
  const el = document.getElementById(`unit-${unitId}`) ?? document.getElementById(`section-${unitId}`);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

export function takeFocusUnit(): string | undefined {
  try {
    const id = sessionStorage.getItem(FOCUS_UNIT_KEY) ?? undefined;
    sessionStorage.removeItem(FOCUS_UNIT_KEY);
    sessionStorage.removeItem(FOCUS_DRAFT_KEY);
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
