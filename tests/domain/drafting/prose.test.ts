import { describe, expect, it } from 'vitest';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';
import { composeSection } from '../../../domain/drafting/compose';
import { capitalize, flatBrackets, withUnit } from '../../../domain/drafting/prose';
import { emptyFacts } from '../../../domain/drafting/new-draft';
import { DraftFactsSchema } from '../../../domain/schemas/facts';

const units = writableUnits(getFormModel('qd366-2025', '02B')!);
const unit = (id: string) => units.find((u) => u.id === id)!;
const facts = (over: Record<string, unknown>) => DraftFactsSchema.parse({ ...emptyFacts(), ...over });

describe('prose helpers', () => {
  it.each([
    ['lập lịch nộp báo cáo', 'Lập lịch nộp báo cáo'],
    ['đọc tài liệu', 'Đọc tài liệu'],
    ['ưu tiên việc khó', 'Ưu tiên việc khó'],
    ['Đã làm', 'Đã làm'],
    ['"tham gia" đủ', '"Tham gia" đủ'],
    ['12 buổi', '12 buổi'],
    ['(a) làm', '(A) làm'],
    ['', ''],
  ])('capitalize(%j) = %j', (s, out) => expect(capitalize(s)).toBe(out));

  it.each([
    ['Chậm nộp báo cáo (2 lần)', 'Chậm nộp báo cáo, 2 lần'],
    ['Báo cáo (quý (II))', 'Báo cáo, quý, II'],
    ['Không có ngoặc', 'Không có ngoặc'],
    ['Ngoặc rỗng ()', 'Ngoặc rỗng'],
    ['Ngoặc vuông [số 15]', 'Ngoặc vuông, số 15'],
  ])('flatBrackets(%j) = %j', (s, out) => expect(flatBrackets(s)).toBe(out));

  it.each([
    ['132', 'hồ sơ', '132 hồ sơ'],
    ['132', undefined, '132'],
    ['132', '', '132'],
    ['132 hồ sơ', 'hồ sơ', '132 hồ sơ'],
    ['132 HO SO', 'hồ sơ', '132 HO SO'],
    ['95', '%', '95%'],
    ['Đạt yêu cầu', 'hồ sơ', 'Đạt yêu cầu'],
    ['', 'hồ sơ', ''],
  ])('withUnit(%j, %j) = %j', (v, u, out) => expect(withUnit(v, u)).toBe(out));
});

describe('composed sections: capitals, no nested brackets, units kept', () => {
  const f = facts({
    tasks: [{ id: 't', name: 'thẩm định hồ sơ đất đai', target: '120', result: '132', unit: 'hồ sơ', completed: true, exceeded: true, onTime: true }],
    achievements: [{ id: 'a', text: 'được tặng giấy khen', evidence: 'Quyết định (số 12)' }],
    shortcomings: [
      { id: 's', text: 'chậm nộp báo cáo (2 lần)', causes: [{ kind: 'chu-quan', text: 'chưa lập lịch' }], remedy: 'lập lịch nộp báo cáo', deadline: '2027-06-30', sharedWithCollective: true },
    ],
    carryOver: [{ id: 'c', shortcoming: 'ít đọc tài liệu', status: 'chua-khac-phuc', detail: '' }],
  });

  it('task result and target keep their unit', () => {
    expect(composeSection(unit('A.I.2'), f).text).toContain('- Thẩm định hồ sơ đất đai (chỉ tiêu: 120 hồ sơ): 132 hồ sơ (vượt mức).');
  });

  it.each(['A.I.2', 'A.II.1', 'A.II.2', 'A.III', 'A.V', 'A.VI'])('%s: every line starts with a capital, no bracket inside a bracket', (id) => {
    const text = composeSection(unit(id), f).text;
    expect(text).not.toBe('');
    for (const line of text.split('\n')) {
      const first = line.replace(/^(\d+\.|-)\s*/, '').charAt(0);
      expect(first, line).toBe(first.toLocaleUpperCase('vi'));
      let depth = 0;
      let max = 0;
      for (const ch of line) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        max = Math.max(max, depth);
      }
      expect(max, line).toBeLessThanOrEqual(1);
    }
  });

  it('section VI reads as before with a capital and flattened brackets', () => {
    expect(composeSection(unit('A.VI'), f).text).toBe(
      '1. Lập lịch nộp báo cáo (khắc phục hạn chế: chậm nộp báo cáo, 2 lần); thời hạn hoàn thành: ngày 30 tháng 6 năm 2027.',
    );
  });
});
