import { describe, expect, it } from 'vitest';
import { writableUnits } from '../../../domain/forms';
import { getFormModel } from '../../../domain/rulebooks';
import { composeSection } from '../../../domain/drafting/compose';
import { checkDraft, hasFigureOrProduct, isDenial, reviewDraft } from '../../../domain/drafting/check';
import { findCliches } from '../../../domain/drafting/cliches';
import type { Flag } from '../../../domain/drafting/flags';
import { draft, profile } from './fixtures';

const form25 = getFormModel('qd366-2025', '02B')!;
const form23 = getFormModel('qd124-2023', '02A')!;

/** Every required 2025 02B unit filled with distinct, concrete text. */
const full = (over: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    'A.I.1': 'Giữ vững phẩm chất, không vi phạm những điều đảng viên không được làm.',
    'A.I.2': 'Hoàn thành 12/12 nhiệm vụ được giao, trong đó 4 nhiệm vụ vượt mức.',
    'A.I.3': 'Hoàn thành lớp bồi dưỡng lý luận chính trị tháng 6.',
    'A.II.1': 'Chậm nộp báo cáo tháng 3.',
    'A.II.2': 'Chủ quan: chưa sắp xếp thời gian hợp lý.',
    'A.III': 'Kỳ trước không có hạn chế được chỉ ra.',
    'A.VI': 'Lập lịch nộp báo cáo trước ngày 05 hằng tháng.',
  };
  return Object.fromEntries(Object.entries({ ...base, ...over }).map(([k, text]) => [k, { text }]));
};
const kinds = (flags: Flag[]) => flags.map((f) => `${f.kind}@${f.unitId}`);

describe('hasFigureOrProduct', () => {
  it.each([
    ['Hoàn thành 12/12 nhiệm vụ', true],
    ['Đạt 95% kế hoạch', true],
    ['Tham mưu ban hành đề án chuyển đổi số', true],
    ['Hoàn thành các báo cáo đúng hạn', true],
    ['Có sáng kiến được công nhận', true],
    ['Tiếp nhận hơn một trăm hồ sơ'.replace('hồ sơ', 'lượt hỏi'), true],
    ['Hoàn thành tốt các nhiệm vụ được giao', false],
    ['Thực hiện nhiệm vụ năm 2025 theo Điều 6 Quy định 366', false],
    ['Hoàn thành trước ngày 05 tháng 02 năm 2026', false],
    ['Hoàn thành trước ngày 31/12', false],
    ['Hoàn thành trước 31/12/2025', false],
    ['Hoan thanh SAN PHAM duoc giao', true],
  ])('%s -> %s', (text, out) => expect(hasFigureOrProduct(text)).toBe(out));
});

describe('isDenial and clichés', () => {
  it.each([
    ['Không có.', true],
    ['không có hạn chế, khuyết điểm', true],
    ['Không', true],
    ['Chưa có hạn chế nào', true],
    ['', true],
    ['Không kịp thời báo cáo kết quả 3 nhiệm vụ trong quý II, để cấp trên phải nhắc nhiều lần', false],
    ['Chậm nộp báo cáo', false],
  ])('isDenial(%j) = %s', (text, out) => expect(isDenial(text)).toBe(out));

  it.each([
    ['Luôn hoàn thành tốt mọi nhiệm vụ được giao.', ['hoan-thanh-tot-moi-nhiem-vu']],
    ['LUON HOAN THANH TOT MOI NHIEM VU', ['hoan-thanh-tot-moi-nhiem-vu']],
    ['Có lập trường tư tưởng chính trị vững vàng; lối sống giản dị, lành mạnh.', ['lap-truong-vung-vang', 'loi-song-gian-di']],
    ['Có lập trường tư tưởng chính trị vững vàng'.normalize('NFD'), ['lap-truong-vung-vang']],
    ['Nguyên nhân: do khối lượng công việc nhiều.', ['cong-viec-nhieu']],
    ['Hoàn thành 12/12 nhiệm vụ.', []],
  ])('findCliches(%j)', (text, keys) => expect(findCliches(text).map((c) => c.key)).toEqual(keys));
});

