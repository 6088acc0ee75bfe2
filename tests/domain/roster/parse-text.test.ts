import { describe, expect, it } from 'vitest';
import { parseGradeCell, parseRosterText } from '../../../domain/roster';

const base = { reviewYear: 2025 };

describe('parseRosterText: paste from a spreadsheet', () => {
  it.each([
    ['tab', 'STT\tHọ và tên\tChức vụ\tMức xếp loại đề xuất\n1\tNguyễn Văn An\tBí thư\tHTXSNV\n2\tTrần Thị Bình\tĐảng viên\tHoàn thành tốt nhiệm vụ\n'],
    ['comma', 'Họ và tên,Chức vụ,Tự xếp loại\r\nNguyễn Văn An,Bí thư,htxs\r\nTrần Thị Bình,Đảng viên,HTT\r\n'],
    ['semicolon', 'HO VA TEN;chuc vu;Muc xep loai de xuat (HTXSNV/HTTNV)\nNguyễn Văn An;Bí thư;Hoàn thành xuất sắc nhiệm vụ\n\nTrần Thị Bình;Đảng viên;httnv\n'],
  ])('%s-separated, accent-insensitive headers', (_, text) => {
    const r = parseRosterText(text, base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.members.map((m) => [m.name, m.role, m.proposedGrade])).toEqual([
      ['Nguyễn Văn An', 'Bí thư', 'HTXSNV'],
      ['Trần Thị Bình', 'Đảng viên', 'HTTNV'],
    ]);
    expect(r.value.settings.quotaReading).toBe('literal');
  });

  it('quoted cells, head marks, groups and exclusions', () => {
    const r = parseRosterText('Họ tên,Nhóm,Người đứng đầu,Xếp loại,Lý do không xếp loại\n"Lê, Văn C",Lãnh đạo,x,HTTNV,\nPhạm D,Chuyên viên,,,"Kết nạp chưa đủ 6 tháng"\n', base);
    expect(r.ok && r.value.members).toEqual([
      { name: 'Lê, Văn C', group: 'Lãnh đạo', isHead: true, proposedGrade: 'HTTNV' },
      { name: 'Phạm D', group: 'Chuyên viên', isHead: false, excluded: 'Kết nạp chưa đủ 6 tháng' },
    ]);
  });

  it.each([
    ['Họ và tên\tXếp loại\nAn\tTốt lắm\n', ['Dòng 2, cột «Xếp loại»: «Tốt lắm» không phải mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV hoặc tên đầy đủ).']],
    ['Họ và tên\tXếp loại\nAn\tHTT\n\tHTNV\n', ['Dòng 3, cột «Họ và tên»: thiếu họ và tên.']],
    ['Chức vụ,Xếp loại\nBí thư,HTT\n', ['Dòng 1: không tìm thấy cột «Họ và tên».']],
    ['Họ và tên,Điểm\nAn,90\n', ['Dòng 1, cột 2 «Điểm»: không nhận ra tên cột (bỏ qua được bằng cách xóa cột).']],
    ['Họ và tên,Người đứng đầu\nAn,có lẽ\n', ['Dòng 2, cột «Người đứng đầu»: «có lẽ» cần "x" (có) hoặc để trống.']],
    ['', ['Danh sách trống: cần dòng tiêu đề (Họ và tên, Chức vụ, Mức xếp loại đề xuất…) và ít nhất một dòng.']],
    ['Họ và tên\n', ['Danh sách không có dòng nào ngoài dòng tiêu đề.']],
  ])('errors name the row and the column: %j', (text, errors) => {
    expect(parseRosterText(text, base)).toEqual({ ok: false, errors });
  });

  it('a long cell is quoted cut short in its message', () => {
    const r = parseRosterText(`Họ và tên\tMức xếp loại đề xuất\nAn\t${'giỏi '.repeat(2000)}\n`, { reviewYear: 2025 });
    const errors = r.ok ? [] : r.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`«${'giỏi '.repeat(12)}…» không phải mức xếp loại`);
    expect(errors[0]!.length).toBeLessThan(300);
  });

  it('base fields are validated with field names', () => {
    const r = parseRosterText('Họ và tên\nAn\n', { reviewYear: 1999 });
    expect(r.ok === false && r.errors).toEqual(['Trường «reviewYear»: phải ≥ 2000.']);
  });

  it.each([
    ['HTXSNV', 'HTXSNV'], ['htxs', 'HTXSNV'], ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'], ['"Hoàn thành xuất sắc nhiệm vụ"', 'HTXSNV'],
    ['HTTNV', 'HTTNV'], ['Htt', 'HTTNV'], ['hoàn thành tốt nhiệm vụ', 'HTTNV'],
    ['HTNV', 'HTNV'], ['HT', 'HTNV'], ['Hoàn thành nhiệm vụ', 'HTNV'],
    ['KHTNV', 'KHTNV'], ['KHT', 'KHTNV'], ['Không hoàn thành nhiệm vụ', 'KHTNV'],
    ['', undefined], ['  ', undefined], ['giỏi', null],
  ])('grade cell %j → %s', (cell, grade) => expect(parseGradeCell(cell)).toBe(grade));
});
