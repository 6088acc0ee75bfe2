import type { AttachmentRef } from '@/domain/schemas/worklog';
import { useWorklogStore } from '@/stores/worklog';

/**
 * «Mở tệp»: the file kept on this device, given back as a download from an object URL of a local Blob (no
 * network). False when the file is no longer stored.
 */
export async function downloadAttachment(ref: AttachmentRef): Promise<boolean> {
  const stored = await useWorklogStore().readAttachment(ref.id);
  if (!stored) return false;
  const url = URL.createObjectURL(new Blob([stored.data], { type: stored.type || 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = stored.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
