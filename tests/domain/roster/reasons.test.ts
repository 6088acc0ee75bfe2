import { describe, expect, it } from 'vitest';
import { checkRoster } from '../../../domain/roster';
import { classifyReason, exclusionReasons, gradedOnTimeWorkedReasons } from '../../../domain/roster/reasons';
import { RosterSchema } from '../../../domain/schemas/roster';

/** "Not graded" reasons come from the rulebook: listed ones are accepted, time-worked cases refused, others warned. */
describe('the reasons offered, from the rulebook', () => {
  it.each([
    ['qd366-2025', [
      ['exempt', 'Được miễn công tác và sinh hoạt đảng', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
      ['exempt', 'Bị đình chỉ sinh hoạt đảng', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
      ['exempt', 'Mới kết nạp chưa đủ 6 tháng', 'QĐ 366 Điều 5 khoản 2 điểm 2.1'],
      ['not-graded', 'Mới được bổ nhiệm chức vụ lãnh đạo, quản lý chưa đủ 6 tháng', 'HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)'],
      ['not-graded', 'Tập thể mới thành lập, chia tách, sáp nhập chưa đủ 6 tháng', 'HD 25 mục 7.11, 7.12 (chưa thấy quy định tương ứng trong HD 43)'],
    ]],
    ['qd124-2023', [
      ['exempt', 'Được miễn công tác và sinh hoạt đảng', 'QĐ 124 Điều 5 khoản 2'],
      ['exempt', 'Bị đình chỉ sinh hoạt đảng', 'QĐ 124 Điều 5 khoản 2'],
      ['exempt', 'Mới kết nạp chưa đủ 6 tháng', 'QĐ 124 Điều 5 khoản 2'],
      ['not-graded', 'Mới được bổ nhiệm chức vụ lãnh đạo, quản lý chưa đủ 6 tháng', 'HD 25 mục 7.11, 7.12'],
      ['not-graded', 'Tập thể mới thành lập, chia tách, sáp nhập chưa đủ 6 tháng', 'HD 25 mục 7.11, 7.12'],
    ]],
    ['qd132-2018', [['exempt', 'Được miễn công tác và sinh hoạt đảng', 'QĐ 132 (đối tượng kiểm điểm)']]],
  ] as const)('%s', (id, expected) => {
    expect(exclusionReasons(id).map((r) => [r.kind, r.label, r.rule.clause])).toEqual(expected);
  });

  it.each([
    ['qd366-2025', [['Nghỉ ốm', 'HD 43 mục 7.5'], ['Nghỉ thai sản', 'HD 43 mục 7.5']]],
    ['qd124-2023', [['Nghỉ ốm', 'HD 25 mục 7.12'], ['Nghỉ thai sản', 'HD 25 mục 7.12']]],
    ['qd132-2018', []],
  ] as const)('graded on the time worked in %s', (id, expected) => {
    expect(gradedOnTimeWorkedReasons(id).map((r) => [r.label, r.rule.clause])).toEqual(expected);
  });
});

describe('classifyReason: accent-insensitive', () => {
  it.each([
    ['Được miễn công tác và sinh hoạt đảng', 'listed', 'exemptFromWork'],
    ['Miễn sinh hoạt đảng', 'listed', 'exemptFromWork'],
    ['mien sinh hoat', 'listed', 'exemptFromWork'],
    ['Miễn sinh hoạt do ốm nặng', 'listed', 'exemptFromWork'], // an exemption, whatever its cause
    ['QĐ 366 Điều 5 khoản 2 điểm 2.1: Đảng viên được miễn công tác và sinh hoạt đảng: không thuộc đối tượng kiểm điểm, xếp loại.', 'listed', 'exemptFromWork'],
    ['Đình chỉ sinh hoạt đảng', 'listed', 'suspended'],
    ['Đình chỉ sinh hoạt cấp ủy', 'unlisted', undefined], // still reviewed and graded as a member
    ['Kết nạp chưa đủ 6 tháng', 'listed', 'newlyAdmitted'],
    ['mới kết nạp tháng 9', 'listed', 'newlyAdmitted'],
    ['Mới bổ nhiệm Phó phòng tháng 10', 'listed', 'newlyAppointed'],
    ['Chi bộ mới sáp nhập', 'listed', 'newCollective'],
    ['Nghỉ thai sản 7 tháng', 'refused', 'maternity'],
    ['NGHI THAI SAN', 'refused', 'maternity'],
    ['Nghỉ sinh con', 'refused', 'maternity'],
    ['Nghỉ ốm 4 tháng', 'refused', 'sickLeave'],
    ['ốm đau dài ngày', 'refused', 'sickLeave'],
    ['Điều trị bệnh', 'refused', 'sickLeave'],
    ['Đi học nước ngoài', 'unlisted', undefined],
    ['Chuyển sinh hoạt', 'unlisted', undefined],
    ['Không rõ', 'unlisted', undefined],
  ])('«%s» → %s %s', (text, status, id) => {
    const c = classifyReason(text, 'qd366-2025');
    expect(c.status).toBe(status);
    expect(c.status === 'unlisted' ? undefined : c.reason.id).toBe(id);
  });
});

describe('the roster check applies them', () => {
  const roster = (members: Record<string, unknown>[], reviewYear = 2025) =>
    RosterSchema.parse({ reviewYear, unit: { name: 'Chi bộ A', kind: 'chi-bo' }, members: [{ name: 'An', proposedGrade: 'HTTNV' }, ...members] });
  const ids = (r: ReturnType<typeof checkRoster>) => r.findings.map((f) => `${f.severity}:${f.id}`);

  it('a listed reason: out of the counts, no error or warning about it', () => {
    const r = checkRoster(roster([{ name: 'Bình', excluded: 'Được miễn công tác và sinh hoạt đảng' }]));
    expect(r.summary).toMatchObject({ total: 2, graded: 1, excluded: 1, notProposed: 0 });
    expect(ids(r)).toEqual(['info:members.excluded']);
  });

  it.each([
    [2025, 'HD 43 mục 7.5', { doc: 'hd43-2025', at: 'mục 7.5' }, 'Đảng viên nghỉ thai sản: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm đó.'],
    [2023, 'HD 25 mục 7.12', { doc: 'hd25-2023', at: 'mục 7.12' }, 'Đảng viên nghỉ thai sản: kết quả xếp loại là kết quả của thời gian làm việc thực tế của năm đó.'],
  ])('%s: maternity leave is refused with its clause; the member is counted and needs a grade', (year, clause, source, rule) => {
    const r = checkRoster(roster([{ name: 'Bình', excluded: 'Nghỉ thai sản 7 tháng' }], year));
    expect(r.summary).toMatchObject({ total: 2, graded: 1, excluded: 0, notProposed: 1 });
    const f = r.findings.find((x) => x.id === 'members.reason-graded');
    expect(f).toEqual({
      id: 'members.reason-graded',
      severity: 'error',
      clause,
      source,
      certainty: 'secondary',
      text: `Lý do không xếp loại «Nghỉ thai sản 7 tháng» không được chấp nhận: ${rule} Thành viên này vẫn phải được đánh giá, xếp loại (cần mức đề xuất) và được tính vào số lượng, tỉ lệ.`,
      members: ['Bình'],
    });
    expect(r.findings.find((x) => x.id === 'members.not-proposed')?.members).toEqual(['Bình']);
  });

  it('a refused reason with a proposed grade counts in the quota', () => {
    const r = checkRoster(roster([{ name: 'Bình', excluded: 'Nghỉ ốm 5 tháng', proposedGrade: 'HTXSNV' }]));
    expect(r.summary).toMatchObject({ graded: 2, excluded: 0 });
    expect(r.quota[0]).toMatchObject({ htxsnv: 1, graded: 2 });
  });

  it('several members with refused reasons: one finding per rule, reasons quoted through clip', () => {
    const long = `Nghỉ thai sản ${'rất '.repeat(30)}dài`;
    const r = checkRoster(roster([{ name: 'B', excluded: 'Nghỉ thai sản' }, { name: 'C', excluded: long }, { name: 'D', excluded: 'nghỉ ốm' }]));
    const found = r.findings.filter((x) => x.id === 'members.reason-graded');
    expect(found.map((x) => x.members)).toEqual([['B', 'C'], ['D']]);
    expect(found[0]!.text).toContain(`«Nghỉ thai sản», «${long.slice(0, 60)}…» không được chấp nhận`);
    expect(found[0]!.text).toContain('2 thành viên này vẫn phải');
  });

  it('an unlisted reason: a warning asking to pick from the list; the member stays out of the counts', () => {
    const r = checkRoster(roster([{ name: 'Bình', excluded: 'Đi học nước ngoài' }]));
    expect(r.summary).toMatchObject({ graded: 1, excluded: 1 });
    const f = r.findings.find((x) => x.id === 'members.reason-unlisted');
    expect(f).toMatchObject({ severity: 'warning', clause: 'QĐ 366 Điều 5 khoản 2 điểm 2.1', members: ['Bình'] });
    expect(f?.text).toBe(
      'Lý do không xếp loại «Đi học nước ngoài» không thuộc trường hợp nào quy định cho phép không xếp loại: hãy chọn lý do trong danh sách (Được miễn công tác và sinh hoạt đảng; Bị đình chỉ sinh hoạt đảng; Mới kết nạp chưa đủ 6 tháng; Mới được bổ nhiệm chức vụ lãnh đạo, quản lý chưa đủ 6 tháng; Tập thể mới thành lập, chia tách, sáp nhập chưa đủ 6 tháng); nếu không thuộc trường hợp nào thì thành viên phải được xếp loại. Tạm thời chưa tính vào số lượng và tỉ lệ.',
    );
  });

  it('a head excluded with a refused reason is still compared with the collective', () => {
    const r = checkRoster(RosterSchema.parse({ reviewYear: 2025, unit: { name: 'A', grade: 'HTNV' }, members: [{ name: 'Bí thư', isHead: true, proposedGrade: 'HTTNV', excluded: 'Nghỉ thai sản' }] }));
    expect(ids(r)).toContain('warning:head.above-collective');
  });

  it('old roster files with free reasons still load', () => {
    expect(RosterSchema.safeParse({ reviewYear: 2025, members: [{ name: 'An', excluded: 'Nghỉ thai sản 7 tháng' }] }).success).toBe(true);
  });
});
