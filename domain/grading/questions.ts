import { GRADES } from '../core/grade';
import type { CheckCase, CheckFacts } from '../schemas/case';
import { DISCIPLINE_FORMS } from '../schemas/case';
import { checkGrade } from './check';
import type { CheckOptions, CheckResult, ConditionResult } from './types';

/**
 * Unknown grading conditions as questions (issue 5 UI). A condition's test is opaque, so the link between a
 * condition and the facts it reads is found by probing: fill one group of facts with sample values, run the
 * check again, and see which unknown conditions become known. Any new condition that reads a catalogued fact
 * gets its question without touching this file.
 */
export type FactPath = readonly string[];

export type FactInput =
  | { kind: 'count'; min: number; max: number }
  | { kind: 'decimal'; min: number; max: number; step: number }
  | { kind: 'yesno' }
  | { kind: 'grade' }
  | { kind: 'choice'; options: readonly { value: string; label: string }[] };

export interface FactField {
  path: FactPath;
  label: string;
  input: FactInput;
  /** How a message beside another field names this one ("số đúng hạn"); the label otherwise. */
  short?: string;
}

/** Where a draft holds the facts of a question (its editor there is the one place to change them). */
export type DraftSource = 'tasks' | 'carryOver' | 'scores';

export interface QuestionSpec {
  id: string;
  /** The question as asked (Vietnamese). */
  title: string;
  fields: readonly FactField[];
  /** Sample values (valid under CheckFactsSchema) used to see which conditions read these facts. */
  probe: CheckFacts;
  /**
   * "Does not apply" (e.g. no basic socio-economic targets for a head of department): the facts it stands for.
   * Offered only where those facts decide every condition the question decides (answers.ts: offersNotApplicable).
   */
  notApplicable?: { label: string; facts: CheckFacts };
  /** With a draft, these facts come from the draft's own editor and are not asked here (from-draft.ts). */
  draftSource?: DraftSource;
}

export interface FactQuestion {
  id: string;
  title: string;
  fields: readonly FactField[];
  /** The unknown conditions an answer decides. */
  conditions: ConditionResult[];
}

const count = (max = 100000): FactInput => ({ kind: 'count', min: 0, max });
const PERCENT: FactInput = { kind: 'decimal', min: 0, max: 100, step: 0.1 };
const YESNO: FactInput = { kind: 'yesno' };
const GRADE: FactInput = { kind: 'grade' };
const f = (path: string, label: string, input: FactInput, short?: string): FactField => ({ path: path.split('.'), label, input, ...(short ? { short } : {}) });

const DISCIPLINE_LABELS: Record<(typeof DISCIPLINE_FORMS)[number], string> = {
  none: 'Không bị kỷ luật',
  'khien-trach': 'Khiển trách',
  'canh-cao': 'Cảnh cáo',
  'ha-bac-luong': 'Hạ bậc lương',
  'giang-chuc': 'Giáng chức',
  'cach-chuc': 'Cách chức',
  'buoc-thoi-viec': 'Buộc thôi việc',
  'khai-tru': 'Khai trừ',
};

const taskFields = (prefix: string): FactField[] => [
  f(`${prefix}.total`, 'Tổng số nhiệm vụ, chỉ tiêu', count(), 'tổng số nhiệm vụ'),
  f(`${prefix}.onTime`, 'Hoàn thành đúng hạn, bảo đảm chất lượng', count(), 'Số đúng hạn'),
  f(`${prefix}.exceeded`, 'Hoàn thành vượt mức yêu cầu', count(), 'Số vượt mức'),
  f(`${prefix}.late`, 'Chưa bảo đảm tiến độ (chậm)', count(), 'Số chậm tiến độ'),
  f(`${prefix}.notCompleted`, 'Không hoàn thành', count(), 'Số không hoàn thành'),
];
const TASK_PROBE = { total: 10, onTime: 10, exceeded: 10, late: 0, notCompleted: 0 };
const gradeCountFields = (prefix: string, what: string): FactField[] =>
  GRADES.map((g) => f(`${prefix}.${g}`, `${what} xếp loại ${g}`, count()));
const COUNTS_PROBE = { HTXSNV: 0, HTTNV: 1, HTNV: 0, KHTNV: 0 };

