import type { AppliesTo, GradingCondition, GradingContext } from '../../../conditions/types';
import type { CollectiveKind } from '../../../schemas/profile';
import type { CheckFacts } from '../../../schemas/case';
import {
  abovePercent,
  allCompleted,
  allOf,
  allOnTime,
  areaCompletionPercent,
  countsTotal,
  disciplined,
  exceededAtLeast,
  lateAtMost,
  notCompletedAbove,
  notCompletedOf,
} from '../../../conditions/facts';
import { computeScore } from '../../../conditions/score';
import { QD366_RULES as R, type Qd366Params } from './parameters';
import type { Grade } from '../../../core/grade';
import type { RuleRef } from '../../../core/rule';

/**
 * QĐ 366 Điều 11 (2025) as condition records. Score bands are ceilings: a grade needs its minimum score and its
 * extra conditions; grades nest (the engine also requires the conditions of every lower grade).
 * Source: QĐ 366 Điều 11 as quoted by secondary copies (catalogue 'qd366-2025').
 */
const SELF_TASKS: AppliesTo[] = ['collective', 'non-leader', 'outside-system'];
const INDIVIDUAL_NON_LEADER: AppliesTo[] = ['non-leader', 'outside-system'];

/** Chi bộ (cơ sở or trực thuộc), as against cấp ủy and leadership collectives. */
const isCell = (k: CollectiveKind | undefined): boolean => k === 'chi-bo-co-so' || k === 'chi-bo-truc-thuoc';

/** Leaders' own tasks: the text lists only the area's tasks "ngoài các tiêu chí chung"; the README adds own tasks. */
const leaderOwn = (rule: RuleRef): RuleRef => ({ ...rule, id: `${rule.id}.leader-own-tasks`, certainty: 'uncertain' });

const score = (f: CheckFacts): number | undefined => computeScore(f)?.total;
const minScore = (min: number) => (f: CheckFacts) => {
  const s = score(f);
  return s === undefined ? undefined : s >= min;
};
const scoreHint = (min: number) => (f: CheckFacts) => {
  const s = score(f);
  return s === undefined ? 'Nhập điểm nhóm tiêu chí chung (/30) và kết quả thực hiện nhiệm vụ (/70).' : s < min ? `Cần thêm ${Math.round((min - s) * 100) / 100} điểm để đạt ${min} điểm.` : undefined;
};

function perGrade(grade: Grade, rule: RuleRef, min: number, p: Qd366Params): GradingCondition[] {
  const late = p.lateMaxPercent.value;
  const byGrade: Record<'HTXSNV' | 'HTTNV' | 'HTNV', { tasks: string; own: (f: CheckFacts) => boolean | undefined; area: string; areaTest: (f: CheckFacts) => boolean | undefined }> = {
    HTXSNV: {
      tasks: 'Hoàn thành 100% nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả',
      own: (f) => allOnTime(f.tasks),
      area: `Địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao, trong đó ít nhất ${p.exceededMinPercent.value}% vượt mức yêu cầu`,
      areaTest: (f) => allOf(allCompleted(f.leader?.area), exceededAtLeast(f.leader?.area, p.exceededMinPercent.value)),
    },
    HTTNV: {
      tasks: 'Hoàn thành 100% nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả',
      own: (f) => allOnTime(f.tasks),
      area: 'Địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả',
      areaTest: (f) => allOnTime(f.leader?.area),
    },
    HTNV: {
      tasks: `Hoàn thành 100% nhiệm vụ được giao; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá ${late}%`,
      own: (f) => allOf(allCompleted(f.tasks), lateAtMost(f.tasks, late)),
      area: `Địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được giao; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá ${late}%`,
      areaTest: (f) => allOf(allCompleted(f.leader?.area), lateAtMost(f.leader?.area, late)),
    },
  };
  const g = byGrade[grade as 'HTXSNV' | 'HTTNV' | 'HTNV'];
  return [
    {
      rule, grade, kind: 'requirement', appliesTo: ['all'],
      text: grade === 'HTXSNV' ? `Tổng điểm đánh giá đạt từ ${min} điểm trở lên` : `Tổng điểm đánh giá đạt từ ${min} điểm trở lên (mức điểm là trần; điều kiện khác chỉ có thể hạ mức)`,
      test: minScore(min),
      whatWouldChange: scoreHint(min),
    },
    { rule, grade, kind: 'requirement', appliesTo: SELF_TASKS, text: g.tasks, test: g.own, whatWouldChange: 'Nhập số nhiệm vụ: tổng số, đúng hạn, chậm tiến độ, không hoàn thành.' },
    {
      rule: leaderOwn(rule), grade, kind: 'requirement', appliesTo: ['leader'],
      text: `${g.tasks} (nhiệm vụ của bản thân; văn bản chỉ nêu nhiệm vụ của đơn vị — chưa đối chiếu văn bản gốc)`,
      test: g.own,
    },
    { rule, grade, kind: 'requirement', appliesTo: ['leader'], text: g.area, test: g.areaTest, whatWouldChange: 'Nhập số nhiệm vụ của địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý.' },
  ];
}

