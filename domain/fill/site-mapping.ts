/**
 * A confirmed "Điền cả trang" mapping kept per site (origin + path pattern), so next year's form on the same
 * system is paired the same way. Stored in the settings table under `fill-mapping:<origin><pattern>`.
 */
import { z } from 'zod';
import { foldVietnamese } from '../core/text';

export const FILL_MAPPING_PREFIX = 'fill-mapping:';

/**
 * Path with record ids generalised: numeric or long hex/uuid segments become "*", query and hash dropped.
 * "/danh-gia/2025/phieu/123" -> "/danh-gia/*\/phieu/*".
 */
export function pathPattern(pathname: string): string {
  const segments = pathname.split('/').map((seg) => (/^\d+$/.test(seg) || /^[0-9a-f-]{16,}$/i.test(seg) ? '*' : seg));
  const joined = segments.join('/');
  return joined === '' ? '/' : joined;
}

export function fillMappingKey(origin: string, pathname: string): string {
  return `${FILL_MAPPING_PREFIX}${origin}${pathPattern(pathname)}`;
}

/** A field's identity that survives a reload: its id, else its name, else its folded label. */
export function fieldKey(field: { id?: string; name?: string; label: string }): string {
  if (field.id) return `id:${field.id}`;
  if (field.name) return `name:${field.name}`;
  return `label:${foldVietnamese(field.label).slice(0, 200)}`;
}

export const SavedPairSchema = z.object({
  fieldKey: z.string().min(1).max(300),
  sourceId: z.string().min(1).max(120),
  /** The unit's label when saved: used to find the unit again if next year's form renumbers it. */
  sourceLabel: z.string().max(2000),
});

export const SavedFillMappingSchema = z.object({
  v: z.literal(1),
  origin: z.string().min(1).max(500),
  pathPattern: z.string().min(1).max(2000),
  savedAt: z.number().int().nonnegative(),
  pairs: z.array(SavedPairSchema).max(500),
});
export type SavedFillMapping = z.infer<typeof SavedFillMappingSchema>;

/**
 * Applies a saved mapping to this scan: field key -> source id, where the source still exists (by id, else
 * by the same folded label). Fields the mapping does not know are left out.
 */
export function applySavedMapping(
  saved: SavedFillMapping,
  fields: readonly { fieldId: string; key: string }[],
  sources: readonly { id: string; label: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  const byKey = new Map(saved.pairs.map((p) => [p.fieldKey, p]));
  for (const f of fields) {
    const pair = byKey.get(f.key);
    if (!pair) continue;
    const source =
      sources.find((s) => s.id === pair.sourceId) ??
      sources.find((s) => foldVietnamese(s.label) === foldVietnamese(pair.sourceLabel));
    if (source) out.set(f.fieldId, source.id);
  }
  return out;
}
