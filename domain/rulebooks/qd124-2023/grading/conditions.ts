import type { Grade } from '../../../core/grade';
import type { RuleRef } from '../../../core/rule';
import {
  allCompleted,
  allOf,
  allOnTime,
  anyOf,
  areaCompletionPercent,
  belowPercent,
  countAtOrAbove,
  countsTotal,
  disciplinedNotExcused,
  exceededAtLeast,
  gradeAtLeast,
  lateAtMost,
  notCompletedAbove,
  notCompletedOf,
  shareAtOrAboveAtLeast,
} from '../../../conditions/facts';
import { anyKem, levelsAtLeast } from '../../../conditions/levels';
import type { AppliesTo, GradingCondition, GradingContext } from '../../../conditions/types';
import type { CheckFacts } from '../../../schemas/case';
import { QD124_RULES as R, type Qd124Params } from './parameters';

/**
 * QĐ 124 Điều 12 (2023–2024) as condition records: per-criterion levels, tasks, the civil-servant grade,
 * leaders' units, collectives' discipline. Sources: Hà Tĩnh 2023 II.5 (reproducing Điều 12).
 */
const PERSON: AppliesTo[] = ['leader', 'non-leader', 'outside-system'];
const LEVELS_HINT = 'Nhập mức độ (Xuất sắc / Tốt / Trung bình / Kém) của từng tiêu chí, tách tiêu chí kết quả thực hiện nhiệm vụ.';
const TASKS_HINT = 'Nhập số chỉ tiêu, nhiệm vụ: tổng số, đúng tiến độ, chậm tiến độ, không hoàn thành, vượt mức.';

const req = (rule: RuleRef, grade: Grade, appliesTo: AppliesTo[], text: string, test: GradingCondition['test'], extra: Partial<GradingCondition> = {}): GradingCondition => ({
  rule, grade, kind: 'requirement', appliesTo, text, test, ...extra,
});
const trig = (rule: RuleRef, appliesTo: AppliesTo[], text: string, test: GradingCondition['test']): GradingCondition => ({
  rule, grade: 'KHTNV', kind: 'trigger', appliesTo, text, test,
});

const civilServant = (rule: RuleRef, grade: Grade): GradingCondition =>
  req(rule, grade, PERSON, grade === 'HTXSNV'
    ? 'Đảng viên là công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức "Hoàn thành xuất sắc nhiệm vụ"'
    : `Đảng viên là công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức "${grade === 'HTTNV' ? 'Hoàn thành tốt nhiệm vụ' : 'Hoàn thành nhiệm vụ'}" trở lên`,
  (f) => gradeAtLeast(f.civilServantGrade, grade), {
    when: (ctx: GradingContext) => ctx.civilServant,
    whatWouldChange: 'Nhập mức xếp loại cán bộ, công chức, viên chức năm nay (xếp loại đảng viên sau khi có kết quả này — HD 25 mục 7.3).',
  });

/** No subordinate organisation or committee member disciplined; `excused` lets a self-detected, remedied case pass. */
const noDiscipline = (excused: boolean) => (f: CheckFacts) => {
  const c = f.collective;
  if (!c || c.subordinateUnitsDisciplined === undefined || c.leadershipMembersDisciplined === undefined) return undefined;
  const none = c.subordinateUnitsDisciplined === 0 && c.leadershipMembersDisciplined === 0;
  return none || (excused && c.selfDetectedAndRemedied === true);
};

