import { describe, expect, it } from 'vitest';
import type { RuleRef } from '../../../domain/core/rule';
import type { FormCode } from '../../../domain/core/form-code';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';
import { listOverlays } from '../../../domain/overlays/index';
import { getRulebook, listRulebooks, rulebookForProfile } from '../../../domain/rulebooks/index';
import type { ChoiceRole } from '../../../domain/rulebooks/types';
import { sourceById } from '../../../domain/sources';

function collectRules(value: unknown, out: RuleRef[] = []): RuleRef[] {
  if (Array.isArray(value)) value.forEach((v) => collectRules(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.clause === 'string' && (typeof o.source === 'string' || typeof o.source === 'object') && typeof o.certainty === 'string') out.push(o as unknown as RuleRef);
    else Object.values(o).forEach((v) => collectRules(v, out));
  }
  return out;
}

// Overlay grading data (domain/overlays/*/grading.ts) belongs to domain/grading and is tested there.
const rules = collectRules([listRulebooks(), listOverlays().map(({ grading: _g, ...o }) => o)]);

describe('rule records', () => {
  it('there are many', () => expect(rules.length).toBeGreaterThan(100));

  it.each(rules.map((r) => [r.id, r] as const))('%s has a clause and a catalogued source', (_id, r) => {
    expect(r.clause.trim().length).toBeGreaterThan(3);
    expect(['verified', 'secondary', 'uncertain']).toContain(r.certainty);
    expect(typeof r.source).toBe('object');
    const doc = typeof r.source === 'object' ? r.source.doc : r.source;
    expect(sourceById(doc)?.id, `${JSON.stringify(r.source)} must name a catalogue record`).toBe(doc);
  });

  it('all texts are NFC', () => {
    const json = JSON.stringify([listRulebooks(), listOverlays()]);
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('rulebook by review year', () => {
  it.each([
    [2017, undefined],
    [2018, 'qd132-2018'],
    [2022, 'qd132-2018'],
    [2023, 'qd124-2023'],
    [2024, 'qd124-2023'],
    [2025, 'qd366-2025'],
    [2026, 'qd366-2025'],
  ] as const)('%s → %s', (year, id) => expect(rulebookForProfile({ reviewYear: year })?.id).toBe(id));

  it('honours the profile override', () => {
    expect(rulebookForProfile({ reviewYear: 2025, rulebookId: 'qd124-2023' })?.id).toBe('qd124-2023');
    expect(rulebookForProfile({ reviewYear: 2010, rulebookId: 'qd132-2018' })?.id).toBe('qd132-2018');
  });
});

describe('form choice (02A/02B swapped in 2025)', () => {
  it.each([
    ['qd124-2023', 'leader', '02B', 'Mẫu 02B-HD KĐ.ĐG 2023'],
    ['qd124-2023', 'non-leader', '02A', 'Mẫu 02A-HD KĐ.ĐG 2023'],
    ['qd124-2023', 'outside-system', '02A', 'Mẫu 02A-HD KĐ.ĐG 2023'],
    ['qd124-2023', 'collective', '01', 'Mẫu 01-HD KĐ.ĐG 2023'],
    ['qd366-2025', 'leader', '02A', 'Mẫu 02A-HD KĐ.ĐG 2025'],
    ['qd366-2025', 'non-leader', '02B', 'Mẫu 02B-HD KĐ.ĐG 2025'],
    ['qd366-2025', 'outside-system', '02C', 'Mẫu 02C-HD KĐ.ĐG 2025'],
    ['qd366-2025', 'collective', '01', 'Mẫu 01-HD KĐ.ĐG 2025'],
    ['qd132-2018', 'leader', '02', 'Mẫu 02-HD KĐ.ĐG 2019'],
    ['qd132-2018', 'outside-system', '02', 'Mẫu 02-HD KĐ.ĐG 2019'],
  ] as const)('%s %s → %s', (rb, role, code, label) => {
    const c = getRulebook(rb).formChoices.find((f) => f.role === (role as ChoiceRole));
    expect(c?.code).toBe(code);
    expect(c?.codeLabel).toBe(label);
  });
});

describe('contents link to existing form units', () => {
  const links = listRulebooks().flatMap((rb) =>
    rb.contents.flatMap((c) => Object.entries(c.formUnit).map(([code, unit]) => [rb.id, c.id, code as FormCode, unit] as const)));
  it.each(links)('%s %s → %s %s', (rb, _id, code, unit) => {
    const model = getFormModel(rb, code);
    expect(model, `form ${rb} ${code}`).toBeDefined();
    expect(writableUnits(model!).map((u) => u.id)).toContain(unit);
  });

  it.each([
    ['qd366-2025', '02A', ['A.I.3', 'A.I.4', 'A.I.5']],
    ['qd124-2023', '02B', ['I.3', 'I.4', 'I.5']],
  ] as const)('%s leader items sit in the leader-only units of %s', (rb, code, units) => {
    const leaderUnits = getRulebook(rb).contents.filter((c) => c.group === 'leader').map((c) => c.formUnit[code]);
    expect(leaderUnits).toEqual(units);
    const model = getFormModel(rb, code)!;
    for (const u of units) expect(writableUnits(model).find((w) => w.id === u)?.item?.leaderOnly).toBe(true);
  });
});

describe('subjects: thresholds and certainty per rulebook', () => {
  it.each([
    ['qd366-2025', 6, 3, 6, 'uncertain', true],
    ['qd124-2023', 6, 3, 6, 'secondary', true],
  ] as const)('%s', (rb, admitted, sick, appointed, appointedCertainty, suspendedExempt) => {
    const s = getRulebook(rb).subjects;
    expect(s.exemptions.newlyAdmitted?.months).toBe(admitted);
    expect(s.gradedOnTimeWorked.sickLeave?.months).toBe(sick);
    expect(s.reviewedNotGraded.newlyAppointed?.months).toBe(appointed);
    expect(s.reviewedNotGraded.newlyAppointed?.rule.certainty).toBe(appointedCertainty);
    expect(!!s.exemptions.suspended).toBe(suspendedExempt);
    expect(s.exemptions.newlyAdmittedReferenceDate?.rule.certainty).toBe('uncertain');
  });

  it('QĐ 132 exempts only members exempted from work and party activity', () => {
    const s = getRulebook('qd132-2018').subjects;
    expect(s.exemptions.suspended).toBeUndefined();
    expect(s.exemptions.newlyAdmitted).toBeUndefined();
    expect(getRulebook('qd132-2018').limitations.length).toBeGreaterThan(0);
  });

  it('HD 25 7.3–7.17 are all special rules of 2023', () => {
    const ids = getRulebook('qd124-2023').special.map((r) => r.rule.clause);
    for (let n = 3; n <= 17; n++) expect(ids).toContain(`HD 25 mục 7.${n}`);
  });

  it('HD 43 7.4–7.7 and 7.12 are special rules of 2025', () => {
    const clauses = getRulebook('qd366-2025').special.map((r) => r.rule.clause);
    for (const n of ['7.4', '7.5', '7.6', '7.7', '7.12']) expect(clauses).toContain(`HD 43 mục ${n}`);
  });
});
