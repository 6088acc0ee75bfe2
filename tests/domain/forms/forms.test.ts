import { describe, expect, it } from 'vitest';
import type { FormCode } from '../../../domain/core/form-code';
import type { FormModel } from '../../../domain/core/form-model';
import { RULEBOOK_IDS, type RulebookId } from '../../../domain/core/rulebook-id';
import { unitRequired, writableUnits } from '../../../domain/forms';
import { formCodesOf, getFormModel, listFormModels } from '../../../domain/rulebooks';
import { sourceById } from '../../../domain/sources';

const all: FormModel[] = RULEBOOK_IDS.flatMap((r) => listFormModels(r));

/** Every string inside a value, recursively. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('form registry', () => {
  it.each([
    ['qd366-2025', ['01', '02A', '02B', '02C', '03']],
    ['qd124-2023', ['01', '02A', '02B', '03']],
    ['qd132-2018', ['02']],
  ] as [RulebookId, FormCode[]][])('%s lists %j', (rb, codes) => {
    expect(listFormModels(rb).map((f) => f.code)).toEqual(codes);
    for (const code of codes) expect(formCodesOf(rb)).toContain(code);
  });

  it.each([
    ['qd366-2025', '02A', '(Cá nhân giữ chức vụ lãnh đạo, quản lý)'],
    ['qd366-2025', '02B', '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)'],
    ['qd366-2025', '02C', '(Đảng viên không làm việc trong hệ thống chính trị)'],
    ['qd124-2023', '02A', '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)'],
    ['qd124-2023', '02B', '(Cá nhân giữ chức vụ lãnh đạo, quản lý)'],
  ] as [RulebookId, FormCode, string][])('%s %s is %s (02A/02B swap in 2025)', (rb, code, subtitle) => {
    expect(getFormModel(rb, code)?.subtitle).toBe(subtitle);
  });

  it.each([
    ['qd124-2023', '02C'],
    ['qd132-2018', '02A'],
    ['qd366-2025', '02'],
  ] as [RulebookId, FormCode][])('%s has no %s', (rb, code) => expect(getFormModel(rb, code)).toBeUndefined());
});

describe('form model invariants', () => {
  it.each(all.map((f) => [f.id, f] as const))('%s: ids, NFC, rules, caveats', (_id, form) => {
    const ids = form.parts.flatMap((p) => p.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of strings(form)) expect(s).toBe(s.normalize('NFC'));
    const rules = form.parts.flatMap((p) => p.sections.flatMap((s) => [s.rule, ...s.items.map((i) => i.rule)]));
    for (const r of [form.rule, ...rules]) {
      expect(r.clause.length).toBeGreaterThan(3);
      expect(['huong-dan', 'quy-dinh']).toContain(typeof r.source === 'object' ? sourceById(r.source.doc)?.kind : r.source);
      expect(r.certainty).not.toBe('verified');
    }
    expect(form.caveats.length).toBeGreaterThan(0);
    expect(form.signatureBlocks.filter((b) => b.byAuthor).length).toBe(1);
    expect(form.id).toBe(`${form.rulebookId}:${form.code}`);
  });

  it.each(listFormModels('qd124-2023').map((f) => [f.id, f] as const))('%s: 2023 body is uncertain', (_id, form) => {
    for (const s of form.parts.flatMap((p) => p.sections)) expect(s.rule.certainty).toBe('uncertain');
  });

  it('2025 ids follow "A.I.1", 2023 ids follow "I.1"', () => {
    for (const u of writableUnits(getFormModel('qd366-2025', '02B')!)) expect(u.id).toMatch(/^[AB]\.[IVX]+(\.\d+)?$/);
    for (const u of writableUnits(getFormModel('qd124-2023', '02A')!)) expect(u.id).toMatch(/^[IVX]+(\.\d+)?$/);
  });
});

describe('writableUnits', () => {
  it.each([
    ['qd366-2025', '02B', ['A.I.1', 'A.I.2', 'A.I.3', 'A.II.1', 'A.II.2', 'A.III', 'A.IV', 'A.V', 'A.VI']],
    ['qd366-2025', '02A', ['A.I.1', 'A.I.2', 'A.I.3', 'A.I.4', 'A.I.5', 'A.I.6', 'A.II.1', 'A.II.2', 'A.III', 'A.IV', 'A.V', 'A.VI']],
    ['qd366-2025', '01', ['A.I.1', 'A.I.2', 'A.I.3', 'A.I.4', 'A.II.1', 'A.II.2', 'A.III', 'A.IV', 'A.V', 'A.VI']],
    ['qd124-2023', '02A', ['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III', 'IV', 'V', 'VI']],
    ['qd124-2023', '02B', ['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'II.1', 'II.2', 'III', 'IV', 'V', 'VI']],
    ['qd124-2023', '03', ['CC.1', 'CC.2', 'D1', 'D2', 'D3']],
  ] as [RulebookId, FormCode, string[]][])('%s %s -> %j', (rb, code, ids) => {
    expect(writableUnits(getFormModel(rb, code)!).map((u) => u.id)).toEqual(ids);
  });

  it.each([
    ['A.IV', false],
    ['A.V', false],
    ['A.II.1', true],
    ['A.III', true],
    ['A.VI', true],
  ])('2025 02B %s required = %s ("nếu có" is optional)', (id, req) => {
    const u = writableUnits(getFormModel('qd366-2025', '02B')!).find((x) => x.id === id)!;
    expect(unitRequired(u)).toBe(req);
  });

  it('scores and grade sections are not writable; 2023 VII has two grade lines, 2025 B.II four', () => {
    const f23 = getFormModel('qd124-2023', '02A')!;
    const vii = f23.parts[0]!.sections.find((s) => s.id === 'VII')!;
    expect(vii.kind).toBe('grade');
    expect(vii.items.map((i) => i.label)).toEqual(['1. Xếp loại cán bộ, công chức, viên chức:', '2. Xếp loại đảng viên:']);
    const f25 = getFormModel('qd366-2025', '02C')!;
    expect(f25.parts[1]!.sections.map((s) => s.kind)).toEqual(['scores', 'grade']);
    expect(f25.parts[1]!.sections[1]!.items).toHaveLength(4);
    expect(writableUnits(f25).some((u) => u.sectionId.startsWith('B.'))).toBe(false);
  });

  it('2023 section I items carry level boxes, task items need figures', () => {
    const units = writableUnits(getFormModel('qd124-2023', '02B')!);
    expect(units.filter((u) => u.item?.levelBoxes).map((u) => u.id)).toEqual(['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6']);
    expect(units.filter((u) => u.item?.leaderOnly).map((u) => u.id)).toEqual(['I.3', 'I.4', 'I.5']);
    expect(units.filter((u) => u.item?.needsFigures).map((u) => u.id)).toEqual(['I.2', 'I.3']);
  });

  it.each([
    ['qd366-2025', '02A', 'Phụ lục 3'],
    ['qd366-2025', '02B', 'Phụ lục 4'],
    ['qd366-2025', '02C', 'Phụ lục 5'],
    ['qd366-2025', '01', 'Phụ lục 1'],
  ] as [RulebookId, FormCode, string][])('%s %s B.I cites %s', (rb, code, annex) => {
    const bi = getFormModel(rb, code)!.parts[1]!.sections[0]!;
    expect(bi.intro).toContain(annex);
  });
});
