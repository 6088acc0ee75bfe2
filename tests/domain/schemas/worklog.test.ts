import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../domain/schemas/errors';
import { parseStrict } from '../../../domain/schemas/strict';
import { ATTACHMENT_MAX_BYTES, WorklogEntrySchema, WorklogSchema } from '../../../domain/schemas/worklog';
import { QuarterEvaluationSchema, QuarterSetSchema } from '../../../domain/schemas/quarter-evaluation';
import { StateEvaluationSchema } from '../../../domain/schemas/state-evaluation';

const entry = (over: Record<string, unknown> = {}) => ({ id: 'a', title: 'Báo cáo quý', status: 'dung-han', ...over });
const entryErrors = (over: Record<string, unknown>) => {
  const r = parseWith(WorklogEntrySchema, entry(over));
  return r.ok ? [] : r.errors;
};

describe('work-log entry', () => {
  it('fills the version and the kind', () => {
    const r = parseWith(WorklogEntrySchema, entry());
    expect(r).toEqual({ ok: true, value: { v: 1, id: 'a', kind: 'nhiem-vu', title: 'Báo cáo quý', status: 'dung-han' } });
  });

  it.each([
    [{ status: 'xong' }, 'Trường «status»: giá trị không hợp lệ; chỉ nhận: "dung-han", "cham", "chua-hoan-thanh", "vuot-tien-do", "vuot-chat-luong".'],
    [{ title: '  ' }, 'Trường «title»: cần tên nhiệm vụ hoặc sản phẩm.'],
    [{ assignedOn: '2026-03-10', deadline: '2026-03-01' }, 'Trường «deadline»: hạn (2026-03-01) trước ngày giao «assignedOn» (2026-03-10).'],
    [{ assignedOn: '2026-03-10', doneOn: '2026-03-09' }, 'Trường «doneOn»: ngày hoàn thành (2026-03-09) trước ngày giao «assignedOn» (2026-03-10).'],
    [{ status: 'chua-hoan-thanh', doneOn: '2026-03-09' }, 'Trường «doneOn»: nhiệm vụ «chưa hoàn thành» thì không có ngày hoàn thành.'],
    [{ deadline: '2026-03-10', doneOn: '2026-03-11' }, 'Trường «status»: hoàn thành ngày 2026-03-11, sau hạn «deadline» (2026-03-10): trạng thái phải là «cham» (hoàn thành chậm).'],
    [{ deadline: '31/3/2026' }, 'Trường «deadline»: cần ngày dạng YYYY-MM-DD.'],
    [{ quantity: { amount: -1, unit: 'văn bản' } }, 'Trường «quantity.amount»: số lượng không được âm.'],
    [{ quantity: { amount: 2, unit: '' } }, 'Trường «quantity.unit»: cần đơn vị tính (văn bản, hồ sơ, cuộc…).'],
  ])('%j → %s', (over, message) => expect(entryErrors(over)).toEqual([message]));

  it.each([
    [{ deadline: '2026-03-10', doneOn: '2026-03-10' }],
    [{ status: 'cham', deadline: '2026-03-10', doneOn: '2026-03-11' }],
    [{ status: 'vuot-tien-do', deadline: '2026-03-10', doneOn: '2026-03-01' }],
  ])('accepts %j', (over) => expect(entryErrors(over)).toEqual([]));

  it.each([
    [ATTACHMENT_MAX_BYTES, []],
    [ATTACHMENT_MAX_BYTES + 1, ['Trường «evidence.attachment.size»: tệp lớn quá 2 MB (giới hạn của sổ công việc).']],
  ])('attachment of %i bytes', (size, errors) =>
    expect(entryErrors({ evidence: { docNumber: '12/BC', attachment: { id: 'f1', name: 'bc.pdf', size, type: 'application/pdf' } } })).toEqual(errors));

  it('refuses duplicate ids and unknown keys in a file a person wrote', () => {
    const r = parseWith(WorklogSchema, { year: 2026, entries: [entry(), entry()] });
    expect(r).toEqual({ ok: false, errors: ['Trường «entries[1].id»: mã «a» trùng với mục [0].'] });
    expect(parseStrict(WorklogSchema, { year: 2026, entries: [entry({ stauts: 'cham' })] })).toEqual({
      ok: false,
      errors: ['Trường «entries[0].stauts»: không có trường này (có phải «status»?).'],
    });
  });
});

