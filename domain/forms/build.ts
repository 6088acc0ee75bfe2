import type { Certainty, RuleRef, SourceRef } from '../core/rule';

export { src } from '../core/rule';
import type { FormItem, FormSection, SignatureBlock } from '../core/form-model';
import { nfc } from '../core/text';
import { EXAMPLE_DEADLINE } from './example-dates';

/**
 * Small builders shared by the form models of every rulebook (domain/rulebooks/<id>/forms/).
 * They only assemble data; the wording is passed in by each form file.
 */
export const ref = (id: string, clause: string, source: SourceRef, certainty: Certainty): RuleRef => ({
  id,
  clause: nfc(clause),
  source,
  certainty,
});

export function item(
  id: string,
  label: string,
  guidance: string,
  rule: RuleRef,
  extra: Partial<Omit<FormItem, 'id' | 'label' | 'guidance' | 'rule'>> = {},
): FormItem {
  return { id, label: nfc(label), guidance: nfc(guidance), rule, required: true, ...extra };
}

export function section(
  id: string,
  number: string,
  heading: string,
  guidance: string,
  rule: RuleRef,
  extra: Partial<Omit<FormSection, 'id' | 'number' | 'heading' | 'guidance' | 'rule'>> = {},
): FormSection {
  const intro = extra.intro === undefined ? {} : { intro: nfc(extra.intro) };
  return { id, number, heading: nfc(heading), guidance: nfc(guidance), rule, kind: 'text', required: true, items: [], ...extra, ...intro };
}

export function signature(id: string, title: string, note: string, byAuthor: boolean, lines: string[] = []): SignatureBlock {
  return { id, title: nfc(title), note: nfc(note), byAuthor, lines: lines.map(nfc) };
}

/** The four grade lines, as printed on every form. */
export const GRADE_LINE_LABELS = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
] as const;

/** Guidance lines reused across forms and years (plain Vietnamese, one line each). */
export const GUIDANCE = {
  quality:
    'Tự nhận xét cụ thể về tư tưởng chính trị, đạo đức, lối sống, ý thức kỷ luật, tác phong; nêu rõ có hay không biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá" (không viết chung chung).',
  tasks:
    'Nêu số nhiệm vụ được giao và đã hoàn thành, đúng hạn, vượt mức, kèm sản phẩm cụ thể (ví dụ: "hoàn thành 12/12 nhiệm vụ, 4 nhiệm vụ vượt mức; ban hành 3 báo cáo chuyên đề").',
  commitment:
    'Nêu các nội dung đã cam kết đầu năm và kết quả thực hiện từng nội dung (ví dụ: "hoàn thành lớp bồi dưỡng lý luận chính trị tháng 6").',
  shortcomings:
    'Nêu thẳng từng hạn chế, khuyết điểm cụ thể trong năm (việc gì, ở đâu, mức độ); không viết "không có" nếu thực tế còn tồn tại.',
  causes:
    'Với mỗi hạn chế, nêu nguyên nhân chủ quan (của bản thân) trước, sau đó mới đến nguyên nhân khách quan.',
  carryOver:
    'Liệt kê từng hạn chế đã được chỉ ra ở kỳ trước và cho biết: đã khắc phục; đang khắc phục (mức độ); hay chưa khắc phục, vì sao.',
  suggestions:
    'Nếu cấp trên có gợi ý kiểm điểm: giải trình từng vấn đề, nêu nguyên nhân và trách nhiệm của mình với từng vấn đề.',
  collectiveShare:
    'Nếu tập thể nơi mình công tác có hạn chế, khuyết điểm: nêu rõ phần trách nhiệm của bản thân với từng hạn chế đó.',
  remedies:
    `Với mỗi hạn chế, nêu biện pháp khắc phục cụ thể và thời hạn hoàn thành (ví dụ: "hoàn thành trước ${EXAMPLE_DEADLINE}").`,
  scores:
    'Tự chấm điểm theo tiêu chí đã được cấp ủy cấp trên cụ thể hoá: nhóm tiêu chí chung tối đa 30 điểm, nhóm kết quả thực hiện nhiệm vụ tối đa 70 điểm.',
  grade: 'Chọn một mức xếp loại phù hợp với số điểm và các điều kiện của mức đó.',
} as const;
