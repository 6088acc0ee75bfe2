import type { FormCode } from '../core/form-code';
import { writableUnits } from '../forms';
import { getFormModel } from '../rulebooks';
import type { ContentAudience, ContentItem, Rulebook } from '../rulebooks/types';
import type { Overlay } from '../schemas/overlay';
import type { Profile } from '../schemas/profile';
import type { ChecklistItem, GuideRole } from './types';

function audienceFor(role: GuideRole): ContentAudience[] {
  if (role === 'collective') return ['collective', 'everyone'];
  if (role === 'individual-unknown') return ['individual', 'everyone'];
  return [role, 'individual', 'everyone'];
}

type Source = Pick<ContentItem, 'id' | 'text' | 'rule' | 'audience' | 'occupations' | 'formUnit'> & Partial<Pick<ContentItem, 'group' | 'ifAny'>>;

/** The review contents for this role, each with the form unit it belongs to (Điều 6 a/b/c/d + overlay). */
export function buildChecklist(rb: Rulebook, role: GuideRole, profile: Profile, code: FormCode | null, overlay?: Overlay): ChecklistItem[] {
  const s = profile.subject;
  const occupation = s.kind === 'individual' ? s.occupation : undefined;
  const suggested = s.kind === 'individual' && s.reviewSuggested === true;
  const wanted = audienceFor(role);
  const model = code ? getFormModel(rb.id, code) : undefined;
  const formUnits = model ? writableUnits(model) : [];
  const labels = new Map(formUnits.map((u) => [u.id, u.label]));
  const fits = (c: Source) =>
    c.audience.some((a) => wanted.includes(a)) && (!c.occupations || (occupation !== undefined && c.occupations.includes(occupation)));
  const toItem = (c: Source, from: ChecklistItem['from']): ChecklistItem => {
    const unit = (code && c.formUnit[code]) || null;
    const label = unit ? labels.get(unit) : undefined;
    const group = c.group ?? 'overlay';
    return {
      id: c.id, group, text: c.text, rule: c.rule, formUnit: unit, ...(label ? { formUnitLabel: label } : {}),
      ifAny: (c.ifAny ?? false) && !(group === 'suggestions' && suggested), from,
    };
  };
  const items = rb.contents.filter(fits).map((c) => toItem(c, 'rulebook'));
  if (overlay) {
    items.push(...overlay.contents.filter(fits).map((c) => toItem({ ...c, id: `${overlay.id}.${c.id}` }, 'overlay')));
    const triggerUnit = rb.contents.find((c) => c.group === 'trigger')?.formUnit ?? {};
    items.push(...overlay.triggers.map((t) =>
      toItem({ id: `${overlay.id}.${t.id}`, text: t.text, rule: t.rule, audience: ['everyone'], formUnit: triggerUnit, group: 'trigger', ifAny: true }, 'overlay')));
  }
  return inFormOrder(items, formUnits.map((u) => u.id));
}

/** Items sorted by their unit's place in the form (stable within a unit); items without a unit last. */
export function inFormOrder(items: ChecklistItem[], unitOrder: string[]): ChecklistItem[] {
  const rank = (i: ChecklistItem) => {
    const r = i.formUnit ? unitOrder.indexOf(i.formUnit) : -1;
    return r < 0 ? unitOrder.length : r;
  };
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map((x) => x.item);
}

/** One entry per form unit (the checklist as the guide shows it): a unit named once, with all its contents. */
export interface ChecklistGroup {
  formUnit: string | null;
  formUnitLabel?: string;
  items: ChecklistItem[];
}

/** Consecutive items of the same unit grouped; items without a unit each stay on their own. */
export function groupByUnit(items: ChecklistItem[]): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && item.formUnit !== null && last.formUnit === item.formUnit) last.items.push(item);
    else groups.push({ formUnit: item.formUnit, ...(item.formUnitLabel ? { formUnitLabel: item.formUnitLabel } : {}), items: [item] });
  }
  return groups;
}
