import { formatDateVi } from '../core/text';
import type { RulebookId } from '../core/rulebook-id';
import { overlayApplies } from '../overlays/index';
import type { Overlay } from '../schemas/overlay';
import type { GuideDeadline, GuideOverlay } from './types';

/** The overlay's deadlines (resolved to the review year when recurring) and whether it applies at all. */
export function overlayPart(overlay: Overlay, rulebookId: RulebookId | undefined, reviewYear: number, today?: string): GuideOverlay {
  const applies = overlayApplies(overlay, rulebookId, reviewYear);
  const years = overlay.appliesTo.reviewYears?.join(', ');
  const message = applies
    ? { text: `Áp dụng thêm hướng dẫn địa phương: ${overlay.name} (${overlay.issuer}).`, rule: overlay.rule }
    : {
        text: `Hướng dẫn «${overlay.name}» không áp dụng cho năm ${reviewYear}${years ? ` (chỉ cho năm ${years})` : ''}; bỏ qua nội dung và thời hạn của hướng dẫn này.`,
        rule: overlay.rule,
      };
  const deadlines: GuideDeadline[] = applies
    ? overlay.deadlines
        .map((d) => {
          const date = d.recurring ? `${reviewYear}${d.date.slice(4)}` : d.date;
          return { id: d.id, date, dateLabel: formatDateVi(date), what: d.what, who: d.who, rule: d.rule, ...(today ? { passed: today > date } : {}) };
        })
        .sort((a, b) => a.date.localeCompare(b.date))
    : [];
  return { id: overlay.id, name: overlay.name, issuer: overlay.issuer, applies, message, deadlines, settings: overlay.settings, notes: applies ? overlay.notes : [] };
}
