import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The text size chosen on this device (Bình thường / Lớn / Rất lớn). Every size in the app is in rem, so one
 * root font size scales the whole layout; the side panel and the full tab share it (one extension origin), the
 * local web app keeps its own. Kept in localStorage: it is a setting of the device, not of the user's data,
 * and it must apply before the first paint (IndexedDB answers too late).
 */
export const TEXT_SIZES = [
  { id: 'normal', label: 'Bình thường', px: 15 },
  { id: 'large', label: 'Lớn', px: 18 },
  { id: 'x-large', label: 'Rất lớn', px: 21 },
] as const;
export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];
const KEY = 'kd.textSize.v1';
/** The stored value is one of the three ids or ignored (checked by hand: zod would add ~25 kB to the first load). */
const isTextSize = (v: unknown): v is TextSizeId => TEXT_SIZES.some((s) => s.id === v);

function stored(): TextSizeId {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return isTextSize(v) ? v : 'normal';
  } catch {
    return 'normal'; // storage blocked: the default size
  }
}

/** Sets the root font size; called once before mounting, and on every change. */
export function applyTextSize(id: TextSizeId = stored()): void {
  const size = TEXT_SIZES.find((s) => s.id === id) ?? TEXT_SIZES[0];
  const root = globalThis.document?.documentElement;
  if (!root) return;
  root.style.fontSize = `${size.px}px`;
  root.dataset.textSize = size.id;
}

export const useTextSizeStore = defineStore('text-size', () => {
  const size = ref<TextSizeId>(stored());
  function set(id: TextSizeId): void {
    size.value = id;
    try {
      globalThis.localStorage?.setItem(KEY, id);
    } catch {
      // storage blocked: the size still applies until the page closes
    }
    applyTextSize(id);
  }
  return { size, set };
});
