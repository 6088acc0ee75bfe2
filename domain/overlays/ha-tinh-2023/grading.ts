import type { Grade } from '../../core/grade';
import { src, type RuleRef } from '../../core/rule';
import { abovePercent, allOf, gradeAtLeast, shareAtOrAboveAtLeast } from '../../conditions/facts';
import type { GradingCondition, OverlayGrading, SpreadRule, Threshold } from '../../conditions/types';
import type { CheckFacts } from '../../schemas/case';

/**
 * Hà Tĩnh city 2023 guidance (Ban Thường vụ Thành ủy Hà Tĩnh, on top of QĐ 124, HD 25 and Tỉnh ủy HD 01-HD/TU):
 * vote shares, heads vs their unit, party organisations vs the spread of their members' grades.
 * Source: catalogue 'hd-thanh-uy-ha-tinh-2023' mục II.5. Whether the 80%/50% clauses are central or local is not
 * known: they are kept here, as local data.
 */
const ref = (id: string, section: string, certainty: RuleRef['certainty'] = 'secondary'): RuleRef => ({
  id: `ha-tinh-2023.${id}`,
  clause: `Hướng dẫn Thành ủy Hà Tĩnh 2023 mục ${section}`,
  source: src('hd-thanh-uy-ha-tinh-2023', `mục ${section}`),
  certainty,
});

const RULES = {
  person: ref('ii.5.2', 'II.5.2'),
  personKhtnv: ref('ii.5.2.4', 'II.5.2.4'),
  /** "phiếu … đánh giá hoàn thành tốt nhiệm vụ": read as votes at that grade or above (not stated). */
  workplaceVotes: ref('ii.5.2.votes', 'II.5.2', 'uncertain'),
  partyHtxsnv: ref('ii.5.1.1', 'II.5.1.1'),
  partyHttnv: ref('ii.5.1.2', 'II.5.1.2'),
  partyKhtnv: ref('ii.5.1.4', 'II.5.1.4'),
};

const t = (value: number, rule: RuleRef): Threshold => ({ value, rule });
export const HA_TINH_2023_PARAMS = {
  workplaceVotesMinPercent: t(90, RULES.workplaceVotes),
  residenceMinPercent: { HTXSNV: t(80, RULES.person), HTTNV: t(75, RULES.person), HTNV: t(70, RULES.person) },
  residenceNotGoodMaxPercent: t(50, RULES.personKhtnv),
  spreadHtxsnvMinPercent: t(80, RULES.partyHtxsnv),
  spreadHttnvMinPercent: t(50, RULES.partyHttnv),
  unitsDisciplinedMaxPercent: t(20, RULES.partyKhtnv),
} as const;
const P = HA_TINH_2023_PARAMS;

const LABEL: Record<Grade, string> = {
  HTXSNV: 'hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'hoàn thành tốt nhiệm vụ',
  HTNV: 'hoàn thành nhiệm vụ',
  KHTNV: 'không hoàn thành nhiệm vụ',
};

export const HA_TINH_2023_SPREAD: SpreadRule[] = [
  { grade: 'HTXSNV', allAtLeast: 'HTNV', atOrAbove: 'HTTNV', minPercent: P.spreadHtxsnvMinPercent },
  { grade: 'HTTNV', allAtLeast: 'HTNV', atOrAbove: 'HTTNV', minPercent: P.spreadHttnvMinPercent },
];

/** The spread rule over whichever counts are given: subordinate units (đảng bộ) and/or members (chi bộ). */
const spreadTest = (rule: SpreadRule) => (f: CheckFacts) => {
  const groups = [f.collective?.subordinateUnitGrades, f.collective?.memberGrades].filter((g) => g !== undefined);
  if (groups.length === 0) return undefined;
  return allOf(
    ...groups.map((g) => allOf(shareAtOrAboveAtLeast(g, rule.allAtLeast, 100), shareAtOrAboveAtLeast(g, rule.atOrAbove, rule.minPercent.value))),
  );
};

