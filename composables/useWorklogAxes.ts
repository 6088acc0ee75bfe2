import { shallowRef, type Ref } from 'vue';
import type { OverlayResultAxis } from '@/domain/schemas/overlay';
import { useOverlaysStore } from '@/stores/overlays';
import { useProfilesStore } from '@/stores/profiles';

/**
 * The result axes of the active profile's overlay (domain/schemas/overlay.ts `resultAxes`), for the work log's
 * axis field and filter; empty when the profile has no overlay or the overlay sets no axes.
 */
export function useWorklogAxes(): Readonly<Ref<readonly OverlayResultAxis[]>> {
  const axes = shallowRef<readonly OverlayResultAxis[]>([]);
  void (async () => {
    const profile = await useProfilesStore().activeProfile().catch(() => undefined);
    const overlayId = profile?.profile.overlayId;
    if (!overlayId) return;
    const overlay = await useOverlaysStore().findOverlay(overlayId).catch(() => undefined);
    axes.value = overlay?.resultAxes ?? [];
  })();
  return axes;
}
