import { formatZodError } from '@/domain/schemas/errors';
import { INVALID_REQUEST, SaveRequestSchema, type SaveReply } from '@/domain/schemas/save-messages';
import type { createDraftSaver } from './draft-save';

type Saver = Pick<ReturnType<typeof createDraftSaver>, 'saveDraft'>;

/** The save worker's work for one message: check it, save, say how it went. Never throws. */
export async function handleSaveRequest(raw: unknown, saverFor: (dbName: string) => Saver): Promise<SaveReply> {
  const parsed = SaveRequestSchema.safeParse(raw);
  const id = typeof (raw as { id?: unknown })?.id === 'number' && Number.isInteger((raw as { id: number }).id) && (raw as { id: number }).id >= 0 ? (raw as { id: number }).id : 0;
  if (!parsed.success) return { kind: 'failed', id, name: INVALID_REQUEST, message: `Yêu cầu lưu không hợp lệ: ${formatZodError(parsed.error, 3).join('; ')}` };
  const { base, working, dbName } = parsed.data;
  try {
    const { saved, conflicts, merged } = await saverFor(dbName).saveDraft(base, working);
    const at = performance.timeOrigin + performance.now();
    return merged ? { kind: 'merged', id, saved, conflicts, at } : { kind: 'saved', id, rev: saved.rev, updatedAt: saved.updatedAt, at };
  } catch (e) {
    const err = e as { name?: unknown; message?: unknown; inner?: { name?: unknown } };
    const name = typeof err?.inner?.name === 'string' ? err.inner.name : typeof err?.name === 'string' ? err.name : 'Error';
    return { kind: 'failed', id, name: name.slice(0, 200), message: String(err?.message ?? '').slice(0, 4000) };
  }
}
