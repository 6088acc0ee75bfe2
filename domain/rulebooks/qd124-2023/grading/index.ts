import type { GradingRulebook } from '../../../conditions/types';
import { qd124Conditions } from './conditions';
import { QD124_PARAMS, QD124_RULES as R, type Qd124Params } from './parameters';

export { QD124_PARAMS, QD124_RULES } from './parameters';
export { qd124Conditions } from './conditions';

/** The 2023–2024 grading rulebook (QĐ 124 Điều 12, HD 25), built from a parameters object. */
export function qd124Grading(p: Qd124Params = QD124_PARAMS): GradingRulebook {
  return {
    id: 'qd124-2023',
    rules: R,
    params: { ...p },
    measure: 'levels',
    conditions: qd124Conditions(p),
    headRule: { defaultMode: 'rule', rule: R.head },
    notes: (ctx, facts, proposed) => {
      const notes: string[] = [];
      if (proposed === 'HTXSNV')
        notes.push(
          `${R.quota.clause}: cấp có thẩm quyền xem xét, quyết định số được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá ${p.quotaPercent.value}% số được xếp loại "Hoàn thành tốt nhiệm vụ" (${R.smallUnit.clause}: nơi có dưới ${p.smallUnitMembers.value} và 100% "Hoàn thành tốt nhiệm vụ" được chọn 01). Kiểm tra tỉ lệ trên danh sách của đơn vị.`,
        );
      if (ctx.civilServant && facts.civilServantGrade === undefined)
        notes.push(`${R.civilServantOrder.clause}: đảng viên là công chức, viên chức được xếp loại sau khi có kết quả xếp loại công chức, viên chức.`);
      return notes;
    },
  };
}

export const QD124_GRADING: GradingRulebook = qd124Grading();
