import { describe, expect, it } from 'vitest';
import { parseStatusCell, parseWorklogText } from '../../../domain/worklog';

describe('pasted task table', () => {
  it('reads a tab-separated table with Vietnamese headers, dates day first and decimal commas', () => {
    const text = [
      'STT\tNhiệm vụ\tNgười giao\tNgày giao\tHạn hoàn thành\tNgày hoàn thành\tSố lượng\tĐơn vị tính\tTrạng thái\tChất lượng\tSố văn bản',
      '1\tBáo cáo sơ kết quý I\tChánh Văn phòng\t02/01/2026\t31/3/2026\t30/03/2026\t1\tbáo cáo\tĐúng hạn\tĐược ghi nhận\t12/BC-VP',
      '2\t"Thẩm định hồ sơ; đợt 1"\tPhó Giám đốc\t05/01/2026\t20/01/2026\t25/01/2026\t12,5\thồ sơ\tChậm\t\t',
      '3\tRà soát quy chế\t\t\t30/6/2026\t\t\t\tChưa hoàn thành\t\t',
    ].join('\n');
    const r = parseWorklogText(text, 'p');
    expect(r).toEqual({
      ok: true,
      value: [
        {
          v: 1, id: 'p-2', kind: 'nhiem-vu', title: 'Báo cáo sơ kết quý I', assignedBy: 'Chánh Văn phòng', assignedOn: '2026-01-02',
          deadline: '2026-03-31', doneOn: '2026-03-30', quantity: { amount: 1, unit: 'báo cáo' }, status: 'dung-han',
          qualityNote: 'Được ghi nhận', evidence: { docNumber: '12/BC-VP' },
        },
        {
          v: 1, id: 'p-3', kind: 'nhiem-vu', title: 'Thẩm định hồ sơ; đợt 1', assignedBy: 'Phó Giám đốc', assignedOn: '2026-01-05',
          deadline: '2026-01-20', doneOn: '2026-01-25', quantity: { amount: 12.5, unit: 'hồ sơ' }, status: 'cham',
        },
        { v: 1, id: 'p-4', kind: 'nhiem-vu', title: 'Rà soát quy chế', deadline: '2026-06-30', status: 'chua-hoan-thanh' },
      ],
    });
  });

  it.each([
    ['Nhiệm vụ\tTrạng thái\n\tĐúng hạn', ['Dòng 2, cột «Nhiệm vụ»: thiếu tên nhiệm vụ.']],
    ['Nhiệm vụ\tTrạng thái\nA\tXong sớm', ['Dòng 2, cột «Trạng thái»: «Xong sớm» không phải trạng thái (đúng hạn, chậm, chưa hoàn thành, vượt mức về tiến độ, vượt mức về chất lượng).']],
    ['Nhiệm vụ\tTrạng thái\tHạn\nA\tChậm\t31/02/2026', ['Dòng 2, cột «Hạn»: «31/02/2026» không phải ngày: Không có ngày 31/02/2026.']],
    ['Nhiệm vụ\tTrạng thái\tSố lượng\tĐVT\nA\tChậm\tba\tvăn bản', ['Dòng 2, cột «Số lượng»: «ba»: Chỉ nhập số, ví dụ 62,5.']],
    ['Nhiệm vụ\tTrạng thái\tSố lượng\nA\tChậm\t3', ['Dòng 2: có số lượng thì cần đơn vị tính.']],
    ['Nhiệm vụ\tTrạng thái\tHạn\tNgày hoàn thành\nA\tĐúng hạn\t10/3/2026\t11/3/2026', ['Dòng 2: Trường «status»: hoàn thành ngày 2026-03-11, sau hạn «deadline» (2026-03-10): trạng thái phải là «cham» (hoàn thành chậm).']],
    ['Nhiệm vụ\tMàu\tTrạng thái\nA\txanh\tChậm', ['Dòng 1, cột 2 «Màu»: không nhận ra tên cột (bỏ qua được bằng cách xóa cột).']],
    ['Tên\tTrạng thái\nA\tChậm', ['Dòng 1, cột 1 «Tên»: không nhận ra tên cột (bỏ qua được bằng cách xóa cột).', 'Dòng 1: không tìm thấy cột «Nhiệm vụ» (tên nhiệm vụ hoặc sản phẩm).']],
    ['Nhiệm vụ\tTrạng thái', ['Bảng không có dòng nào ngoài dòng tiêu đề.']],
    ['  \n', ['Bảng trống: cần dòng tiêu đề (Nhiệm vụ, Hạn, Ngày hoàn thành, Trạng thái…) và ít nhất một dòng.']],
  ])('per-cell error %#', (text, errors) => expect(parseWorklogText(text)).toEqual({ ok: false, errors }));

  it('semicolon tables and the kind column', () => {
    const r = parseWorklogText('Loại;Sản phẩm;Trạng thái\nSản phẩm;Đề án chuyển đổi số;Vượt mức về chất lượng');
    expect(r.ok && r.value[0]).toMatchObject({ kind: 'san-pham', title: 'Đề án chuyển đổi số', status: 'vuot-chat-luong' });
  });

  it.each([
    ['Đúng hạn', 'dung-han'], ['hoàn thành chậm', 'cham'], ['Quá hạn', 'cham'], ['CHƯA HOÀN THÀNH', 'chua-hoan-thanh'],
    ['Vượt mức về tiến độ', 'vuot-tien-do'], ['vuot-chat-luong', 'vuot-chat-luong'], ['', undefined], ['tốt', null],
  ])('status cell %s', (cell, status) => expect(parseStatusCell(cell)).toBe(status));
});
