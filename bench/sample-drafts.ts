import { writableUnits } from '../domain/forms';
import { getFormModel } from '../domain/rulebooks';
import { DraftSchema, type Draft } from '../domain/schemas/draft';
import { compactChain } from '../domain/sync/version-chain';

const SENTENCE =
  'Trong năm, bản thân luôn chấp hành nghiêm chủ trương, đường lối của Đảng, hoàn thành 12/12 nhiệm vụ được giao, trong đó 4 nhiệm vụ vượt mức (33,3%). ';

/** A 2025 Mẫu 02B draft of about `pages` A4 pages (≈ 2,800 characters a page), spread over its units. */
export function sampleDraft(id: string, pages: number, now = Date.now()): Draft {
  const form = getFormModel('qd366-2025', '02B')!;
  const units = writableUnits(form);
  const perUnit = Math.ceil((pages * 2800) / units.length / SENTENCE.length);
  const sections: Draft['sections'] = {};
  // Paragraphs of three sentences, as a written self-review has (one 4,000-character line would not be).
  for (const u of units) sections[u.id] = { text: Array.from({ length: perUnit }, (_, i) => SENTENCE.trim() + ((i + 1) % 3 === 0 ? '\n' : ' ')).join('').trim() };
  return DraftSchema.parse({
    v: 1,
    id,
    title: `Bản kiểm điểm mẫu ${id}`,
    reviewYear: 2025,
    rulebookId: 'qd366-2025',
    formCode: '02B',
    sections,
    createdAt: now,
    updatedAt: now,
    rev: 1,
  });
}

/**
 * The history record of `draft` with `count` versions, oldest first, as typing leaves them: each version
 * differs from the next in one unit (the oldest has the first `count` units unfinished, the newest one),
 * stored the way the app stores them (stores/history.ts: one record per draft, a chain repeating nothing).
 */
export function sampleHistory(draft: Draft, count: number, now = Date.now()) {
  const units = Object.keys(draft.sections);
  const full = Array.from({ length: count }, (_, j) => {
    const sections = { ...draft.sections };
    for (const u of units.slice(0, count - j)) sections[u] = { text: sections[u]!.text.slice(0, 80) };
    return { seq: j + 1, savedAt: now - (count - j) * 300_000, reason: 'autosave' as const, draft: { ...draft, sections } };
  });
  return { draftId: draft.id, nextSeq: count + 1, versions: compactChain(full) };
}