/** The catalogue of facts a user can answer, in the order the questions are shown. */
export const QUESTION_SPECS: readonly QuestionSpec[] = [
  { id: 'scores', title: 'Điểm tự chấm (năm 2025 trở đi)', probe: { scores: { common: 30, results: 70 } }, draftSource: 'scores',
    fields: [f('scores.common', 'Nhóm tiêu chí chung (tối đa 30 điểm)', { kind: 'decimal', min: 0, max: 30, step: 0.5 }), f('scores.results', 'Nhóm kết quả thực hiện nhiệm vụ (tối đa 70 điểm)', { kind: 'decimal', min: 0, max: 70, step: 0.5 })] },
  { id: 'tasks', title: 'Số nhiệm vụ, chỉ tiêu được giao trong năm và kết quả', fields: taskFields('tasks'), probe: { tasks: TASK_PROBE }, draftSource: 'tasks' },
  { id: 'priorShortcomings', title: 'Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước', probe: { priorShortcomings: { total: 0, remedied: 0 } }, draftSource: 'carryOver',
    fields: [
      f('priorShortcomings.total', 'Số hạn chế, khuyết điểm kỳ trước (0 nếu không có)', count(), 'số hạn chế, khuyết điểm kỳ trước'),
      f('priorShortcomings.remedied', 'Số đã khắc phục xong', count(), 'Số đã khắc phục'),
    ] },
  { id: 'discipline', title: 'Kỷ luật trong năm', probe: { discipline: { form: 'none' } },
    fields: [
      f('discipline.form', 'Hình thức kỷ luật trong năm (vi phạm chức trách, nhiệm vụ, công vụ)', { kind: 'choice', options: DISCIPLINE_FORMS.map((v) => ({ value: v, label: DISCIPLINE_LABELS[v] })) }),
      f('discipline.selfDetected', 'Vi phạm do bản thân tự phát hiện, báo cáo', YESNO),
      f('discipline.remedied', 'Đã khắc phục xong hậu quả', YESNO),
    ] },
  { id: 'degradationConcluded', title: 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hóa"?', probe: { degradationConcluded: false }, fields: [f('degradationConcluded', 'Có kết luận suy thoái', YESNO)] },
  { id: 'forbiddenActs', title: 'Vi phạm những điều đảng viên không được làm?', probe: { forbiddenActs: false }, fields: [f('forbiddenActs', 'Vi phạm điều đảng viên không được làm', YESNO)] },
  { id: 'exemplaryBreach', title: 'Vi phạm trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín?', probe: { exemplaryBreach: false }, fields: [f('exemplaryBreach', 'Vi phạm trách nhiệm nêu gương', YESNO)] },
  { id: 'civilServantGrade', title: 'Mức xếp loại cán bộ, công chức, viên chức năm nay', probe: { civilServantGrade: 'HTXSNV' }, fields: [f('civilServantGrade', 'Mức xếp loại CBCCVC', GRADE)] },
  { id: 'ownCollective', title: 'Tập thể do mình đứng đầu', probe: { ownCollectiveGrade: 'HTXSNV' },
    fields: [f('ownCollectiveGrade', 'Mức xếp loại của tập thể do mình đứng đầu', GRADE), f('newlyArrivedHead', 'Mới chuyển đến giữ chức vụ đứng đầu', YESNO)] },
  { id: 'lowConfidenceVotePercent', title: 'Kết quả lấy phiếu tín nhiệm trong năm (nếu có)', probe: { lowConfidenceVotePercent: 0 }, fields: [f('lowConfidenceVotePercent', 'Tỉ lệ phiếu tín nhiệm thấp (%)', PERCENT)],
    notApplicable: { label: 'Không áp dụng: trong năm không lấy phiếu tín nhiệm', facts: { lowConfidenceVotePercent: 0 } } },
  { id: 'leaderArea', title: 'Nhiệm vụ của địa phương, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý', fields: taskFields('leader.area'), probe: { leader: { area: TASK_PROBE } } },
  { id: 'leaderAreaPercent', title: 'Tỉ lệ hoàn thành nhiệm vụ của lĩnh vực, đơn vị phụ trách (nếu không nhập số nhiệm vụ)', probe: { leader: { areaCompletionPercent: 100 } }, fields: [f('leader.areaCompletionPercent', 'Tỉ lệ hoàn thành (%)', PERCENT)] },
  { id: 'basicTargetsMissed', title: 'Chỉ tiêu kinh tế - xã hội cơ bản được giao', probe: { leader: { basicTargetsMissed: 0 } }, fields: [f('leader.basicTargetsMissed', 'Số chỉ tiêu cơ bản không hoàn thành (0–5)', count(5))],
    notApplicable: { label: 'Không áp dụng: không được giao 5 chỉ tiêu kinh tế – xã hội cơ bản (ví dụ trưởng phòng)', facts: { leader: { basicTargetsMissed: 0 } } } },
  { id: 'leaderUnitGrades', title: 'Xếp loại các địa phương, cơ quan, đơn vị mình phụ trách', probe: { leader: { unitGrades: COUNTS_PROBE } }, fields: gradeCountFields('leader.unitGrades', 'Số đơn vị'),
    notApplicable: { label: 'Không áp dụng: không phụ trách địa phương, cơ quan, đơn vị nào được xếp loại', facts: { leader: { unitGrades: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 } } } } },
  { id: 'leaderCorruption', title: 'Tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý trực tiếp', probe: { leader: { corruptionDisciplined: false } },
    fields: [f('leader.corruptionDisciplined', 'Có tổ chức, cá nhân bị kỷ luật về tham nhũng, lãng phí, tiêu cực', YESNO), f('leader.corruptionSelfDetected', 'Do mình tự phát hiện, báo cáo, khắc phục', YESNO)] },
  { id: 'collectiveDiscipline', title: 'Kỷ luật trong tập thể', probe: { collective: { subordinateUnits: 1, subordinateUnitsDisciplined: 0, leadershipMembersDisciplined: 0, membersDisciplined: 0 } },
    fields: [
      f('collective.subordinateUnits', 'Số đơn vị trực thuộc', count()),
      f('collective.subordinateUnitsDisciplined', 'Số đơn vị trực thuộc bị kỷ luật', count()),
      f('collective.leadershipMembersDisciplined', 'Số thành viên tập thể lãnh đạo (cấp ủy) bị kỷ luật', count()),
      f('collective.membersDisciplined', 'Số đảng viên bị kỷ luật', count()),
      f('collective.selfDetectedAndRemedied', 'Vi phạm do tập thể tự phát hiện và đã khắc phục', YESNO),
    ] },
  { id: 'committeeDisciplined', title: 'Cấp ủy, tập thể lãnh đạo bị kỷ luật?', probe: { collective: { committeeDisciplined: false } }, fields: [f('collective.committeeDisciplined', 'Tập thể bị kỷ luật', YESNO)] },
  { id: 'cadreWorkViolation', title: 'Bị kết luận sai phạm trong công tác cán bộ, mất đoàn kết, bè phái, chạy chức, chạy quyền?', probe: { collective: { cadreWorkViolationConcluded: false } }, fields: [f('collective.cadreWorkViolationConcluded', 'Có kết luận sai phạm', YESNO)] },
  { id: 'leadershipMemberDegradation', title: 'Thành viên tập thể lãnh đạo bị kết luận suy thoái, "tự diễn biến", "tự chuyển hóa"?', probe: { collective: { leadershipMemberDegradation: false } }, fields: [f('collective.leadershipMemberDegradation', 'Có thành viên bị kết luận', YESNO)] },
  { id: 'subordinateCorruption', title: 'Tổ chức đảng trực thuộc có vi phạm tham nhũng, tiêu cực bị kỷ luật?', probe: { collective: { subordinateCorruptionDisciplined: false } }, fields: [f('collective.subordinateCorruptionDisciplined', 'Có tổ chức trực thuộc bị kỷ luật', YESNO)] },
  { id: 'subordinateUnitGrades', title: 'Xếp loại các tổ chức, đơn vị trực thuộc', probe: { collective: { subordinateUnitGrades: COUNTS_PROBE } }, fields: gradeCountFields('collective.subordinateUnitGrades', 'Số đơn vị') },
  { id: 'memberGrades', title: 'Xếp loại đảng viên, thành viên của tập thể', probe: { collective: { memberGrades: COUNTS_PROBE } }, fields: gradeCountFields('collective.memberGrades', 'Số người') },
  { id: 'sameLevelBodies', title: 'Chính quyền, Mặt trận, đoàn thể cùng cấp', probe: { collective: { sameLevelBodiesLowestGrade: 'HTXSNV' } }, fields: [f('collective.sameLevelBodiesLowestGrade', 'Mức xếp loại thấp nhất', GRADE)] },
  { id: 'workplaceVotes', title: 'Phiếu đánh giá tại nơi công tác', probe: { votes: { workplace: COUNTS_PROBE } }, fields: gradeCountFields('votes.workplace', 'Số phiếu') },
  { id: 'residenceVotes', title: 'Nhận xét của nơi cư trú', probe: { votes: { residenceGoodPercent: 100, residenceNotGoodPercent: 0 } },
    fields: [f('votes.residenceGoodPercent', 'Tỉ lệ phiếu đánh giá tốt ở nơi cư trú (%)', PERCENT), f('votes.residenceNotGoodPercent', 'Tỉ lệ phiếu đánh giá chưa tốt (%)', PERCENT)] },
];

