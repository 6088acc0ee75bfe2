import { getFormModel, writableUnits } from '../domain/forms';
import { DraftSchema, type Draft } from '../domain/schemas/draft';

const SENTENCE =
  'Trong năm, bản thân luôn chấp hành nghiêm chủ trương, đường lối của Đảng, hoàn thành 12/12 nhiệm vụ được giao, trong đó 4 nhiệm vụ vượt mức (33,3%). ';

/** A 2025 Mẫu 02B draft of about `pages` A4 pages (≈ 2,800 characters a page), spread over its units. */
export function sampleDraft(id: string, pages: number, now = Date.now()): Draft {
  const form = getFormModel('qd366-2025', '02B')!;
  const units = writableUnits(form);
  const perUnit = Math.ceil((pages * 2800) / units.length / SENTENCE.length);
  const sections: Draft['sections'] = {};
  for (const u of units) sections[u.id] = { text: SENTENCE.repeat(perUnit).trim() };
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
