/**
 * Numbers as Vietnamese users type them: "62", "62,5" (decimal comma) or "62.5" (pasted from a file). A number
 * field keeps the text exactly as typed; this reader says whether it is a number the field accepts and, when not,
 * why in one short Vietnamese line ("Tối đa 70 điểm."), so the field can show it beside the text instead of
 * cutting "75" down to "7".
 */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; message: string };

export interface NumberLimits {
  min?: number;
  max?: number;
  /** Whole numbers only (a year, a count). */
  integer?: boolean;
  /** Word after the limit in messages: "điểm" gives "Tối đa 70 điểm.". */
  unit?: string;
}

const shownLimit = (n: number): string => String(n).replace('.', ',');

export function readNumberVi(input: string, limits: NumberLimits = {}): NumberReading {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const unit = limits.unit ? ` ${limits.unit}` : '';
  if (!/^-?\d+([.,]\d+)?$/.test(text)) {
    return { kind: 'invalid', message: limits.integer ? 'Chỉ nhập số nguyên, ví dụ 12.' : 'Chỉ nhập số, ví dụ 62,5.' };
  }
  const value = Number(text.replace(',', '.'));
  if (limits.integer && !Number.isInteger(value)) return { kind: 'invalid', message: 'Chỉ nhập số nguyên, ví dụ 12.' };
  if (limits.max !== undefined && value > limits.max) return { kind: 'invalid', message: `Tối đa ${shownLimit(limits.max)}${unit}.` };
  if (limits.min !== undefined && value < limits.min) return { kind: 'invalid', message: `Tối thiểu ${shownLimit(limits.min)}${unit}.` };
  return { kind: 'number', value };
}