describe('quarter evaluation', () => {
  const q = (over: Record<string, unknown> = {}) => ({ year: 2026, quarter: 2, scores: { general: { score: 28 }, results: { score: 60 } }, ...over });
  const errs = (v: unknown) => {
    const r = parseWith(QuarterEvaluationSchema, v);
    return r.ok ? [] : r.errors;
  };
  it.each([
    [q(), []],
    [q({ quarter: 0 }), ['Trường «quarter»: quý từ 1 đến 4.']],
    [q({ quarter: 5 }), ['Trường «quarter»: quý từ 1 đến 4.']],
    [q({ scores: { general: { score: 30 }, results: { score: 70 } } }), []],
    [q({ scores: { general: { score: 30.5 }, results: { score: 70 } } }), ['Trường «scores.general.score»: tối đa 30 điểm.']],
    [q({ scores: { general: { score: 30 }, results: { score: 70.5 } } }), ['Trường «scores.results.score»: tối đa 70 điểm.']],
    [
      q({ scores: { general: { score: 20, criteria: [{ id: 'n1', label: 'Nhóm 1', max: 18, score: 18 }, { id: 'n2', label: 'Nhóm 2', max: 12, score: 3 }] }, results: { score: 60 } } }),
      ['Trường «scores.general.score»: 20 điểm, khác tổng điểm các tiêu chí «general.criteria» (21).'],
    ],
    [
      q({ scores: { general: { score: 19, criteria: [{ id: 'n1', label: 'Nhóm 1', max: 18, score: 19 }] }, results: { score: 60 } } }),
      ['Trường «scores.general.criteria[0].score»: 19 điểm, lớn hơn điểm tối đa «max» (18).'],
    ],
    [
      q({ scores: { general: { score: 30, criteria: [{ id: 'n1', label: 'Nhóm 1', max: 20, score: 20 }, { id: 'n2', label: 'Nhóm 2', max: 11, score: 10 }] }, results: { score: 60 } } }),
      ['Trường «scores.general.criteria»: tổng điểm tối đa các tiêu chí là 31, vượt 30 điểm của nhóm «general».'],
    ],
  ])('%#', (v, errors) => expect(errs(v)).toEqual(errors));

  it('a set of quarters refuses a repeated quarter and another year', () => {
    const r = parseWith(QuarterSetSchema, { year: 2026, quarters: [q(), q(), q({ year: 2025, quarter: 3 })] });
    expect(r).toEqual({ ok: false, errors: ['Trường «quarters[1].quarter»: quý 2 có hai lần.', 'Trường «quarters[2].year»: năm 2025 khác năm của tệp «year» (2026).'] });
  });
});

describe('state evaluation: which decree for which period', () => {
  const s = (over: Record<string, unknown>) => ({
    occupation: 'vien-chuc',
    regime: 'nd233-2026',
    period: { from: '2026-07-01', to: '2026-09-30' },
    general: 27,
    results: { quantity: 100, quality: 90, progress: 95 },
    ...over,
  });
  const errs = (v: unknown) => {
    const r = parseWith(StateEvaluationSchema, v);
    return r.ok ? [] : r.errors;
  };
  it.each([
    [s({}), []],
    [s({ period: { from: '2026-06-30', to: '2026-09-30' } }), ['Trường «period.from»: NĐ 233/2026 áp dụng từ 01/7/2026: kỳ trước đó theo NĐ 90/2020.']],
    [s({ regime: 'nd90-2020', period: { from: '2026-04-01', to: '2026-06-30' } }), []],
    [s({ regime: 'nd90-2020', period: { from: '2026-04-01', to: '2026-07-01' } }), ['Trường «period.to»: NĐ 90/2020 áp dụng cho viên chức đến 30/6/2026: kỳ sau đó theo NĐ 233/2026.']],
    [s({ regime: 'nd335-2025' }), ['Trường «regime»: viên chức không thuộc NĐ 335/2025: cần «nd90-2020» (đến 30/6/2026) hoặc «nd233-2026» (từ 01/7/2026).']],
    [s({ occupation: 'cong-chuc', regime: 'nd335-2025', period: { from: '2026-01-01', to: '2026-03-31' } }), []],
    [s({ occupation: 'cong-chuc', regime: 'nd335-2025', period: { from: '2025-12-31', to: '2026-03-31' } }), ['Trường «period.from»: NĐ 335/2025 áp dụng từ 01/01/2026.']],
    [s({ general: 31 }), ['Trường «general»: tối đa 30 điểm.']],
    [s({ manager: true, results: { quantity: 100, quality: 90, progress: 95, unitResults: 100, organising: 90 } }), [
      'Trường «results.rallying»: người giữ chức vụ lãnh đạo, quản lý: cần tỉ lệ này (kết quả đơn vị, năng lực tổ chức, năng lực tập hợp).',
    ]],
  ])('%#', (v, errors) => expect(errs(v)).toEqual(errors));
});
