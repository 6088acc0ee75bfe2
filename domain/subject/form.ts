import { getFormModel } from '../rulebooks';
import { ref, src } from '../rulebooks/ref';
import type { FormChoice, Rulebook } from '../rulebooks/types';
import { OUTSIDE_POLITICAL_SYSTEM, type Profile } from '../schemas/profile';
import type { FormAnswer, MissingFact, RuleLine, SubjectRole } from './types';

const OCCUPATION_RULE = ref('guide.form.occupation', 'HD 43 mục 2.1 điểm b (Mẫu 2B hay 2C theo nơi làm việc)', src('hd43-2025', 'mục 2.1 điểm b'), 'secondary');
const SOE_RULE = ref('guide.form.doanh-nghiep-nha-nuoc', 'HD 43 mục 2.1 điểm b (người lao động doanh nghiệp nhà nước: không được nêu)', src('hd43-2025', 'mục 2.1 điểm b'), 'uncertain');
const OUTSIDE_LEADER_RULE = ref('guide.form.outside-leader', 'HD 43 mục 2.1 điểm b (đảng viên ngoài hệ thống chính trị giữ chức vụ đảng)', src('hd43-2025', 'mục 2.1 điểm b'), 'uncertain');

export interface FormPick {
  form: FormAnswer | null;
  notes: RuleLine[];
  missing: MissingFact[];
}

function answer(rb: Rulebook, c: FormChoice): FormAnswer {
  const model = getFormModel(rb.id, c.code);
  return { code: c.code, codeLabel: model?.codeLabel ?? c.codeLabel, label: c.label, rule: c.rule, caveats: model?.caveats ?? [] };
}

/** The year-correct form for the role (2023 02A = không giữ chức vụ; 2025 02A = giữ chức vụ, 02C = ngoài HTCT). */
export function pickForm(rb: Rulebook, role: SubjectRole, profile: Profile): FormPick {
  const byRole = (r: FormChoice['role']) => rb.formChoices.find((c) => c.role === r);
  const notes: RuleLine[] = [];
  if (role === 'individual-unknown') {
    const a = byRole('non-leader');
    const b = byRole('outside-system');
    if (a && b && a.code === b.code) return { form: answer(rb, a), notes, missing: [] };
    const question = 'Đồng chí đang làm việc ở đâu (công chức, viên chức, hưu trí, học sinh, doanh nghiệp…)?';
    return { form: null, notes, missing: [{ field: 'subject.occupation', question, rule: OCCUPATION_RULE }] };
  }
  const choice = byRole(role);
  if (!choice) return { form: null, notes, missing: [] };
  const s = profile.subject;
  if (s.kind === 'individual' && rb.id === 'qd366-2025') {
    if (role === 'non-leader' && s.occupation === 'doanh-nghiep-nha-nuoc') {
      notes.push({ text: 'Người làm việc ở doanh nghiệp nhà nước: HD 43 không nêu rõ dùng Mẫu 2B hay 2C; ứng dụng chọn Mẫu 2B, hãy hỏi chi ủy.', rule: SOE_RULE });
    }
    if (role === 'leader' && s.occupation && OUTSIDE_POLITICAL_SYSTEM.includes(s.occupation)) {
      notes.push({ text: 'Đảng viên ngoài hệ thống chính trị nhưng giữ chức vụ (ví dụ bí thư chi bộ khu dân cư): chưa rõ dùng Mẫu 2A hay 2C; ứng dụng chọn Mẫu 2A, hãy hỏi chi ủy.', rule: OUTSIDE_LEADER_RULE });
    }
  }
  return { form: answer(rb, choice), notes, missing: [] };
}
