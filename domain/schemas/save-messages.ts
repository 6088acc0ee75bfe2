import { z } from 'zod';
import { DraftSchema } from './draft';

/**
 * Messages between the editor and the save worker (stores/draft-save.worker.ts). The worker checks every
 * request; the editor checks every reply. v1.
 */
const id = z.number().int().nonnegative();

/** The error name of a "failed" reply to a request that did not pass SaveRequestSchema. */
export const INVALID_REQUEST = 'InvalidRequest';

export const SaveRequestSchema = z.object({
  v: z.literal(1),
  id,
  /** the IndexedDB database the page uses. */
  dbName: z.string().min(1).max(200),
  /** the stored draft the edit started from, and the edited draft. */
  base: DraftSchema,
  working: DraftSchema,
});
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

/** when the save was committed: ms since the epoch, sub-millisecond (performance.timeOrigin + now()). */
const at = z.number().nonnegative();

const ConflictSchema = z.object({ key: z.string().max(200), mine: z.string(), theirs: z.string() });

export const SaveReplySchema = z.discriminatedUnion('kind', [
  /** saved as sent: only the revision and time changed. */
  z.object({ kind: z.literal('saved'), id, rev: z.number().int().nonnegative(), updatedAt: z.number().int().nonnegative(), at }),
  /** another view had saved in between: the merged draft, and texts changed on both sides. */
  z.object({ kind: z.literal('merged'), id, saved: DraftSchema, conflicts: z.array(ConflictSchema), at }),
  /** not saved: the error's name (QuotaExceededError…) and message. */
  z.object({ kind: z.literal('failed'), id, name: z.string().max(200), message: z.string().max(4000) }),
]);
export type SaveReply = z.infer<typeof SaveReplySchema>;
