/** What every writer shares: the outcome, the flash, reading back after the page settled. */
import type { InsertionPlan } from '@/domain/fill/insertion';

export type WriteOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-writable' | 'too-long' | 'empty-text' | 'not-taken' | 'no-option'; maxLength?: number };

/** Short visible feedback on the field that was written (Bitwarden does the same). */
export function flash(el: HTMLElement): void {
  const previous = el.style.outline;
  el.style.outline = '3px solid #2e7d32';
  setTimeout(() => (el.style.outline = previous), 1200);
}

export function fromPlan(plan: InsertionPlan): WriteOutcome | undefined {
  if (plan.kind === 'too-long') return { ok: false, reason: 'too-long', maxLength: plan.maxLength };
  if (plan.kind === 'unchanged') return plan.reason === 'empty-text' ? { ok: false, reason: 'empty-text' } : { ok: true, changed: false };
  return undefined;
}

/** Lets the page's own handlers (mutation observers, re-renders from state) run before the text is read back. */
export function settle(): Promise<void> {
  return new Promise((ok) => setTimeout(ok, 30));
}

/** Whitespace-insensitive "the field now holds `text`". */
export const holds = (current: string, text: string): boolean => current.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim());
