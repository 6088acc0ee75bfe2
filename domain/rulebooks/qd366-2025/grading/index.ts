import { GRADE_LABELS, gradeRank } from '../../../core/grade';
import { bandFromMinimums } from '../../../conditions/score';
import type { GradingRulebook } from '../../../conditions/types';
import { qd366Conditions } from './conditions';
import { QD366_PARAMS, QD366_RULES as R, type Qd366Params } from './parameters';

export { QD366_PARAMS, QD366_RULES } from './parameters';
export { qd366Conditions } from './conditions';

/** The 2025 grading rulebook (QĐ 366 Điều 11, HD 43), built from a parameters object (an overlay may pass its own). */
export function qd366Grading(p: Qd366Params = QD366_PARAMS): GradingRulebook {
  return {
    id: 'qd366-2025',
    rules: R,
    params: { ...p },
    measure: 'points',
    conditions: qd366Conditions(p),
    bandFor: (total) =>
      bandFromMinimums(total, [['HTXSNV', p.htxsnvMinScore.value], ['HTTNV', p.httnvMinScore.value], ['HTNV', p.htnvMinScore.value]], 'KHTNV'),
    headRule: { defaultMode: 'warning', rule: R.headLink },
    notes: (ctx, facts, proposed) => {
      const notes: string[] = [];
      if (proposed === 'HTXSNV')
        notes.push(
          `${R.quota.clause}: số được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá ${p.quotaPercent.value}% số được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng tương đồng (đơn vị có thành tích nổi trội: tối đa ${p.quotaOutstandingPercent.value}%, do cấp có thẩm quyền quyết định). Kiểm tra tỉ lệ trên danh sách của đơn vị.`,
        );
      const cs = facts.civilServantGrade;
      if (ctx.civilServant && cs && proposed && gradeRank(proposed) > gradeRank(cs))
        notes.push(
          `${R.civilServantBasis.clause}: kết quả xếp loại cán bộ, công chức, viên chức ("${GRADE_LABELS[cs]}") là cơ sở để xếp loại đảng viên; mức đề xuất cao hơn cần được cấp có thẩm quyền xem xét.`,
        );
      return notes;
    },
  };
}

export const QD366_GRADING: GradingRulebook = qd366Grading();
