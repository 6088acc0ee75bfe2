import { describe, expect, it } from 'vitest';
import { applySavedMapping, fieldKey, fillMappingKey, pathPattern, SavedFillMappingSchema } from '../../../domain/fill/site-mapping';
import { parseWith } from '../../../domain/schemas/errors';

describe('site mapping keys', () => {
  it.each([
    ['/danh-gia/2025/phieu/123', '/danh-gia/*/phieu/*'],
    ['/danh-gia/phieu', '/danh-gia/phieu'],
    ['/f/0f8fa3c2-1b2c-4d5e-8f90-123456789abc/edit', '/f/*/edit'],
    ['/', '/'],
    ['', '/'],
  ])('pathPattern(%s) = %s', (path, pattern) => expect(pathPattern(path)).toBe(pattern));

  it('same key next year when only ids change', () => {
    expect(fillMappingKey('https://dg.example.vn', '/phieu/2025/7')).toBe('fill-mapping:https://dg.example.vn/phieu/*/*');
    expect(fillMappingKey('https://dg.example.vn', '/phieu/2026/91')).toBe(fillMappingKey('https://dg.example.vn', '/phieu/2025/7'));
  });

  it.each([
    [{ id: 'q1', name: 'n', label: 'L' }, 'id:q1'],
    [{ name: 'ketqua', label: 'L' }, 'name:ketqua'],
    [{ label: '  Ưu   Điểm ' }, 'label:uu diem'],
  ])('fieldKey %j = %s', (field, key) => expect(fieldKey(field)).toBe(key));
});

describe('saved mapping', () => {
  const saved = { v: 1 as const, origin: 'https://dg.example.vn', pathPattern: '/phieu/*', savedAt: 1, pairs: [
    { fieldKey: 'id:q1', sourceId: 'A.II.1', sourceLabel: 'Hạn chế, khuyết điểm.' },
    { fieldKey: 'id:q2', sourceId: 'II.2', sourceLabel: 'Nguyên nhân của hạn chế, khuyết điểm.' },
    { fieldKey: 'id:q3', sourceId: 'gone', sourceLabel: 'Không còn' },
  ] };
  it('reapplies by id, else by the same label (renumbered form), and drops what no longer exists', () => {
    const out = applySavedMapping(saved, [{ fieldId: 'a', key: 'id:q1' }, { fieldId: 'b', key: 'id:q2' }, { fieldId: 'c', key: 'id:q3' }, { fieldId: 'd', key: 'id:new' }], [
      { id: 'A.II.1', label: 'Hạn chế, khuyết điểm.' },
      { id: 'A.II.2', label: 'Nguyên nhân của hạn chế, khuyết điểm.' },
    ]);
    expect([...out]).toEqual([['a', 'A.II.1'], ['b', 'A.II.2']]);
  });
  it('rejects a damaged record with a Vietnamese message naming the field', () => {
    const r = parseWith(SavedFillMappingSchema, { ...saved, v: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^Trường «v»/);
  });
});
