import { shallowRef, type Ref } from 'vue';
import type { OverlayResultAxis } from '@/domain/schemas/overlay';
import { activeOverlayId } from '@/stores/worklog-read';

/**
 * The result axes of the active profile's overlay (domain/schemas/overlay.ts `resultAxes`), for the work log's
 * axis field and filter; empty when the profile has no overlay or the overlay sets no axes.
 */
export function useWorklogAxes(): Readonly<Ref<readonly OverlayResultAxis[]>> {
  const axes = shallowRef<readonly OverlayResultAxis[]>([]);
  void (async () => {
    const overlayId = await activeOverlayId().catch(() => undefined);
    if (!overlayId) return;
    // The overlays store (and its schema) is loaded only for a profile that has an overlay.
    const { useOverlaysStore } = await import('@/stores/overlays');
    const overlay = await useOverlaysStore().findOverlay(overlayId).catch(() => undefined);
    axes.value = overlay?.resultAxes ?? [];
  })();
  return axes;
}