describe('checkDraft', () => {
  it('a complete, concrete draft has no flags', () => {
    expect(checkDraft(draft({ sections: full() }), form25)).toEqual([]);
  });

  it('flags every empty required unit, not the "(nếu có)" ones', () => {
    expect(kinds(checkDraft(draft({}), form25))).toEqual([
      'empty-required@A.I.1',
      'empty-required@A.I.2',
      'empty-required@A.I.3',
      'empty-required@A.II.1',
      'empty-required@A.II.2',
      'empty-required@A.III',
      'empty-required@A.VI',
    ]);
  });

  it.each([
    // A stock claim of the broader list (QĐ 366 Phụ lục 4 wording, reports on formal reviews) is flagged too.
    ['Hoàn thành tốt các nhiệm vụ được giao trong năm.', ['no-figures@A.I.2', 'cliche@A.I.2']],
    ['Hoàn thành 10/12 nhiệm vụ.', []],
    ['Luôn hoàn thành tốt mọi nhiệm vụ được giao.', ['no-figures@A.I.2', 'cliche@A.I.2']],
  ])('results text %j -> %j', (text, expected) => {
    expect(kinds(checkDraft(draft({ sections: full({ 'A.I.2': text }) }), form25))).toEqual(expected);
  });

  it.each([
    ['Không có.', ['shortcomings-denied@A.II.1']],
    ['', ['shortcomings-denied@A.II.1']],
    ['Chậm nộp báo cáo tháng 3.', []],
  ])('shortcomings text %j while facts list one -> %j', (text, expected) => {
    const d = draft({
      sections: full({ 'A.II.1': text }),
      facts: { shortcomings: [{ id: 's1', text: 'Chậm nộp báo cáo', causes: [{ kind: 'chu-quan', text: 'Chủ quan' }], remedy: 'Lập lịch', deadline: '2026-02-05' }] },
    });
    expect(kinds(checkDraft(d, form25))).toEqual(expected);
  });

  it('a denial with no shortcomings in the facts is not flagged as denied', () => {
    expect(kinds(checkDraft(draft({ sections: full({ 'A.II.1': 'Không có.' }) }), form25))).toEqual([]);
  });

  it.each([
    [{ causes: [], remedy: 'Lập lịch', deadline: '2026-02-05' }, ['shortcoming-no-cause@A.II.2']],
    [{ causes: [{ kind: 'khach-quan', text: 'Việc nhiều' }], remedy: 'Lập lịch', deadline: '2026-02-05' }, ['only-objective-causes@A.II.2']],
    [{ causes: [{ kind: 'chu-quan', text: 'Chưa sắp xếp' }], deadline: '2026-02-05' }, ['shortcoming-no-remedy@A.VI']],
    [{ causes: [{ kind: 'chu-quan', text: 'Chưa sắp xếp' }], remedy: 'Lập lịch' }, ['shortcoming-no-deadline@A.VI']],
    [{ causes: [{ kind: 'chu-quan', text: 'Chưa sắp xếp' }, { kind: 'khach-quan', text: 'Việc nhiều' }], remedy: 'Lập lịch', deadline: '2026-02-05' }, []],
  ])('shortcoming facts %j -> %j', (s, expected) => {
    const d = draft({ sections: full(), facts: { shortcomings: [{ id: 's1', text: 'Chậm nộp báo cáo', ...s }] } });
    expect(kinds(checkDraft(d, form25))).toEqual(expected);
  });

  it.each([
    ['Nguyên nhân khách quan: việc nhiều, thiếu người.', ['only-objective-causes@A.II.2']],
    ['Nguyên nhân chủ quan: chưa sắp xếp; khách quan: việc nhiều.', []],
  ])('causes text %j -> %j', (text, expected) => {
    expect(kinds(checkDraft(draft({ sections: full({ 'A.II.2': text }) }), form25))).toEqual(expected);
  });

  it('flags a sentence repeated across sections (6 words or more), with both places in the message', () => {
    const s = 'Luôn gương mẫu thực hiện nhiệm vụ được phân công.';
    const flags = checkDraft(draft({ sections: full({ 'A.I.1': s, 'A.I.3': 'Hoàn thành lớp bồi dưỡng. ' + s }) }), form25);
    expect(kinds(flags)).toEqual(['repeated-sentence@A.I.3']);
    expect(flags[0]!.message).toContain('mục A.I.3');
    expect(flags[0]!.message).toContain('mục A.I.1');
    const shortRepeat = checkDraft(draft({ sections: full({ 'A.I.1': 'Đạt yêu cầu đề ra.', 'A.I.3': 'Đạt yêu cầu đề ra.' }) }), form25);
    expect(kinds(shortRepeat)).toEqual([]);
  });

  it('dismissed flags leave the list but stay listed with the reason; grade flags merge in', () => {
    const gradeFlag: Flag = { id: 'grade:htxs', unitId: '', kind: 'grade', severity: 'warning', message: 'Mức đề xuất cao hơn điều kiện cho phép.' };
    const d = draft({
      sections: full({ 'A.I.2': 'Hoàn thành tốt các nhiệm vụ.' }),
      assessment: { dismissedFlags: { 'no-figures:A.I.2': 'Đã gửi kèm phụ lục số liệu' } },
    });
    const review = reviewDraft(d, form25, { gradeFlags: [gradeFlag] });
    expect(review.flags.map((f) => f.id)).toEqual(['grade:htxs']);
    expect(review.dismissed).toMatchObject([{ id: 'no-figures:A.I.2', reason: 'Đã gửi kèm phụ lục số liệu' }]);
    expect(checkDraft(d, form25)).toEqual([]);
  });

  it('checks 2023 forms by their own unit ids and cites QĐ 124', () => {
    const flags = checkDraft(draft({ rulebookId: 'qd124-2023', formCode: '02A', reviewYear: 2024, sections: { 'I.2': { text: 'Hoàn thành tốt nhiệm vụ.' } } }), form23);
    const nf = flags.find((f) => f.kind === 'no-figures')!;
    expect(nf.unitId).toBe('I.2');
    expect(nf.rule?.clause).toBe('QĐ 124 Điều 10');
    expect(flags.filter((f) => f.kind === 'empty-required').map((f) => f.unitId)).toEqual(['I.1', 'I.3', 'II.1', 'II.2', 'III', 'VI']);
  });

  it('leader-only items of the 2018 single form are not required of non-leaders', () => {
    const form18 = getFormModel('qd132-2018', '02')!;
    const nonLeader = profile(2022, { kind: 'individual', fullName: 'A', occupation: 'cong-chuc' });
    const leader = profile(2022, { kind: 'individual', fullName: 'B', leadershipPosts: [{ title: 'Trưởng phòng' }] });
    const empties = (p: typeof leader) =>
      checkDraft(draft({ rulebookId: 'qd132-2018', formCode: '02', reviewYear: 2022, profile: p }), form18)
        .filter((f) => f.unitId.startsWith('I.'))
        .map((f) => f.unitId);
    expect(empties(nonLeader)).toEqual(['I.1', 'I.2', 'I.6']);
    expect(empties(leader)).toEqual(['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6']);
  });

  it('messages are Vietnamese NFC and name the place', () => {
    for (const f of checkDraft(draft({ sections: { 'A.I.2': { text: 'Hoàn thành tốt.'.normalize('NFD') } } }), form25)) {
      expect(f.message).toBe(f.message.normalize('NFC'));
      expect(f.message).toMatch(/mục A\.[IV]+/);
    }
  });
});

