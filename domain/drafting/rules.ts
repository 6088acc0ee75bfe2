import { src, type RuleRef } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';

/**
 * The "thực chất" requirements the drafting checks enforce, as rule records: quantified results, concrete products,
 * subjective causes, remedies with deadlines, no boilerplate.
 */
export const DRAFTING_RULES = {
  /** Contents must show results, shortcomings, causes, remedies and their time (QĐ 366 Điều 6, preamble, V1). */
  contents2025: {
    id: 'qd366.d6.preamble',
    clause: 'QĐ 366 Điều 6',
    source: src('qd366-2025', 'Điều 6'),
    certainty: 'secondary',
  },
  /** "làm rõ nguyên nhân khách quan, chủ quan, trách nhiệm … và đề ra biện pháp khắc phục" (V2). */
  causes2025: {
    id: 'hd43.m1.3.causes',
    clause: 'HD 43 Mục 1 (1.3)',
    source: src('hd43-2025', 'mục 1 (1.3)'),
    certainty: 'secondary',
  },
  /** Results declared "qua sản phẩm, tiến độ, chất lượng làm minh chứng" (V2). */
  figures2025: {
    id: 'hd43.7.12.evidence',
    clause: 'HD 43 mục 7.12',
    source: src('hd43-2025', 'mục 7.12'),
    certainty: 'secondary',
  },
  /** "theo hướng thực chất, tránh hình thức" (QĐ 366 Điều 15). */
  substance2025: {
    id: 'qd366.d15.thuc-chat',
    clause: 'QĐ 366 Điều 15',
    source: src('qd366-2025', 'Điều 15'),
    certainty: 'secondary',
  },
  /** 2023: "tập trung làm rõ … khuyết điểm, hạn chế, yếu kém, nguyên nhân, giải pháp và thời gian khắc phục". */
  contents2023: {
    id: 'qd124.d6.preamble',
    clause: 'QĐ 124 Điều 6',
    source: src('qd124-2023', 'Điều 6'),
    certainty: 'secondary',
  },
  /** 2023: task results "lượng hóa bằng sản phẩm" (QĐ 124 Điều 10). */
  figures2023: {
    id: 'qd124.d10.products',
    clause: 'QĐ 124 Điều 10',
    source: src('qd124-2023', 'Điều 10'),
    certainty: 'secondary',
  },
  /** Local guidance against "nể nang, né tránh" and formal writing (seeds 002, 003, 004). */
  noBoilerplateLocal: {
    id: 'local.ne-nang-ne-tranh',
    clause: 'Hướng dẫn của cấp ủy địa phương (khắc phục nể nang, né tránh, hình thức)',
    source: src('cv04-binh-dinh-2020', 'mục 2'),
    certainty: 'secondary',
  },
} as const satisfies Record<string, RuleRef>;

export function contentsRule(rb: RulebookId): RuleRef {
  return rb === 'qd366-2025' ? DRAFTING_RULES.contents2025 : DRAFTING_RULES.contents2023;
}
export function causesRule(rb: RulebookId): RuleRef {
  return rb === 'qd366-2025' ? DRAFTING_RULES.causes2025 : DRAFTING_RULES.contents2023;
}
export function figuresRule(rb: RulebookId): RuleRef {
  return rb === 'qd366-2025' ? DRAFTING_RULES.figures2025 : DRAFTING_RULES.figures2023;
}
export function substanceRule(rb: RulebookId): RuleRef {
  return rb === 'qd366-2025' ? DRAFTING_RULES.substance2025 : DRAFTING_RULES.noBoilerplateLocal;
}
