import { describe, expect, it } from 'vitest';
import { buildGuide, groupByUnit, type ChecklistItem } from '../../../domain/guide/index';
import { inFormOrder } from '../../../domain/guide/checklist';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';
import { getOverlay } from '../../../domain/overlays/index';
import { fixture, fixtureNames } from './helpers';

const TODAY = '2026-12-01';
const item = (id: string, formUnit: string | null): ChecklistItem => ({ id, group: 'common', text: id, rule: { id, clause: '', source: { doc: 'qd366-2025', place: '' }, certainty: 'secondary' } as ChecklistItem['rule'], formUnit, ifAny: false, from: 'rulebook' });

describe('checklist in the order of the form, each unit once', () => {
  it.each(fixtureNames())('%s (2026): units in form order, no unit twice', (name) => {
    const g = buildGuide({ ...fixture(name), reviewYear: 2026 }, undefined, TODAY);
    if (!g.form) return expect(g.checklist).toEqual([]);
    const order = writableUnits(getFormModel(g.rulebookId!, g.form.code)!).map((u) => u.id);
    const units = groupByUnit(g.checklist).map((x) => x.formUnit);
    expect(new Set(units).size, units.join(' ')).toBe(units.length);
    const ranks = units.map((u) => order.indexOf(u ?? ''));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks, units.join(' ')).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('department head 2026: A.I.2 once (two contents), A.III before A.IV', () => {
    const groups = groupByUnit(buildGuide({ ...fixture('department-head-2025'), reviewYear: 2026 }, undefined, TODAY).checklist);
    expect(groups.map((x) => `${x.formUnit}×${x.items.length}`)).toEqual(['A.I.1×1', 'A.I.2×2', 'A.I.3×1', 'A.I.4×1', 'A.I.5×1', 'A.I.6×1', 'A.III×1', 'A.IV×1', 'A.V×1']);
  });

  it('overlay items join their unit (Hà Tĩnh 2024 leader: I.3 holds the rulebook item and two local ones)', () => {
    const g = buildGuide({ ...fixture('leader-2023'), reviewYear: 2024 }, getOverlay('ha-tinh-2023'), '2024-12-12');
    const i3 = groupByUnit(g.checklist).filter((x) => x.formUnit === 'I.3');
    expect(i3).toHaveLength(1);
    expect(i3[0]!.items.map((x) => x.from)).toEqual(['rulebook', 'overlay', 'overlay']);
  });

  it.each([
    [[['a', 'X'], ['b', null], ['c', 'W'], ['d', 'X']], ['W', 'X'], ['c', 'a', 'd', 'b']],
    [[['a', 'Q'], ['b', 'W']], ['W'], ['b', 'a']],
    [[], ['W'], []],
  ] as [[string, string | null][], string[], string[]][])('inFormOrder %j by %j', (items, order, expected) => {
    expect(inFormOrder(items.map(([id, u]) => item(id, u)), order).map((x) => x.id)).toEqual(expected);
  });

  it('groupByUnit: items without a unit stay apart', () => {
    expect(groupByUnit([item('a', null), item('b', null), item('c', 'X'), item('d', 'X')]).map((x) => x.items.length)).toEqual([1, 1, 2]);
  });
});