describe('composed drafts pass their own checks', () => {
  it('composing every unit from complete facts leaves only the units facts cannot fill', () => {
    const f = {
      tasks: [
        { id: 't1', name: 'Thẩm định hồ sơ đăng ký kinh doanh', result: 'Thẩm định 120 hồ sơ', completed: true, exceeded: true, onTime: true },
        { id: 't2', name: 'Báo cáo tổng kết công tác tư pháp', result: 'Nộp đúng hạn', completed: true, onTime: true },
      ],
      shortcomings: [
        {
          id: 's1',
          text: 'Chậm nộp báo cáo tháng của phòng trong quý ba',
          causes: [{ kind: 'chu-quan', text: 'Chưa sắp xếp thời gian hợp lý' }],
          remedy: 'Lập lịch nộp báo cáo hằng tháng',
          deadline: '2026-02-05',
          sharedWithCollective: true,
        },
      ],
      carryOver: [{ id: 'c1', shortcoming: 'Chậm nộp báo cáo tháng của phòng trong quý ba', status: 'dang-khac-phuc', detail: 'đã nộp đúng hạn 9/12 tháng' }],
      suggestions: [{ id: 'g1', point: 'Việc chậm trả lời đơn thư của công dân', answer: 'Đã trả lời 5/5 đơn trong tháng 10' }],
    };
    const d0 = draft({ facts: f });
    const sections = Object.fromEntries(
      writableUnits(form25).map((u) => {
        const c = composeSection(u, d0.facts);
        return [u.id, { text: c.text, composedHash: c.hash }];
      }),
    );
    expect(kinds(checkDraft({ ...d0, sections }, form25))).toEqual(['empty-required@A.I.1', 'empty-required@A.I.3']);
  });
});