/** The leader's results of the unit they lead: typed in the draft's leader item (2025 A.I.3) or here, one place. */
export const UNIT_RESULT_QUESTIONS: readonly string[] = ['leaderArea', 'leaderAreaPercent', 'basicTargetsMissed', 'leaderUnitGrades'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path, or undefined. */
export function factValue(facts: CheckFacts, path: FactPath): unknown {
  let cur: unknown = facts;
  for (const k of path) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

/** A copy with the value set (undefined removes it; emptied objects are removed too). */
export function withFact(facts: CheckFacts, path: FactPath, value: unknown): CheckFacts {
  const set = (node: Obj, i: number): Obj => {
    const key = path[i]!;
    const out: Obj = { ...node };
    if (i === path.length - 1) {
      if (value === undefined) delete out[key];
      else out[key] = value;
    } else {
      const child = set(isObj(node[key]) ? (node[key] as Obj) : {}, i + 1);
      if (Object.keys(child).length === 0) delete out[key];
      else out[key] = child;
    }
    return out;
  };
  return path.length === 0 ? facts : (set(facts as Obj, 0) as CheckFacts);
}

/** `base` with every value of `fill` it lacks (base wins, leaf by leaf). */
export function fillMissing<T>(base: T, fill: unknown): T {
  if (!isObj(fill)) return base === undefined ? (fill as T) : base;
  if (base !== undefined && !isObj(base)) return base;
  const out: Obj = { ...((base as Obj | undefined) ?? {}) };
  for (const [k, v] of Object.entries(fill)) out[k] = fillMissing(out[k], v);
  return out as T;
}

export const conditionKey = (c: Pick<ConditionResult, 'grade' | 'clause' | 'text'>): string => `${c.grade}|${c.clause}|${c.text}`;

/**
 * The questions that would decide the case's unknown conditions, each with the conditions it decides.
 * A question is left out when its facts are all answered or when answering it would decide nothing.
 */
export function questionsFor(input: CheckCase, result: CheckResult, options?: CheckOptions): FactQuestion[] {
  const unknown = new Map(result.conditions.filter((c) => c.status === 'unknown').map((c) => [conditionKey(c), c]));
  if (unknown.size === 0) return [];
  const decidedBy = (specs: readonly QuestionSpec[]): ConditionResult[] => {
    const facts = specs.reduce<CheckFacts>((acc, s) => fillMissing(acc, s.probe), input.facts);
    return checkGrade({ ...input, facts }, options)
      .conditions.filter((c) => c.status !== 'unknown')
      .map((c) => unknown.get(conditionKey(c)))
      .filter((c): c is ConditionResult => c !== undefined);
  };
  const open = QUESTION_SPECS.filter((s) => JSON.stringify(fillMissing(input.facts, s.probe)) !== JSON.stringify(input.facts));
  const found = new Map<string, ConditionResult[]>(open.map((s) => [s.id, decidedBy([s])]));
  // Conditions that need several answers together (e.g. "area under 70% or the unit graded KHTNV"): answer
  // everything, then attach each to every question whose absence would leave it unknown.
  const single = new Set([...found.values()].flat().map(conditionKey));
  const joint = decidedBy(open).filter((c) => !single.has(conditionKey(c)));
  if (joint.length > 0) {
    for (const s of open) {
      const without = new Set(decidedBy(open.filter((o) => o !== s)).map(conditionKey));
      found.get(s.id)!.push(...joint.filter((c) => !without.has(conditionKey(c))));
    }
  }
  return open
    .filter((s) => found.get(s.id)!.length > 0)
    .map((s) => ({ id: s.id, title: s.title, fields: s.fields, conditions: found.get(s.id)! }));
}
