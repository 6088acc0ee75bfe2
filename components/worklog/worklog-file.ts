import { saveBytes } from '@/composables/useSaveFile';
import type { AttachmentRef } from '@/domain/schemas/worklog';
import { worklogStore } from './worklog-store';

/**
 * «Mở tệp»: the file kept on this device, given back as a download from an object URL of a local Blob (no
 * network). False when the file is no longer stored.
 */
export async function downloadAttachment(ref: AttachmentRef): Promise<boolean> {
  const stored = await (await worklogStore()).readAttachment(ref.id);
  if (!stored) return false;
  saveBytes(new Uint8Array(stored.data), stored.name, stored.type || 'application/octet-stream');
  return true;
}
