import type { RuleRef } from '@/domain/core/rule';
import type { Guide } from '@/domain/guide/index';

/** Every rule whose clause GuideResult shows, in screen order (for the one certainty line at its top). */
export function guideRules(g: Guide): RuleRef[] {
  return [
    ...g.messages.map((m) => m.rule),
    ...g.unknowns.map((u) => u.rule),
    ...(g.subject?.reasons ?? []).map((r) => r.rule),
    ...(g.form ? [g.form.rule] : []),
    ...g.places.map((p) => p.rule),
    ...g.order.map((o) => o.rule),
    ...g.checklist.map((c) => c.rule),
    ...g.specialRules.map((s) => s.rule),
    ...(g.overlay?.applies ? g.overlay.deadlines.map((d) => d.rule) : []),
    ...g.uncertainties.map((u) => u.rule),
  ];
}
