/** Which frame of the tab gets "Chèn vào ô đang chọn": the one whose field has the focus, else the last focused. */
import type { FrameStatus } from '../schemas/fill-messages';

export type FrameChoice = { frameId: number; fieldLabel?: string } | { error: 'foreign-frame' | 'no-field' };

export function chooseInsertFrame(frames: readonly { frameId: number; status: FrameStatus }[]): FrameChoice {
  const latest = (list: typeof frames) => [...list].sort((a, b) => b.status.lastFocusAt - a.status.lastFocusAt)[0];
  const focused = latest(frames.filter((f) => f.status.activeIsEditable && f.status.lastFocusAt > 0));
  if (focused) return { frameId: focused.frameId, fieldLabel: focused.status.fieldLabel };
  // The focus sits in a frame of another site that we could not enter: say so rather than fill an older field.
  if (frames.some((f) => f.status.focusInForeignFrame)) return { error: 'foreign-frame' };
  const earlier = latest(frames.filter((f) => f.status.lastFocusAt > 0));
  return earlier ? { frameId: earlier.frameId, fieldLabel: earlier.status.fieldLabel } : { error: 'no-field' };
}
