import { describe, expect, it } from 'vitest';
import { allRules, ruleCountsBySource, rulesForSource } from '../../../domain/rules-index';
import {
  certaintyCounts,
  certaintySummary,
  citeSource,
  formatSourceDate,
  groupSources,
  isSourceRef,
  listSources,
  sourceById,
  SOURCE_IDS,
} from '../../../domain/sources';

const records = listSources();

describe('catalogue of sources', () => {
  it('has one record per id, in id order', () => {
    expect(records.map((r) => r.id)).toEqual([...SOURCE_IDS]);
  });

  it('every rule shipped with the product cites a catalogued document', () => {
    const bad = allRules().filter((r) => !isSourceRef(r.source) || !sourceById(r.source.doc));
    expect(bad.map((r) => `${r.id}: ${JSON.stringify(r.source)}`)).toEqual([]);
  });

  it('every place inside a document is a short non-empty text when given', () => {
    const bad = allRules().filter((r) => isSourceRef(r.source) && r.source.at !== undefined && !(r.source.at.trim() && r.source.at.length <= 120));
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('every record is used by at least one rule', () => {
    const counts = ruleCountsBySource();
    expect(records.filter((r) => !counts.get(r.id)).map((r) => r.id)).toEqual([]);
  });

  it.each(records.map((r) => [r.id, r] as const))('%s: well-formed', (_id, r) => {
    expect(r.title.trim().length).toBeGreaterThan(10);
    expect(r.issuer.trim().length).toBeGreaterThan(3);
    expect(r.summary.length).toBeGreaterThan(10);
    expect(r.summary.length).toBeLessThanOrEqual(200);
    if (r.date) expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(r.years.from).toBeGreaterThanOrEqual(2018);
    if (r.years.to !== undefined) expect(r.years.to).toBeGreaterThanOrEqual(r.years.from);
    if ('url' in r.readAt) expect(r.readAt.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    else expect(r.readAt.paper.length).toBeGreaterThan(5);
    if (r.replaces) expect(sourceById(r.replaces)?.kind).toBe(r.kind);
    const json = JSON.stringify(r);
    expect(json).toBe(json.normalize('NFC'));
  });

  it('grades every document under exactly one era, the current era first', () => {
    const groups = groupSources();
    expect(groups.map((g) => g.era.id)).toEqual(['2025', '2023', '2018']);
    const placed = groups.flatMap((g) => g.kinds.flatMap((k) => k.records.map((r) => r.id)));
    expect([...placed].sort()).toEqual([...SOURCE_IDS].sort());
    expect(groups[0]!.kinds.find((k) => k.kind === 'quy-dinh')?.records.map((r) => r.id)).toEqual(['qd366-2025']);
  });

  it('finds the rules that cite a document', () => {
    const rules = rulesForSource('nd335-2025');
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.every((r) => /NĐ 335/.test(r.clause))).toBe(true);
    expect(rulesForSource('khong-co')).toEqual([]);
  });
});

describe('citing and dating', () => {
  it.each([
    ['2025-08-30', '30/08/2025'],
    ['2023-11', '11/2023'],
    ['2024', '2024'],
    [undefined, 'không rõ ngày'],
  ] as const)('date %s → %s', (date, text) => expect(formatSourceDate(date)).toBe(text));

  it.each([
    [{ doc: 'qd366-2025', at: 'Điều 11' } as const, 'Quy định số 366-QĐ/TW (30/08/2025) của Bộ Chính trị — Điều 11'],
    [{ doc: 'nd335-2025' } as const, 'Nghị định số 335/2025/NĐ-CP (21/12/2025) của Chính phủ'],
    [{ doc: 'cv1058-sgddt-hcm-2024', at: 'mục 3' } as const, 'Công văn số 1058-CV/ĐU (2024) của Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo TP. Hồ Chí Minh — mục 3'],
    [{ doc: 'luat-vien-chuc-2025' } as const, '«Luật Viên chức (sửa đổi), hiệu lực từ 01/7/2026» (không rõ ngày) của Quốc hội'],
    ['Hướng dẫn do Đảng ủy phường soạn trong ứng dụng', 'Hướng dẫn do Đảng ủy phường soạn trong ứng dụng'],
  ])('%j → %s', (source, text) => expect(citeSource(source)).toBe(text));
});

describe('certainty summary of a screen', () => {
  const rule = (id: string, certainty: 'verified' | 'secondary' | 'uncertain') => ({ id, certainty });
  it.each([
    [[], undefined],
    [[rule('a', 'verified')], undefined],
    [[rule('a', 'secondary')], 'Trong 1 quy tắc dùng ở đây, 1 dựa trên văn bản trích dẫn (chưa đối chiếu bản gốc).'],
    [[rule('a', 'secondary'), rule('a', 'secondary'), rule('b', 'uncertain'), rule('c', 'verified')], 'Trong 3 quy tắc dùng ở đây, 1 dựa trên văn bản trích dẫn (chưa đối chiếu bản gốc), 1 chưa chắc chắn.'],
    [[rule('b', 'uncertain')], 'Trong 1 quy tắc dùng ở đây, 1 chưa chắc chắn.'],
  ])('%j → %s', (rules, text) => expect(certaintySummary(rules)).toBe(text));

  it('counts each rule id once', () => {
    expect(certaintyCounts([rule('a', 'secondary'), rule('a', 'secondary'), rule('b', 'verified')])).toEqual({ verified: 1, secondary: 1, uncertain: 0 });
  });
});
