import { describe, expect, it } from 'vitest';
import { chooseInsertFrame } from '../../../domain/fill/frames';
import type { FrameStatus } from '../../../domain/schemas/fill-messages';

const st = (o: Partial<FrameStatus>): FrameStatus => ({ lastFocusAt: 0, activeIsEditable: false, focusInForeignFrame: false, foreignFrames: 0, ...o });

describe('chooseInsertFrame', () => {
  it.each([
    ['focused field in the top frame', [{ frameId: 0, status: st({ lastFocusAt: 5, activeIsEditable: true, fieldLabel: 'A' }) }], { frameId: 0, fieldLabel: 'A' }],
    [
      'focus moved into a same-origin frame: the frame wins over an older top field',
      [{ frameId: 0, status: st({ lastFocusAt: 9 }) }, { frameId: 3, status: st({ lastFocusAt: 5, activeIsEditable: true }) }],
      { frameId: 3 },
    ],
    ['two focused frames: the latest', [{ frameId: 1, status: st({ lastFocusAt: 5, activeIsEditable: true }) }, { frameId: 2, status: st({ lastFocusAt: 6, activeIsEditable: true }) }], { frameId: 2 }],
    ['focus in a foreign frame: refuse, even with an older field', [{ frameId: 0, status: st({ lastFocusAt: 9, focusInForeignFrame: true }) }], { error: 'foreign-frame' }],
    ['no focus now: the last focused field', [{ frameId: 0, status: st({ lastFocusAt: 4 }) }], { frameId: 0 }],
    ['never focused', [{ frameId: 0, status: st({}) }], { error: 'no-field' }],
    ['no frame at all', [], { error: 'no-field' }],
  ])('%s', (_name, frames, expected) => {
    expect(chooseInsertFrame(frames)).toEqual(expected);
  });
});
