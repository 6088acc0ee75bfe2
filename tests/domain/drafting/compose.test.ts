import { describe, expect, it } from 'vitest';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';
import { composeSection } from '../../../domain/drafting/compose';
import { hashText, shouldAskBeforeCompose } from '../../../domain/drafting/hash';
import { facts, tasks } from './fixtures';

const units25 = writableUnits(getFormModel('qd366-2025', '02B')!);
const units23 = writableUnits(getFormModel('qd124-2023', '02A')!);
const unit = (id: string, units = units25) => units.find((u) => u.id === id)!;

describe('composeSection: task results with vi-VN figures', () => {
  it.each([
    [12, 12, 4, 0, 'Hoàn thành 12/12 nhiệm vụ được giao (100%), trong đó 4 nhiệm vụ vượt mức (33,3%).'],
    [8, 8, 1, 0, 'Hoàn thành 8/8 nhiệm vụ được giao (100%), trong đó 1 nhiệm vụ vượt mức (12,5%).'],
    [10, 9, 0, 0, 'Hoàn thành 9/10 nhiệm vụ được giao (90%).'],
    [3, 3, 0, 1, 'Hoàn thành 3/3 nhiệm vụ được giao (100%).'],
  ])('%i tasks, %i done, %i exceeded, %i late', (n, done, ex, late, first) => {
    const { text } = composeSection(unit('A.I.2'), facts({ tasks: tasks(n, done, ex, late) }));
    expect(text.split('\n')[0]).toBe(first);
  });

  it('adds late and not-completed lines and one line per task with target and product', () => {
    const f = facts({
      tasks: [
        { id: 'a', name: 'Thẩm định hồ sơ', target: '100 hồ sơ', result: 'Thẩm định 120 hồ sơ', completed: true, exceeded: true, onTime: true, evidence: 'Sổ theo dõi' },
        { id: 'b', name: 'Báo cáo quý', result: 'Nộp 3/4 báo cáo', completed: false, onTime: false },
      ],
    });
    expect(composeSection(unit('A.I.2'), f).text).toBe(
      [
        'Hoàn thành 1/2 nhiệm vụ được giao (50%), trong đó 1 nhiệm vụ vượt mức (50%).',
        'Có 1 nhiệm vụ chậm tiến độ (50%).',
        'Còn 1 nhiệm vụ chưa hoàn thành (50%).',
        'Cụ thể:',
        '- Thẩm định hồ sơ (chỉ tiêu: 100 hồ sơ): Thẩm định 120 hồ sơ; sản phẩm: Sổ theo dõi (vượt mức).',
        '- Báo cáo quý: Nộp 3/4 báo cáo (chậm tiến độ, chưa hoàn thành).',
      ].join('\n'),
    );
  });

  it('appends achievements after tasks and says when completion is unknown', () => {
    const f = facts({ tasks: [{ id: 'a', name: 'Soạn quy chế' }], achievements: [{ id: 'x', text: 'Được tặng giấy khen', evidence: 'QĐ số 12' }] });
    expect(composeSection(unit('A.I.2'), f).text).toBe(
      [
        'Hoàn thành 0/1 nhiệm vụ được giao (0%).',
        'Có 1 nhiệm vụ chưa ghi rõ đã hoàn thành hay chưa.',
        'Cụ thể:',
        '- Soạn quy chế: chưa ghi kết quả.',
        'Kết quả nổi bật:',
        '- Được tặng giấy khen (minh chứng: QĐ số 12).',
      ].join('\n'),
    );
  });
});

