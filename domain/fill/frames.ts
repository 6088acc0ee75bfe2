/**
 * Which frame of the tab gets "Chèn vào ô đang chọn": only the frame on the page's focus chain (the top
 * document's focused iframe, that frame's focused iframe, …) whose focused element is a field. A frame that
 * merely remembers a focused field (every editor iframe does) does not count. A child frame of another origin
 * counts only if the person has clicked or typed in it: a page can move focus by script, not fake a click.
 */
import type { FrameStatus } from '../schemas/fill-messages';

type Frame = { frameId: number; status: FrameStatus };
export type FrameChoice = { frameId: number; fieldLabel?: string } | { error: 'foreign-frame' | 'no-field' | 'untrusted-frame' | 'hidden-field' };

/** Frames on the focus chain: 'top' and 'yes' by themselves; 'unknown' when a frame on the chain has it focused. */
export function framesOnFocusChain(frames: readonly Frame[]): Set<number> {
  const on = new Set(frames.filter((f) => f.status.chain === 'top' || f.status.chain === 'yes').map((f) => f.frameId));
  for (let grew = true, rounds = 0; grew && rounds < 20; rounds += 1) {
    grew = false;
    const focusedUrls = new Set(frames.filter((f) => on.has(f.frameId) && f.status.activeFrameUrl).map((f) => f.status.activeFrameUrl));
    for (const f of frames) {
      if (!on.has(f.frameId) && f.status.chain === 'unknown' && focusedUrls.has(f.status.url)) {
        on.add(f.frameId);
        grew = true;
      }
    }
  }
  return on;
}

const trusted = (f: Frame): boolean => !f.status.foreignToTop || f.status.userActivated;

export function chooseInsertFrame(frames: readonly Frame[]): FrameChoice {
  const on = framesOnFocusChain(frames);
  const focused = frames.find((f) => on.has(f.frameId) && f.status.activeIsEditable);
  if (focused) return trusted(focused) ? { frameId: focused.frameId, fieldLabel: focused.status.fieldLabel } : { error: 'untrusted-frame' };
  // The page moved the focus, by script, to a field nobody can see: refuse rather than write there or elsewhere.
  if (frames.some((f) => on.has(f.frameId) && f.status.activeHidden)) return { error: 'hidden-field' };
  // The focus chain ends in a frame the extension could not enter: say so rather than fill an older field.
  const reached = new Set(frames.map((f) => f.status.url));
  const end = frames.find((f) => on.has(f.frameId) && f.status.activeFrameUrl !== undefined);
  if (end && !reached.has(end.status.activeFrameUrl!)) return { error: 'foreign-frame' };
  // Nothing focused now (the person clicked the page's background): the field they focused last, in a frame of
  // the page's own origin (a frame of another origin counts only while the page has it focused).
  const earlier = [...frames].filter((f) => f.status.lastFocusAt > 0 && !f.status.foreignToTop).sort((a, b) => b.status.lastFocusAt - a.status.lastFocusAt)[0];
  return earlier ? { frameId: earlier.frameId, fieldLabel: earlier.status.fieldLabel } : { error: 'no-field' };
}

/** Child frames of another origin that no injected agent answered for: the ones "Điền cả trang" cannot reach. */
export function unreachableFrameCount(frames: readonly Frame[]): number {
  const reached = new Set(frames.map((f) => f.status.url));
  return frames.reduce((n, f) => n + f.status.otherOriginFrames.filter((u) => !reached.has(u)).length, 0);
}