export function qd366Conditions(p: Qd366Params): GradingCondition[] {
  const exceeded = p.exceededMinPercent.value;
  const ex = (f: CheckFacts) => exceededAtLeast(f.tasks, exceeded);
  const exHint = (f: CheckFacts) => {
    const t = f.tasks;
    if (!t || t.exceeded === undefined) return 'Nhập số nhiệm vụ hoàn thành vượt mức yêu cầu.';
    const need = Math.ceil((exceeded * t.total) / 100) - t.exceeded;
    return need > 0 ? `Cần thêm ${need} nhiệm vụ vượt mức để đạt ${exceeded}%.` : undefined;
  };
  const noneDisciplined = (f: CheckFacts) => {
    const c = f.collective;
    if (!c || c.subordinateUnitsDisciplined === undefined || c.leadershipMembersDisciplined === undefined) return undefined;
    return c.subordinateUnitsDisciplined === 0 && c.leadershipMembersDisciplined === 0;
  };
  const priorRemedied = (f: CheckFacts) => {
    const s = f.priorShortcomings;
    if (!s) return undefined;
    return s.total === 0 || s.remedied >= s.total;
  };
  const completion = (f: CheckFacts) => {
    const pct = areaCompletionPercent(f);
    return pct === undefined ? undefined : pct < p.areaCompletionMinPercent.value;
  };
  const collectiveCompletion = (f: CheckFacts) => {
    const t = f.tasks;
    if (f.leader?.areaCompletionPercent !== undefined) return f.leader.areaCompletionPercent < p.areaCompletionMinPercent.value;
    const notCompleted = notCompletedOf(t);
    if (!t || notCompleted === undefined || t.total === 0) return undefined;
    return (t.total - notCompleted) * 100 < p.areaCompletionMinPercent.value * t.total;
  };
  const targets = (f: CheckFacts) => {
    const m = f.leader?.basicTargetsMissed;
    return m === undefined ? undefined : m >= p.basicTargetsMissed.value;
  };
  const KH = R.khtnv;
  const KC = R.khtnvCollective;
  // The list is headed "tập thể lãnh đạo, quản lý": whether it binds a chi bộ is a reading (settings
  // `leadershipListBindsCells`, default true as before). A collective whose kind is not given stays bound.
  const boundCollective = (ctx: GradingContext): boolean => ctx.settings.leadershipListBindsCells !== false || !isCell(ctx.collectiveKind);
  const leadershipList = (c: GradingCondition): GradingCondition => ({ ...c, when: boundCollective });
  const trig = (rule: RuleRef, appliesTo: AppliesTo[], text: string, test: GradingCondition['test'], mitigable = false): GradingCondition => ({
    rule, grade: 'KHTNV', kind: 'trigger', appliesTo, text, test, mitigable,
  });

  return [
    ...perGrade('HTXSNV', R.htxsnv, p.htxsnvMinScore.value, p),
    { rule: R.htxsnv, grade: 'HTXSNV', kind: 'requirement', appliesTo: SELF_TASKS, text: `Ít nhất ${exceeded}% số nhiệm vụ hoàn thành vượt mức yêu cầu`, test: ex, whatWouldChange: exHint },
    { rule: leaderOwn(R.htxsnv), grade: 'HTXSNV', kind: 'requirement', appliesTo: ['leader'], text: `Ít nhất ${exceeded}% số nhiệm vụ của bản thân hoàn thành vượt mức yêu cầu (chưa đối chiếu văn bản gốc)`, test: ex, whatWouldChange: exHint },
    { rule: R.htxsnv, grade: 'HTXSNV', kind: 'requirement', appliesTo: ['collective'], text: 'Không có đơn vị trực thuộc hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật', test: noneDisciplined, whatWouldChange: 'Nhập số đơn vị trực thuộc và số thành viên tập thể lãnh đạo bị kỷ luật trong năm.' },
    { rule: R.htxsnv, grade: 'HTXSNV', kind: 'requirement', appliesTo: ['all'], text: 'Đã khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước (nếu có)', test: priorRemedied, whatWouldChange: 'Nhập số hạn chế, khuyết điểm kỳ trước và số đã khắc phục.' },
    ...perGrade('HTTNV', R.httnv, p.httnvMinScore.value, p),
    ...perGrade('HTNV', R.htnv, p.htnvMinScore.value, p),
    trig(KH, ['all'], `Tổng điểm đánh giá dưới ${p.htnvMinScore.value} điểm`, (f) => { const s = score(f); return s === undefined ? undefined : s < p.htnvMinScore.value; }),
    // Leaders and cadres managed by BCH TW / BCT / BBT.
    trig(KH, ['leader'], `Địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành dưới ${p.areaCompletionMinPercent.value}% số nhiệm vụ theo chương trình, kế hoạch trong năm`, completion, true),
    trig(p.basicTargetsMissed.rule, ['leader', 'collective'], `Không hoàn thành ${p.basicTargetsMissed.value} chỉ tiêu kinh tế - xã hội cơ bản được giao (đọc theo nghĩa đen: cả ${p.basicTargetsMissed.value} chỉ tiêu; chưa đối chiếu văn bản gốc)`, targets, true),
    trig(KH, ['leader'], `Trên ${p.unitsKhtnvMaxPercent.value}% số địa phương, cơ quan, đơn vị mình phụ trách bị xếp loại "Không hoàn thành nhiệm vụ"`, (f) => { const u = f.leader?.unitGrades; return u ? abovePercent(u.KHTNV, countsTotal(u), p.unitsKhtnvMaxPercent.value) ?? false : undefined; }),
    trig(KH, ['leader'], `Có trên ${p.lowConfidenceMaxPercent.value}% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm (nếu có)`, (f) => (f.lowConfidenceVotePercent === undefined ? undefined : f.lowConfidenceVotePercent > p.lowConfidenceMaxPercent.value)),
    trig(KH, ['leader'], 'Có vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên', disciplined, true),
    trig(KH, ['leader', ...INDIVIDUAL_NON_LEADER], 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"', (f) => f.degradationConcluded, true),
    trig(KH, ['leader'], 'Có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật', (f) => f.leader?.corruptionDisciplined, true),
    // Non-leaders and members outside the political system.
    trig(KH, INDIVIDUAL_NON_LEADER, 'Vi phạm liên quan đến hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên', disciplined, true),
    trig(KH, INDIVIDUAL_NON_LEADER, 'Vi phạm những điều đảng viên không được làm', (f) => f.forbiddenActs, true),
    trig(KH, INDIVIDUAL_NON_LEADER, 'Vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín của bản thân và tổ chức, cơ quan, đơn vị', (f) => f.exemplaryBreach, true),
    trig(KH, INDIVIDUAL_NON_LEADER, `Có trên ${p.notCompletedMaxPercent.value}% số nhiệm vụ trong năm bị đánh giá không hoàn thành`, (f) => notCompletedAbove(f.tasks, p.notCompletedMaxPercent.value)),
    // Leadership collectives (one source; whether it binds cấp ủy and chi bộ is uncertain).
    leadershipList(trig(KC, ['collective'], 'Bị cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền trong phạm vi phụ trách', (f) => f.collective?.cadreWorkViolationConcluded)),
    leadershipList(trig(KC, ['collective'], 'Có thành viên trong tập thể lãnh đạo, quản lý vi phạm liên quan đến chức trách, nhiệm vụ bị xử lý kỷ luật từ khiển trách trở lên', (f) => { const n = f.collective?.leadershipMembersDisciplined; return n === undefined ? undefined : n > 0; }, true)),
    leadershipList(trig(KC, ['collective'], 'Có thành viên trong tập thể lãnh đạo, quản lý bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"', (f) => f.collective?.leadershipMemberDegradation)),
    leadershipList(trig(KC, ['collective'], `Địa phương, tổ chức, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn thành dưới ${p.areaCompletionMinPercent.value}% số nhiệm vụ theo chương trình, kế hoạch trong năm`, collectiveCompletion, true)),
  ];
}
