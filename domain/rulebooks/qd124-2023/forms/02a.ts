import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { ref, section, src } from '../../../forms/build';
import { commitmentItem, qualityItem, tasksItem } from './items';
import {
  BODY_CAVEAT_2023,
  LEVEL_BOXES_LINE,
  SIGNATURE_CAVEAT_2023,
  gradeSection2023,
  individualSignatures2023,
  r2023,
  reviewSections2023,
} from './shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/** Mẫu 02A-HD KĐ.ĐG 2023: cá nhân KHÔNG giữ chức vụ lãnh đạo, quản lý (HD 25). */
const r = r2023('mau02a', 'Mẫu 02A');

export const QD124_FORM_02A: FormModel = {
  id: formId('qd124-2023', '02A'),
  rulebookId: 'qd124-2023',
  code: '02A',
  codeLabel: 'Mẫu 02A-HD KĐ.ĐG 2023',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  subtitle: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân không giữ chức vụ lãnh đạo, quản lý (năm 2023–2024)',
  headerFields: ['fullName', 'birthDate', 'partyPost', 'workplace', 'partyCell'],
  parts: [
    {
      id: '',
      heading: '',
      sections: [
        section('I', 'I', 'Ưu điểm, kết quả đạt được', `Viết theo từng nội dung, sau mỗi nội dung tự đánh giá mức độ: ${LEVEL_BOXES_LINE}.`, r('i', 'mục I'), {
          items: [qualityItem('mau02a', 'Mẫu 02A', 'I.1'), tasksItem('mau02a', 'Mẫu 02A', 'I.2'), commitmentItem('mau02a', 'Mẫu 02A', 'I.3')],
        }),
        ...reviewSections2023('mau02a', 'Mẫu 02A', 'individual'),
        gradeSection2023('mau02a', 'Mẫu 02A', 'individual'),
      ],
    },
  ],
  assessment: '2023-levels',
  signatureBlocks: individualSignatures2023(),
  rule: ref('hd25.mau02a', 'HD 25; Mẫu 02A-HD KĐ.ĐG 2023', src('hd25-2023', 'Mẫu 02A'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    BODY_CAVEAT_2023,
    'Dòng phụ đề "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)" và các dòng ở phần đầu được suy ra từ Mẫu 02B năm 2023.',
    SIGNATURE_CAVEAT_2023,
  ],
};
