import type { FormModel } from '../../../core/form-model';
import { formId } from '../../../core/form-code';
import { ref, section, src } from '../../../forms/build';
import { commitmentItem, leaderItems, qualityItem, tasksItem } from '../../qd124-2023/forms/items';
import { LEVEL_BOXES_LINE, gradeSection2023, individualSignatures2023, reviewSections2023 } from '../../qd124-2023/forms/shared';
import { PARTY_LAYOUT_RULES } from '../../../forms/layout-rules';

/**
 * Mẫu 02-HD KĐ.ĐG 2019 (HD 21, QĐ 132 era, review years 2018–2022): one form for every individual.
 * Its text was not researched; this reuses the 2023 reconstruction, with the leader items marked leaderOnly.
 * Rule ids of the reused parts keep their "hd25." prefix; every part is 'uncertain'.
 */

export const QD132_FORM_02: FormModel = {
  id: formId('qd132-2018', '02'),
  rulebookId: 'qd132-2018',
  code: '02',
  codeLabel: 'Mẫu 02-HD KĐ.ĐG 2019',
  title: 'BẢN KIỂM ĐIỂM CÁ NHÂN',
  audience: 'Cá nhân (năm 2018–2022, một mẫu chung)',
  headerFields: ['fullName', 'birthDate', 'partyPost', 'governmentPost', 'unionPost', 'workplace', 'partyCell'],
  parts: [
    {
      id: '',
      heading: '',
      sections: [
        section('I', 'I', 'Ưu điểm, kết quả đạt được', `Viết theo từng nội dung; các mục 3–5 chỉ dành cho cán bộ lãnh đạo, quản lý. ${LEVEL_BOXES_LINE}.`, ref('hd21.mau02.i', 'HD 21 Mẫu 02 mục I', src('hd21-2019', 'Mẫu 02 mục I'), 'uncertain'), {
          items: [
            qualityItem('mau02', 'Mẫu 02', 'I.1'),
            tasksItem('mau02', 'Mẫu 02', 'I.2'),
            ...leaderItems('mau02', 'Mẫu 02'),
            commitmentItem('mau02', 'Mẫu 02', 'I.6'),
          ],
        }),
        ...reviewSections2023('mau02', 'Mẫu 02', 'individual'),
        gradeSection2023('mau02', 'Mẫu 02', 'individual'),
      ],
    },
  ],
  assessment: '2023-levels',
  signatureBlocks: individualSignatures2023(),
  rule: ref('hd21.mau02', 'HD 21; Mẫu 02-HD KĐ.ĐG 2019', src('hd21-2019', 'Mẫu 02'), 'uncertain'),
  layoutRules: PARTY_LAYOUT_RULES,
  caveats: [
    'Chưa nghiên cứu nguyên văn Mẫu 02 năm 2019: bố cục dựng theo mẫu năm 2023, chỉ dùng tham khảo cho các năm 2018–2022.',
  ],
};
