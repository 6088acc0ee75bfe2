import { shallowRef, type Ref } from 'vue';
import type { OverlayQuarterCriteria, OverlayResultAxis } from '@/domain/schemas/overlay';
import { activeOverlayId } from '@/stores/worklog-read';

export interface WorklogOverlay {
  /** the result axes (`resultAxes`), for the log's axis field and filter; empty without them. */
  axes: Readonly<Ref<readonly OverlayResultAxis[]>>;
  /** the sub-criteria of the quarterly self-evaluation (`quarterCriteria`); empty without them. */
  quarterCriteria: Readonly<Ref<OverlayQuarterCriteria>>;
}

/**
 * What the active profile's overlay (domain/schemas/overlay.ts) sets for the work log: result axes and the quarter's
 * sub-criteria; both empty when the profile has no overlay or the overlay sets none.
 */
export function useWorklogOverlay(): WorklogOverlay {
  const axes = shallowRef<readonly OverlayResultAxis[]>([]);
  const quarterCriteria = shallowRef<OverlayQuarterCriteria>({});
  void (async () => {
    const overlayId = await activeOverlayId().catch(() => undefined);
    if (!overlayId) return;
    // The overlays store (and its schema) is loaded only for a profile that has an overlay.
    const { useOverlaysStore } = await import('@/stores/overlays');
    const overlay = await useOverlaysStore().findOverlay(overlayId).catch(() => undefined);
    axes.value = overlay?.resultAxes ?? [];
    quarterCriteria.value = overlay?.quarterCriteria ?? {};
  })();
  return { axes, quarterCriteria };
}
