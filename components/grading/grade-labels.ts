import { GRADES, GRADE_LABELS, type Grade } from '@/domain/core/grade';
import type { ConditionResult } from '@/domain/grading';

/** Words and symbols for the grade check: status is always said in words, never by colour alone. */
export const gradeName = (g: Grade): string => `${GRADE_LABELS[g]} (${g})`;

/** KHTNV conditions are triggers: "met" is the bad case. */
export const isTrigger = (c: Pick<ConditionResult, 'grade'>): boolean => c.grade === 'KHTNV';

export type Tone = 'ok' | 'bad' | 'unknown';
export function toneOf(c: ConditionResult): Tone {
  if (c.status === 'unknown') return 'unknown';
  return (c.status === 'met') === isTrigger(c) ? 'bad' : 'ok';
}

export function statusText(c: ConditionResult): { icon: string; text: string } {
  if (c.status === 'unknown') return { icon: '?', text: 'Chưa rõ' };
  if (isTrigger(c)) return c.status === 'met' ? { icon: '✗', text: 'Thuộc trường hợp này' } : { icon: '✓', text: 'Không thuộc' };
  return c.status === 'met' ? { icon: '✓', text: 'Đạt' } : { icon: '✗', text: 'Chưa đạt' };
}

const TONE_ORDER: Record<Tone, number> = { bad: 0, unknown: 1, ok: 2 };

/** Conditions grouped by grade (HTXSNV … KHTNV), within a grade the unmet first, then the unknown, then the met. */
export function groupConditions(list: readonly ConditionResult[]): { grade: Grade; items: ConditionResult[] }[] {
  return GRADES.map((grade) => ({
    grade,
    items: list
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.grade === grade)
      .sort((a, b) => TONE_ORDER[toneOf(a.c)] - TONE_ORDER[toneOf(b.c)] || a.i - b.i)
      .map(({ c }) => c),
  })).filter((g) => g.items.length > 0);
}