const voteConditions: GradingCondition[] = (['HTXSNV', 'HTTNV', 'HTNV'] as const).flatMap((grade): GradingCondition[] => [
  {
    rule: P.workplaceVotesMinPercent.rule, grade, kind: 'requirement', appliesTo: ['leader'],
    text: `Có từ ${P.workplaceVotesMinPercent.value}% trở lên phiếu của tập thể lãnh đạo, cán bộ, công chức nơi công tác đánh giá ${LABEL[grade]} (tính cả phiếu đánh giá mức cao hơn)`,
    test: (f) => shareAtOrAboveAtLeast(f.votes?.workplace, grade, P.workplaceVotesMinPercent.value),
    whatWouldChange: 'Nhập số phiếu đánh giá theo từng mức tại nơi công tác.',
  },
  {
    rule: P.residenceMinPercent[grade].rule, grade, kind: 'requirement', appliesTo: ['leader'],
    when: (_ctx, f) => f.votes?.residenceGoodPercent !== undefined,
    text: `Có từ ${P.residenceMinPercent[grade].value}% trở lên phiếu của nhân dân nơi cư trú đánh giá thực hiện tốt nghĩa vụ công dân (năm có lấy phiếu nơi cư trú)`,
    test: (f) => (f.votes?.residenceGoodPercent ?? 0) >= P.residenceMinPercent[grade].value,
  },
]);

const headConditions: GradingCondition[] = (['HTXSNV', 'HTTNV'] as const).map((grade) => ({
  rule: RULES.person, grade, kind: 'requirement', appliesTo: ['leader'],
  when: (ctx) => ctx.isHead,
  text: `Là người đứng đầu: tập thể được cấp trên xếp loại ${grade === 'HTXSNV' ? '"Hoàn thành xuất sắc nhiệm vụ"' : '"Hoàn thành tốt nhiệm vụ" trở lên'}`,
  test: (f: CheckFacts) => gradeAtLeast(f.ownCollectiveGrade, grade),
}));

export const HA_TINH_2023_CONDITIONS: GradingCondition[] = [
  ...voteConditions,
  ...headConditions,
  {
    rule: P.residenceNotGoodMaxPercent.rule, grade: 'KHTNV', kind: 'trigger', appliesTo: ['leader'],
    when: (_ctx, f) => f.votes?.residenceNotGoodPercent !== undefined,
    text: `Có trên ${P.residenceNotGoodMaxPercent.value}% số phiếu của nhân dân nơi cư trú đánh giá thực hiện không tốt nghĩa vụ công dân`,
    test: (f) => (f.votes?.residenceNotGoodPercent ?? 0) > P.residenceNotGoodMaxPercent.value,
  },
  ...HA_TINH_2023_SPREAD.map((rule): GradingCondition => ({
    rule: rule.minPercent.rule, grade: rule.grade, kind: 'requirement', appliesTo: ['collective'],
    text: `100% đảng viên (tổ chức đảng trực thuộc) được xếp loại "Hoàn thành nhiệm vụ" trở lên, trong đó từ ${rule.minPercent.value}% "Hoàn thành tốt nhiệm vụ" trở lên`,
    test: spreadTest(rule),
    whatWouldChange: 'Nhập số đảng viên (hoặc tổ chức đảng trực thuộc) theo từng mức xếp loại.',
  })),
  {
    rule: RULES.partyHtxsnv, grade: 'HTXSNV', kind: 'requirement', appliesTo: ['collective'],
    text: 'Chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên',
    test: (f) => gradeAtLeast(f.collective?.sameLevelBodiesLowestGrade, 'HTTNV'),
  },
  {
    rule: RULES.partyHttnv, grade: 'HTTNV', kind: 'requirement', appliesTo: ['collective'],
    text: 'Chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp được xếp loại "Hoàn thành nhiệm vụ" trở lên',
    test: (f) => gradeAtLeast(f.collective?.sameLevelBodiesLowestGrade, 'HTNV'),
  },
  {
    rule: P.unitsDisciplinedMaxPercent.rule, grade: 'KHTNV', kind: 'trigger', appliesTo: ['collective'],
    text: `Có trên ${P.unitsDisciplinedMaxPercent.value}% số đơn vị trực thuộc bị kỷ luật trong năm`,
    test: (f) => {
      const c = f.collective;
      if (!c || c.subordinateUnits === undefined || c.subordinateUnitsDisciplined === undefined) return undefined;
      return abovePercent(c.subordinateUnitsDisciplined, c.subordinateUnits, P.unitsDisciplinedMaxPercent.value) ?? false;
    },
  },
];

export const HA_TINH_2023_GRADING: OverlayGrading = {
  overlayId: 'ha-tinh-2023',
  rulebookId: 'qd124-2023',
  conditions: HA_TINH_2023_CONDITIONS,
  spread: HA_TINH_2023_SPREAD,
  unitsDisciplinedMaxPercent: P.unitsDisciplinedMaxPercent,
  notes: ['Áp dụng hướng dẫn của Thành ủy Hà Tĩnh năm 2023 (tỉ lệ phiếu, tỉ lệ xếp loại của đảng viên, tổ chức đảng trực thuộc).'],
};