export function qd124Conditions(p: Qd124Params): GradingCondition[] {
  const ex = p.exceededMinPercent.value;
  const late = p.lateMaxPercent.value;
  const area = p.areaCompletionMinPercent.value;
  const unitsHtt = p.leaderUnitsHttnvMinPercent.value;
  const unitsHt = p.leaderUnitsHtnvMinPercent.value;
  const areaAbove = (f: CheckFacts) => {
    const pct = areaCompletionPercent(f);
    return pct === undefined ? undefined : pct > area;
  };
  const leaderLower = (rule: RuleRef, grade: Grade) => [
    req(p.areaCompletionMinPercent.rule, grade, ['leader'], `Địa phương, cơ quan, đơn vị mình trực tiếp phụ trách hoàn thành trên ${area}% các chỉ tiêu, nhiệm vụ`, areaAbove),
    req(rule, grade, ['leader'], `Có ít nhất ${unitsHt}% số cơ quan, đơn vị thuộc quyền lãnh đạo, quản lý trực tiếp được xếp loại "Hoàn thành nhiệm vụ" trở lên`, (f) => shareAtOrAboveAtLeast(f.leader?.unitGrades, 'HTNV', unitsHt)),
  ];

  return [
    // HTXSNV — individuals
    req(R.htxsnvPerson, 'HTXSNV', PERSON, 'Các tiêu chí đều đạt "Tốt" trở lên, các tiêu chí về kết quả thực hiện nhiệm vụ đều đạt "Xuất sắc" bằng sản phẩm cụ thể', (f) => levelsAtLeast(f, 'xuat-sac', 'tot'), { whatWouldChange: LEVELS_HINT }),
    req(R.htxsnvPerson, 'HTXSNV', PERSON, 'Hoàn thành 100% chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng, hiệu quả', (f) => allOnTime(f.tasks), { whatWouldChange: TASKS_HINT }),
    req(R.htxsnvPerson, 'HTXSNV', PERSON, `Có ít nhất ${ex}% chỉ tiêu, nhiệm vụ hoàn thành vượt mức`, (f) => exceededAtLeast(f.tasks, ex), {
      whatWouldChange: (f) => {
        const t = f.tasks;
        if (!t || t.exceeded === undefined) return TASKS_HINT;
        const need = Math.ceil((ex * t.total) / 100) - t.exceeded;
        return need > 0 ? `Cần thêm ${need} chỉ tiêu, nhiệm vụ vượt mức để đạt ${ex}%.` : undefined;
      },
    }),
    civilServant(R.htxsnvPerson, 'HTXSNV'),
    req(R.htxsnvPerson, 'HTXSNV', ['leader'], `Địa phương, cơ quan, đơn vị mình trực tiếp phụ trách hoàn thành tất cả chỉ tiêu, nhiệm vụ, trong đó ít nhất ${ex}% vượt mức`, (f) => allOf(allCompleted(f.leader?.area), exceededAtLeast(f.leader?.area, ex))),
    req(R.leaderUnits, 'HTXSNV', ['leader'], `100% cơ quan, đơn vị thuộc quyền lãnh đạo, quản lý trực tiếp được xếp loại "Hoàn thành nhiệm vụ" trở lên, trong đó ít nhất ${unitsHtt}% "Hoàn thành tốt nhiệm vụ" trở lên`, (f) => {
      const u = f.leader?.unitGrades;
      if (!u) return undefined;
      const total = countsTotal(u);
      return total === 0 ? undefined : u.KHTNV === 0 && countAtOrAbove(u, 'HTTNV') * 100 >= unitsHtt * total;
    }),
    // HTXSNV — collectives
    req(R.htxsnvCollective, 'HTXSNV', ['collective'], 'Các tiêu chí đều đạt "Tốt" trở lên, các tiêu chí về kết quả thực hiện nhiệm vụ đều đạt "Xuất sắc" bằng sản phẩm cụ thể', (f) => levelsAtLeast(f, 'xuat-sac', 'tot'), { whatWouldChange: LEVELS_HINT }),
    req(R.htxsnvCollective, 'HTXSNV', ['collective'], 'Không có tổ chức trực thuộc hoặc thành viên cấp ủy, tập thể lãnh đạo, quản lý bị kỷ luật', noDiscipline(false)),
    // HTTNV
    req(R.httnvPerson, 'HTTNV', PERSON, 'Các tiêu chí đạt "Trung bình" trở lên, các tiêu chí về kết quả thực hiện nhiệm vụ đều đạt "Tốt" trở lên', (f) => levelsAtLeast(f, 'tot', 'trung-binh'), { whatWouldChange: LEVELS_HINT }),
    req(R.httnvPerson, 'HTTNV', PERSON, 'Hoàn thành 100% chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng, hiệu quả', (f) => allOnTime(f.tasks), { whatWouldChange: TASKS_HINT }),
    civilServant(R.httnvPerson, 'HTTNV'),
    ...leaderLower(R.leaderUnits, 'HTTNV'),
    req(R.httnvCollective, 'HTTNV', ['collective'], 'Các tiêu chí đạt "Trung bình" trở lên, các tiêu chí về kết quả thực hiện nhiệm vụ đều đạt "Tốt" trở lên', (f) => levelsAtLeast(f, 'tot', 'trung-binh'), { whatWouldChange: LEVELS_HINT }),
    req(R.httnvCollective, 'HTTNV', ['collective'], 'Không có tổ chức trực thuộc hoặc thành viên cấp ủy, tập thể lãnh đạo bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', noDiscipline(true)),
    // HTNV
    req(R.htnvPerson, 'HTNV', PERSON, 'Các tiêu chí cơ bản đạt "Trung bình" trở lên', (f) => levelsAtLeast(f, 'trung-binh', 'trung-binh'), { whatWouldChange: LEVELS_HINT }),
    req(R.htnvPerson, 'HTNV', PERSON, `Các nhiệm vụ được giao đều hoàn thành, có không quá ${late}% chưa bảo đảm chất lượng, tiến độ`, (f) => allOf(allCompleted(f.tasks), lateAtMost(f.tasks, late)), { whatWouldChange: TASKS_HINT }),
    civilServant(R.htnvPerson, 'HTNV'),
    ...leaderLower(R.leaderUnits, 'HTNV'),
    req(R.htnvCollective, 'HTNV', ['collective'], 'Các tiêu chí cơ bản đạt "Trung bình" trở lên', (f) => levelsAtLeast(f, 'trung-binh', 'trung-binh'), { whatWouldChange: LEVELS_HINT }),
    req(R.htnvCollective, 'HTNV', ['collective'], 'Không có tổ chức trực thuộc hoặc thành viên cấp ủy, tập thể lãnh đạo bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', noDiscipline(true)),
    // KHTNV — individuals
    trig(R.khtnvPerson, PERSON, 'Có tiêu chí đánh giá ở mức "Kém"', anyKem),
    trig(R.khtnvPerson, PERSON, 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"', (f) => f.degradationConcluded),
    trig(R.khtnvPerson, PERSON, 'Vi phạm những điều đảng viên không được làm', (f) => f.forbiddenActs),
    trig(R.khtnvPerson, PERSON, 'Vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị', (f) => f.exemplaryBreach),
    trig(R.khtnvPerson, PERSON, `Có trên ${p.notCompletedMaxPercent.value}% số tiêu chí về kết quả thực hiện nhiệm vụ trong năm không hoàn thành`, (f) => notCompletedAbove(f.tasks, p.notCompletedMaxPercent.value)),
    trig(R.khtnvPerson, PERSON, `Có trên ${p.lowConfidenceMaxPercent.value}% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm`, (f) => (f.lowConfidenceVotePercent === undefined ? undefined : f.lowConfidenceVotePercent > p.lowConfidenceMaxPercent.value)),
    trig(R.khtnvPerson, PERSON, 'Bị xử lý kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', disciplinedNotExcused),
    trig(p.areaCompletionMinPercent.rule, ['leader'], `Địa phương, cơ quan, đơn vị mình trực tiếp phụ trách hoàn thành dưới ${area}% số chỉ tiêu, nhiệm vụ hoặc bị xếp loại "Không hoàn thành nhiệm vụ"`, (f) => {
      const pct = areaCompletionPercent(f);
      const low = pct === undefined ? undefined : pct < area;
      const kh = f.ownCollectiveGrade === undefined ? undefined : f.ownCollectiveGrade === 'KHTNV';
      return anyOf(low, kh);
    }),
    trig(R.khtnvPerson, ['leader'], 'Cơ quan, đơn vị, cá nhân thuộc quyền lãnh đạo, quản lý trực tiếp liên quan đến tham nhũng, tiêu cực và bị xử lý kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', (f) => {
      const c = f.leader?.corruptionDisciplined;
      return c === true ? f.leader?.corruptionSelfDetected !== true : c;
    }),
    // KHTNV — collectives
    trig(R.khtnvCollective, ['collective'], 'Có tiêu chí đánh giá ở mức "Kém"', anyKem),
    trig(R.khtnvCollective, ['collective'], 'Có tổ chức đảng trực thuộc xảy ra tham nhũng, lãng phí, tiêu cực hoặc vi phạm khác bị xử lý kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', (f) => {
      const c = f.collective?.subordinateCorruptionDisciplined;
      return c === true ? f.collective?.selfDetectedAndRemedied !== true : c;
    }),
    trig(R.khtnvCollective, ['collective'], `Chỉ hoàn thành dưới ${p.collectiveTargetsMinPercent.value}% số chỉ tiêu, nhiệm vụ được giao trong năm và có chỉ tiêu chủ yếu không đạt (trừ trường hợp bất khả kháng)`, (f) => {
      const t = f.tasks;
      const notCompleted = notCompletedOf(t);
      const low = t && notCompleted !== undefined ? belowPercent(t.total - notCompleted, t.total, p.collectiveTargetsMinPercent.value) : undefined;
      const missed = f.leader?.basicTargetsMissed === undefined ? undefined : f.leader.basicTargetsMissed > 0;
      return low === false || missed === false ? false : low && missed ? true : undefined;
    }),
    trig(R.khtnvCollective, ['collective'], 'Tập thể cấp ủy bị xử lý kỷ luật', (f) => f.collective?.committeeDisciplined),
    trig(R.khtnvCollective, ['collective'], 'Bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ, hoặc có thành viên suy thoái, "tự diễn biến", "tự chuyển hoá"', (f) => {
      const a = f.collective?.cadreWorkViolationConcluded;
      const b = f.collective?.leadershipMemberDegradation;
      return anyOf(a, b);
    }),
  ];
}

