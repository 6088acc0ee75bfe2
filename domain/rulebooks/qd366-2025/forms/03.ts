import type { FormModel } from '../../../core/form-model';
import { ref, src } from '../../../forms/build';
import { regradeDecisionForm } from '../../../forms/regrade-decision';

/** Mẫu 03-HD KĐ.ĐG (2025): quyết định đánh giá, xếp loại lại (QĐ 366 Điều 13, Điều 15). */

export const QD366_FORM_03: FormModel = regradeDecisionForm({
  rulebookId: 'qd366-2025',
  codeLabel: 'Mẫu 03-HD KĐ.ĐG',
  title: 'QUYẾT ĐỊNH ĐÁNH GIÁ, XẾP LOẠI LẠI TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM …',
  legalBasis: 'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương',
  rule: ref('hd43.mau03', 'QĐ 366 Điều 13, Điều 15; HD 43 Mẫu 03-HD KĐ.ĐG', src('qd366-2025', 'Điều 13, Điều 15'), 'secondary'),
  doc: 'hd43-2025',
  tag: 'hd43.mau03',
});
