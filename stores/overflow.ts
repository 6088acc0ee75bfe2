import { OVERFLOW_KEY_PREFIX, type Overflow } from '@/domain/backup/fit';
import { useDatabase } from './db';

/**
 * Text cut at input because it passed a field's limit (a section holds at most 200,000 characters): kept in the
 * setting `overflow:<draft id>`, which the backup carries, so it can be recovered and is never silently dropped.
 */
export async function keepOverflow(draftId: string, part: Overflow): Promise<void> {
  const db = useDatabase();
  const key = `${OVERFLOW_KEY_PREFIX}${draftId}`;
  await db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(key))?.value as { parts?: Overflow[] } | undefined;
    await db.settings.put({ key, value: { parts: [...(stored?.parts ?? []), { ...part, at: Date.now() }] } });
  });
}
