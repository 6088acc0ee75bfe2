import type { RulebookId } from '../core/rulebook-id';
import { QD124_GRADING } from '../rulebooks/qd124-2023/grading';
import { QD366_GRADING } from '../rulebooks/qd366-2025/grading';
import type { GradingRulebook } from './types';

/** Grading rulebooks by id; QĐ 132 (2018–2022) is not encoded yet. */
const BOOKS: Partial<Record<RulebookId, GradingRulebook>> = {
  'qd124-2023': QD124_GRADING,
  'qd366-2025': QD366_GRADING,
};

export const gradingRulebook = (id: RulebookId): GradingRulebook | undefined => BOOKS[id];
