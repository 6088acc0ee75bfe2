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
  const labels = new Map((model ? writableUnits(model) : []).map((u) => [u.id, u.label]));
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
  return items;
}
