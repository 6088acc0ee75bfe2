import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { ref, section, src } from '../../../forms/build';
import { commitmentItem, leaderItems, qualityItem, tasksItem } from './items';
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

/** Mẫu 02B-HD KĐ.ĐG 2023: cá nhân GIỮ chức vụ lãnh đạo, quản lý (HD 25; header [V], body [U]). */
const r = r2023('mau02b', 'Mẫu 02B');

export const QD124_FORM_02B: FormModel = {
  id: formId('qd124-2023', '02B'),
  rulebookId: 'qd124-2023',
  code: '02B',
  codeLabel: 'Mẫu 02B-HD KĐ.ĐG 2023',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  subtitle: '(Cá nhân giữ chức vụ lãnh đạo, quản lý)',
  audience: 'Cá nhân giữ chức vụ lãnh đạo, quản lý (năm 2023–2024)',
  headerFields: ['fullName', 'birthDate', 'partyPost', 'governmentPost', 'unionPost', 'workplace', 'partyCell'],
  parts: [
    {
      id: '',
      heading: '',
      sections: [
        section('I', 'I', 'Ưu điểm, kết quả đạt được', `Viết theo từng nội dung, sau mỗi nội dung tự đánh giá mức độ: ${LEVEL_BOXES_LINE}.`, r('i', 'mục I'), {
          items: [
            qualityItem('mau02b', 'Mẫu 02B', 'I.1'),
            tasksItem('mau02b', 'Mẫu 02B', 'I.2'),
            ...leaderItems('mau02b', 'Mẫu 02B'),
            commitmentItem('mau02b', 'Mẫu 02B', 'I.6'),
          ],
        }),
        ...reviewSections2023('mau02b', 'Mẫu 02B', 'individual'),
        gradeSection2023('mau02b', 'Mẫu 02B', 'individual'),
      ],
    },
  ],
  assessment: '2023-levels',
  signatureBlocks: individualSignatures2023(),
  rule: ref('hd25.mau02b', 'HD 25; Mẫu 02B-HD KĐ.ĐG 2023', src('hd25-2023', 'Mẫu 02B'), 'secondary'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    BODY_CAVEAT_2023,
    'Danh sách và thứ tự các mục I.3–I.5 (nội dung của cán bộ lãnh đạo, quản lý) chưa đối chiếu bản gốc.',
    SIGNATURE_CAVEAT_2023,
  ],
};
