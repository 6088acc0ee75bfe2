import { describe, expect, it } from 'vitest';
import { parseOverlayFile, parseOverlayImport } from '../../../domain/overlays/index';

const minimal = () => ({
  v: 1,
  id: 'phuong-a-2026',
  name: 'Hướng dẫn của Đảng ủy phường A',
  issuer: 'Đảng ủy phường A',
  appliesTo: { rulebookIds: ['qd366-2025'] },
  rule: { id: 'x', clause: 'Hướng dẫn 1-HD/ĐU', source: 'tệp', certainty: 'secondary' },
});
const c = (id: string, max: number, label = `Tiêu chí ${id}`) => ({ id, label, max });
// As a person imports the file (unknown keys refused).
const parse = (quarterCriteria: unknown) => parseOverlayImport({ ...minimal(), quarterCriteria });

describe('overlay quarterCriteria (sub-criteria of the quarterly self-evaluation)', () => {
  it('is optional: absent when not given', () => {
    const r = parseOverlayFile(minimal());
    expect(r.ok && r.value.quarterCriteria).toBeUndefined();
  });

  it.each([
    ['general at 30 (15 + 15)', { general: [c('a', 15), c('b', 15)] }],
    ['general at 30 in one criterion', { general: [c('a', 30)] }],
    ['general under 30 with decimals', { general: [c('a', 10.5), c('b', 19.5)] }],
    ['results at 70', { results: [c('kq', 70)] }],
    ['results at 70 (0,1 steps)', { results: [c('a', 0.1), c('b', 0.2), c('c', 69.7)] }],
    ['both groups at their limits', { general: [c('a', 30)], results: [c('a', 70)] }],
  ])('%s is accepted and read back unchanged', (_name, criteria) => {
    const r = parse(criteria);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.quarterCriteria).toEqual(criteria);
  });

  it.each([
    ['general at 30,5', { general: [c('a', 15), c('b', 15.5)] },
      'Trường «quarterCriteria.general»: tổng điểm tối đa các tiêu chí là 30,5, vượt 30 điểm của nhóm tiêu chí chung.'],
    ['results at 71', { results: [c('a', 40), c('b', 31)] },
      'Trường «quarterCriteria.results»: tổng điểm tối đa các tiêu chí là 71, vượt 70 điểm của nhóm tiêu chí về kết quả thực hiện nhiệm vụ.'],
    ['duplicate id in general', { general: [c('a', 10), c('a', 10)] }, 'Trường «quarterCriteria.general[1].id»: mã «a» bị trùng.'],
    ['duplicate id in results', { results: [c('x', 10), c('y', 10), c('x', 10)] }, 'Trường «quarterCriteria.results[2].id»: mã «x» bị trùng.'],
    ['max 0', { general: [c('a', 0)] }, 'Trường «quarterCriteria.general[0].max»: điểm tối đa phải lớn hơn 0.'],
    ['max negative', { results: [c('a', -5)] }, 'Trường «quarterCriteria.results[0].max»: điểm tối đa phải lớn hơn 0.'],
    ['max not a number', { results: [c('a', '10' as unknown as number)] }, 'Trường «quarterCriteria.results[0].max»: cần số điểm tối đa.'],
    ['empty label', { general: [c('a', 10, '')] }, 'Trường «quarterCriteria.general[0].label»: không được để trống.'],
    ['bad id', { general: [c('Tiêu chí 1', 10)] }, 'Trường «quarterCriteria.general[0].id»'],
    ['unknown group', { other: [c('a', 10)] }, 'Trường «quarterCriteria.other»: không có trường này.'],
  ])('%s is refused with a Vietnamese message naming the field', (_name, criteria, expected) => {
    const r = parse(criteria);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(expected);
  });

  it('the same id may appear in both groups (ids are unique within a group)', () => {
    const r = parse({ general: [c('chung', 30)], results: [c('chung', 70)] });
    expect(r.ok).toBe(true);
  });
});