describe('composeSection: shortcomings, causes, carry-over, suggestions, remedies', () => {
  const f = facts({
    shortcomings: [
      {
        id: 's1',
        text: 'Chậm nộp báo cáo tháng.',
        causes: [
          { kind: 'khach-quan', text: 'Khối lượng công việc lớn' },
          { kind: 'chu-quan', text: 'Chưa sắp xếp thời gian hợp lý' },
        ],
        remedy: 'Lập lịch nộp báo cáo',
        deadline: '2026-02-05',
        sharedWithCollective: true,
      },
      { id: 's2', text: 'Ít tham gia ý kiến', causes: [{ kind: 'chu-quan', text: 'chưa sắp xếp  thời gian hợp lý' }], remedy: 'Chuẩn bị ý kiến trước mỗi cuộc họp' },
    ],
    carryOver: [
      { id: 'c1', shortcoming: 'Chưa thành thạo phần mềm', status: 'da-khac-phuc', detail: 'đã học xong lớp tin học' },
      { id: 'c2', shortcoming: 'Chậm cập nhật hồ sơ', status: 'dang-khac-phuc', detail: 'đã cập nhật 80%' },
      { id: 'c3', shortcoming: 'Ít đọc tài liệu', status: 'chua-khac-phuc', detail: '' },
      { id: 'c4', shortcoming: 'Đi họp muộn' },
    ],
    suggestions: [
      { id: 'g1', point: 'Việc chậm trả lời đơn thư', answer: 'Đã trả lời 5/5 đơn trong tháng 10' },
      { id: 'g2', point: 'Phối hợp với đoàn thể', answer: '' },
    ],
  });

  it.each([
    ['A.II.1', '1. Chậm nộp báo cáo tháng.\n2. Ít tham gia ý kiến.'],
    ['A.II.2', '- Nguyên nhân chủ quan: Chưa sắp xếp thời gian hợp lý.\n- Nguyên nhân khách quan: Khối lượng công việc lớn.'],
    [
      'A.III',
      '1. Chưa thành thạo phần mềm: đã khắc phục; đã học xong lớp tin học.\n2. Chậm cập nhật hồ sơ: đang khắc phục, mức độ khắc phục: đã cập nhật 80%.\n3. Ít đọc tài liệu: chưa khắc phục.\n4. Đi họp muộn: chưa đánh giá kết quả khắc phục.',
    ],
    [
      'A.IV',
      '1. Vấn đề được gợi ý: Việc chậm trả lời đơn thư.\nGiải trình: Đã trả lời 5/5 đơn trong tháng 10.\n2. Vấn đề được gợi ý: Phối hợp với đoàn thể.\nGiải trình: (chưa giải trình).',
    ],
    ['A.V', '- Chậm nộp báo cáo tháng: bản thân chịu trách nhiệm cùng tập thể.'],
    [
      'A.VI',
      '1. Lập lịch nộp báo cáo (khắc phục hạn chế: Chậm nộp báo cáo tháng); thời hạn hoàn thành: ngày 05 tháng 02 năm 2026.\n2. Chuẩn bị ý kiến trước mỗi cuộc họp (khắc phục hạn chế: Ít tham gia ý kiến).',
    ],
  ])('2025 %s', (id, expected) => expect(composeSection(unit(id), f).text).toBe(expected));

  it.each([
    ['II.1', 'A.II.1'],
    ['III', 'A.III'],
    ['VI', 'A.VI'],
  ])('2023 %s composes like 2025 %s', (id23, id25) => {
    expect(composeSection(unit(id23, units23), f).text).toBe(composeSection(unit(id25), f).text);
  });

  it('writes nothing for a collective in the personal share section, and nothing without facts', () => {
    expect(composeSection(unit('A.V'), f, { subject: 'collective' }).text).toBe('');
    expect(composeSection(unit('A.I.1'), f).text).toBe('');
    expect(composeSection(unit('A.II.1'), facts()).text).toBe('');
  });

  it('normalises decomposed input to NFC and is deterministic', () => {
    const nfd = facts({ shortcomings: [{ id: 's', text: 'Chậm nộp báo cáo'.normalize('NFD') }] });
    const a = composeSection(unit('A.II.1'), nfd);
    expect(a.text).toBe('1. Chậm nộp báo cáo.');
    expect(a.text).toBe(a.text.normalize('NFC'));
    expect(a.hash).toBe(composeSection(unit('A.II.1'), facts({ shortcomings: [{ id: 's', text: 'Chậm nộp báo cáo' }] })).hash);
    expect(a.hash).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('shouldAskBeforeCompose', () => {
  const composed = '1. Chậm nộp báo cáo.';
  it.each([
    ['empty slot', { text: '' }, false],
    ['whitespace only', { text: '  \n' }, false],
    ['untouched composed text', { text: composed, composedHash: hashText(composed) }, false],
    ['edited after composing', { text: composed + ' Thêm ý.', composedHash: hashText(composed) }, true],
    ['typed by the user', { text: 'Tự viết', composedHash: undefined }, true],
  ])('%s -> %s', (_name, content, ask) => expect(shouldAskBeforeCompose(content)).toBe(ask));

  it('treats no stored content as empty', () => expect(shouldAskBeforeCompose(undefined)).toBe(false));
});
