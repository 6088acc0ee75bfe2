/**
 * The draft's facts that online evaluation systems ask for besides the texts (NĐ 335/2025 phiếu, the party's
 * forms): the person's name, post and workplace, the self-assessed score, and the proposed grade, each under the
 * names those systems give them ("Họ và tên", "Chức vụ", "Đơn vị công tác", "Điểm tự chấm", "Tự xếp loại"…).
 */
import { GRADE_LABELS, type Grade } from '../core/grade';
import type { Draft } from '../schemas/draft';
import type { FillSource } from './match';

export interface PersonFacts {
  fullName?: string;
  position?: string;
  workplace?: string;
  /** Self score out of 100 (common group + task results), when both parts are given. */
  selfScore?: number;
  proposedGrade?: Grade;
}

/** The proposed grade as a source: online systems ask for it; the panel warns before writing one the check refuses. */
export const GRADE_SOURCE_ID = 'grade:proposed';

type Source = FillSource & { display: string; text: string };

export function personFacts(draft: Pick<Draft, 'profile' | 'assessment'>): PersonFacts {
  const subject = draft.profile?.subject;
  const person = subject?.kind === 'individual' ? subject : undefined;
  const { common, results } = draft.assessment.scores;
  return {
    fullName: person?.fullName || undefined,
    position: person?.jobTitle || person?.leadershipPosts[0]?.title || undefined,
    workplace: person?.workplace || person?.leadershipPosts[0]?.unit || undefined,
    selfScore: common !== undefined && results !== undefined ? common + results : undefined,
    proposedGrade: draft.assessment.proposedGrade,
  };
}

/** One source per fact that has a value. */
export function personSources(facts: PersonFacts): Source[] {
  const out: Source[] = [];
  const add = (id: string, label: string, aliases: string[], display: string, text: string | undefined, valueKind?: Source['valueKind']) => {
    if (text && text.trim() !== '') out.push({ id, label, aliases, display, text, ...(valueKind ? { valueKind } : {}) });
  };
  add('profile:fullName', 'Họ và tên', ['Họ tên', 'Họ và tên đảng viên'], 'Họ và tên', facts.fullName);
  add('profile:position', 'Chức vụ', ['Chức vụ, chức danh', 'Chức danh'], 'Chức vụ', facts.position);
  add('profile:workplace', 'Đơn vị công tác', ['Cơ quan, đơn vị công tác', 'Nơi công tác'], 'Đơn vị công tác', facts.workplace);
  add('score:total', 'Điểm tự chấm', ['Tổng điểm tự chấm', 'Điểm tự đánh giá', 'Tự chấm điểm'], 'Điểm tự chấm', facts.selfScore?.toString(), 'number');
  if (facts.proposedGrade) {
    out.push({
      id: GRADE_SOURCE_ID,
      label: 'Tự đánh giá, xếp loại chất lượng: mức xếp loại',
      aliases: ['Tự xếp loại', 'Tự đánh giá', 'Mức xếp loại đề xuất', 'Tự nhận mức xếp loại'],
      display: 'Mức xếp loại đề xuất',
      text: GRADE_LABELS[facts.proposedGrade],
      valueKind: 'choice',
    });
  }
  return out;
}
