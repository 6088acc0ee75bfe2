import { nfc } from '../core/text';
import { deeperThan, INVISIBLE_CHARS, MAX_JSON_DEPTH } from '../core/json-depth';
import type { RulebookId } from '../core/rulebook-id';
import { parseWith, type ParseResult } from '../schemas/errors';
import { OverlayFileSchema, OverlaySchema, type Overlay } from '../schemas/overlay';
import { haTinh2023 } from './ha-tinh-2023/index';
import { hcmc2025 } from './hcmc-2025/index';
import { hcmcSgddt2024 } from './hcmc-sgddt-2024/index';

const OVERLAYS: Overlay[] = [haTinh2023, hcmcSgddt2024, hcmc2025];

/** Shipped overlays (local guidance), oldest first. */
export function listOverlays(): Overlay[] {
  return [...OVERLAYS];
}

export function getOverlay(id: string): Overlay | undefined {
  return OVERLAYS.find((o) => o.id === id);
}

/** Whether an overlay applies to a review year under a rulebook. */
export function overlayApplies(overlay: Overlay, rulebookId: RulebookId | undefined, reviewYear: number): boolean {
  if (!rulebookId || !overlay.appliesTo.rulebookIds.includes(rulebookId)) return false;
  return !overlay.appliesTo.reviewYears || overlay.appliesTo.reviewYears.includes(reviewYear);
}

function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)]));
  }
  return value;
}

const TOO_DEEP = `Tệp lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng); không phải tệp hướng dẫn địa phương hợp lệ.`;

/** Ids of the overlays shipped with the app: reserved, an imported or restored overlay may not take one. */
export const isBuiltInOverlayId = (id: string): boolean => OVERLAYS.some((o) => o.id === id);

/** A stored overlay (IndexedDB): lenient, so records written by older versions keep loading. */
export function parseOverlayFile(json: unknown): ParseResult<Overlay> {
  if (deeperThan(json)) return { ok: false, errors: [TOO_DEEP] };
  return parseWith(OverlaySchema, normalizeStrings(json));
}

/** An overlay file a person imports (app, `guide --overlay`): keys the schema does not know are refused, named. */
export function parseOverlayImport(json: unknown): ParseResult<Overlay> {
  if (deeperThan(json)) return { ok: false, errors: [TOO_DEEP] };
  const parsed = parseWith(OverlayFileSchema, normalizeStrings(json));
  if (parsed.ok && INVISIBLE_CHARS.test(parsed.value.id))
    return { ok: false, errors: ['Trường «id»: mã có ký tự vô hình (độ rộng bằng 0); hãy gõ lại mã.'] };
  return parsed;
}
