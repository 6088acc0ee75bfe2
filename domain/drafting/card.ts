import { nfc } from '../core/text';
import type { Draft } from '../schemas/draft';

/**
 * What a draft card in the list is titled with: the person (or the collective) the draft is about, so that two
 * drafts on the same form are told apart at a glance. '' when the draft names nobody yet.
 */
export function whoOf(draft: Pick<Draft, 'profile'>): string {
  const s = draft.profile?.subject;
  if (!s) return '';
  return nfc(s.kind === 'individual' ? s.fullName ?? '' : s.name).trim().replace(/\s+/g, ' ');
}

/** The card's heading: "<who> — Mẫu <code> năm <year>", naming the missing person or collective when unknown. */
export function cardHeading(card: { who?: string; formCode: string; reviewYear: number }): string {
  const who = card.who?.trim() || (card.formCode === '01' ? 'Chưa ghi tên tập thể' : 'Chưa ghi họ tên');
  return nfc(`${who} — Mẫu ${card.formCode} năm ${card.reviewYear}`);
}
