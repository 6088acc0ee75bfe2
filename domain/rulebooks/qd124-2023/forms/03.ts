import type { FormModel } from '../../../core/form-model';
import { ref, src } from '../../../forms/build';
import { regradeDecisionForm } from '../../../forms/regrade-decision';

/** Mẫu 03-HD KĐ.ĐG 2023: hủy bỏ kết quả xếp loại cũ, công nhận kết quả mới (HD 25 mục 7.8; Hà Tĩnh 2023 II.7.8). */

export const QD124_FORM_03: FormModel = regradeDecisionForm({
  rulebookId: 'qd124-2023',
  codeLabel: 'Mẫu 03-HD KĐ.ĐG 2023',
  title: 'QUYẾT ĐỊNH HỦY BỎ KẾT QUẢ XẾP LOẠI CŨ VÀ CÔNG NHẬN KẾT QUẢ XẾP LOẠI MỚI',
  legalBasis: 'Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị; Hướng dẫn 25-HD/BTCTW ngày 10/11/2023 của Ban Tổ chức Trung ương',
  rule: ref('hd25.mau03', 'HD 25 mục 7.8; Mẫu 03-HD KĐ.ĐG 2023', src('hd25-2023', 'mục 7.8'), 'secondary'),
  doc: 'hd25-2023',
  tag: 'hd25.mau03',
});
