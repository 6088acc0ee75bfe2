import { describe, expect, it } from 'vitest';
import { getOverlay, listOverlays, overlayApplies, parseOverlayFile } from '../../../domain/overlays/index';

const minimal = () => ({
  v: 1,
  id: 'chi-bo-a',
  name: 'Hướng dẫn của Đảng ủy phường',
  issuer: 'Đảng ủy phường A',
  appliesTo: { rulebookIds: ['qd366-2025'] },
  rule: { id: 'x', clause: 'Công văn 1-CV/ĐU', source: 'tệp', certainty: 'secondary' },
});

describe('shipped overlays', () => {
  it('lists the three overlays', () => {
    expect(listOverlays().map((o) => o.id)).toEqual(['ha-tinh-2023', 'hcmc-sgddt-2024', 'hcmc-2025']);
  });

  it.each(listOverlays().map((o) => [o.id, o] as const))('%s survives export and import unchanged', (_id, o) => {
    // grading conditions carry test functions (domain/grading): only their data survives JSON
    const { grading, ...rest } = o;
    const r = parseOverlayFile(JSON.parse(JSON.stringify(o)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect({ ...r.value, grading: undefined }).toEqual({ ...rest, grading: undefined });
      expect(r.value.grading?.length).toBe(grading?.length);
    }
  });

  it('Hà Tĩnh 2023 carries the grading data of domain/overlays/ha-tinh-2023/grading.ts', () => {
    expect(getOverlay('ha-tinh-2023')!.grading).toEqual([expect.objectContaining({ overlayId: 'ha-tinh-2023' })]);
  });

  it('HCMC 2025 adds the five local "làm rõ trách nhiệm" triggers', () => {
    const texts = getOverlay('hcmc-2025')!.triggers.map((t) => t.text).join(' | ');
    for (const w of ['ngập úng', 'kẹt xe', 'ô nhiễm', 'an ninh trật tự', 'an sinh xã hội']) expect(texts).toContain(w);
  });

  it('HCMC Sở GD&ĐT 2024 has four deep-review themes and the 20/12/2024 deadline', () => {
    const o = getOverlay('hcmc-sgddt-2024')!;
    expect(o.contents.filter((c) => c.id.startsWith('sau.'))).toHaveLength(4);
    expect(o.deadlines.map((d) => d.date)).toContain('2024-12-20');
    expect(o.settings.headVsCollective).toBe('rule');
  });

  it('Hà Tĩnh 2023 has the 05/12, 10/12 and 15/12 yearly deadlines', () => {
    const o = getOverlay('ha-tinh-2023')!;
    expect(o.deadlines.map((d) => [d.date.slice(5), d.recurring])).toEqual([
      ['12-05', true],
      ['12-10', true],
      ['12-15', true],
    ]);
  });

  it('returns undefined for an unknown id', () => expect(getOverlay('khong-co')).toBeUndefined());
});

describe('overlayApplies', () => {
  it.each([
    ['ha-tinh-2023', 'qd124-2023', 2023, true],
    ['ha-tinh-2023', 'qd124-2023', 2024, true],
    ['ha-tinh-2023', 'qd366-2025', 2025, false],
    ['hcmc-sgddt-2024', 'qd124-2023', 2023, false],
    ['hcmc-sgddt-2024', 'qd124-2023', 2024, true],
    ['hcmc-2025', 'qd366-2025', 2025, true],
    ['hcmc-2025', 'qd366-2025', 2026, false],
    ['hcmc-2025', undefined, 2017, false],
  ] as const)('%s under %s in %s → %s', (id, rb, year, ok) => {
    expect(overlayApplies(getOverlay(id)!, rb, year)).toBe(ok);
  });
});

describe('parseOverlayFile', () => {
  it('fills defaults for a minimal overlay', () => {
    const r = parseOverlayFile(minimal());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.settings).toEqual({ quotaReading: 'literal', headVsCollective: 'warning', rules: {} });
      expect(r.value.contents).toEqual([]);
    }
  });

  it('normalises text to NFC', () => {
    const r = parseOverlayFile({ ...minimal(), name: 'Hướng dẫn'.normalize('NFD') });
    expect(r.ok && r.value.name).toBe('Hướng dẫn'.normalize('NFC'));
  });

  it.each([
    ['missing name', (o: Record<string, unknown>) => delete o.name, 'Trường «name»: thiếu giá trị bắt buộc.'],
    ['bad rulebook', (o: Record<string, unknown>) => (o.appliesTo = { rulebookIds: ['qd999'] }), 'Trường «appliesTo.rulebookIds[0]»'],
    ['empty rulebooks', (o: Record<string, unknown>) => (o.appliesTo = { rulebookIds: [] }), 'Trường «appliesTo.rulebookIds»: cần ít nhất 1 phần tử.'],
    ['bad certainty', (o: Record<string, unknown>) => (o.rule = { id: 'x', clause: 'c', source: 's', certainty: 'chac' }), 'Trường «rule.certainty»'],
    ['bad deadline date', (o: Record<string, unknown>) => (o.deadlines = [{ id: 'h', date: '20/12/2024', what: 'a', who: 'b', rule: minimal().rule }]), 'Trường «deadlines[0].date»: cần ngày dạng YYYY-MM-DD.'],
    ['bad setting', (o: Record<string, unknown>) => (o.settings = { quotaReading: 'nhieu' }), 'Trường «settings.quotaReading»'],
    ['duplicate ids', (o: Record<string, unknown>) => (o.triggers = [{ id: 't', text: 'a', rule: minimal().rule }, { id: 't', text: 'b', rule: minimal().rule }]), 'Trường «triggers[1].id»: mã «t» bị trùng.'],
    ['bad id', (o: Record<string, unknown>) => (o.id = 'Chi Bộ A'), 'Trường «id»'],
    ['result axis without a label', (o: Record<string, unknown>) => (o.resultAxes = [{ id: 'truc-1', label: '' }]), 'Trường «resultAxes[0].label»: không được để trống.'],
    ['duplicate result axis', (o: Record<string, unknown>) => (o.resultAxes = [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }]), 'Trường «resultAxes[1].id»: mã «a» bị trùng.'],
  ])('%s → Vietnamese error naming the field', (_name, mutate, expected) => {
    const o: Record<string, unknown> = minimal();
    mutate(o);
    const r = parseOverlayFile(o);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(expected);
  });

  it('reads the result axes of the work log, optional (absent when not given)', () => {
    const axes = [{ id: 'truc-1', label: 'Chuyển đổi số' }, { id: 'truc-2', label: 'Cải cách hành chính' }];
    const r = parseOverlayFile({ ...minimal(), resultAxes: axes });
    expect(r.ok && r.value.resultAxes).toEqual(axes);
    const plain = parseOverlayFile(minimal());
    expect(plain.ok && plain.value.resultAxes).toBeUndefined();
  });

  it('keeps the grading slot generic', () => {
    const r = parseOverlayFile({ ...minimal(), grading: [{ anything: 1 }, 'x'] });
    expect(r.ok && r.value.grading).toEqual([{ anything: 1 }, 'x']);
  });
});
