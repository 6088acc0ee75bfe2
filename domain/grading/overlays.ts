import { HA_TINH_2023_GRADING } from '../overlays/ha-tinh-2023/grading';
import type { RulebookId } from '../core/rulebook-id';
import type { CheckOptions, OverlayGrading } from './types';

/**
 * Grading parts of the local overlays, by overlay id. The overlay objects (domain/overlays/) carry the same
 * exports; this map lets the check and the roster run standalone.
 */
const OVERLAYS: Record<string, OverlayGrading> = {
  [HA_TINH_2023_GRADING.overlayId]: HA_TINH_2023_GRADING,
};

export const overlayGrading = (id: string | undefined): OverlayGrading | undefined => (id ? OVERLAYS[id] : undefined);

/** Options for checkGrade from an overlay id; a note when the overlay is unknown or for another rulebook. */
export function overlayOptions(id: string | undefined, rulebook: RulebookId | undefined): CheckOptions {
  if (!id) return {};
  const o = overlayGrading(id);
  if (!o) return { extraNotes: [`Chưa có điều kiện xếp loại của hướng dẫn địa phương «${id}»: chỉ áp dụng quy định trung ương.`] };
  if (o.rulebookId !== rulebook)
    return { extraNotes: [`Hướng dẫn địa phương «${id}» áp dụng cho ${o.rulebookId}, không áp dụng cho năm kiểm điểm này.`] };
  return { extraConditions: o.conditions, extraNotes: o.notes };
}
