import { describe, expect, it } from 'vitest';
import { chooseInsertFrame, framesOnFocusChain, unreachableFrameCount } from '../../../domain/fill/frames';
import type { FrameStatus } from '../../../domain/schemas/fill-messages';

const st = (o: Partial<FrameStatus>): FrameStatus => ({
  lastFocusAt: 0,
  activeIsEditable: false,
  activeHidden: false,
  chain: 'no',
  url: 'http://a.test/',
  otherOriginFrames: [],
  foreignToTop: false,
  userActivated: false,
  ...o,
});
const top = (o: Partial<FrameStatus> = {}) => ({ frameId: 0, status: st({ chain: 'top', ...o }) });

describe('chooseInsertFrame: only the frame on the focus chain counts', () => {
  it.each([
    ['focused field in the top frame', [top({ lastFocusAt: 5, activeIsEditable: true, fieldLabel: 'A' })], { frameId: 0, fieldLabel: 'A' }],
    [
      'two editor iframes both remember a focused body: the one the top document has focused wins, not the latest',
      [
        top({ activeFrameUrl: 'about:blank#1' }),
        { frameId: 1, status: st({ chain: 'yes', activeIsEditable: true, lastFocusAt: 5, fieldLabel: 'Ưu điểm' }) },
        { frameId: 2, status: st({ chain: 'no', activeIsEditable: true, lastFocusAt: 9, fieldLabel: 'Hạn chế' }) },
      ],
      { frameId: 1, fieldLabel: 'Ưu điểm' },
    ],
    [
      'a frame off the chain never wins over the focused top field, whatever its timestamps',
      [top({ activeIsEditable: true, lastFocusAt: 1, fieldLabel: 'Tóm tắt' }), { frameId: 4, status: st({ chain: 'no', activeIsEditable: true, lastFocusAt: 99 }) }],
      { frameId: 0, fieldLabel: 'Tóm tắt' },
    ],
    [
      'a reachable frame of another origin, focused by the top document and clicked by the person',
      [
        top({ activeFrameUrl: 'http://b.test/form' }),
        { frameId: 7, status: st({ chain: 'unknown', url: 'http://b.test/form', activeIsEditable: true, foreignToTop: true, userActivated: true }) },
      ],
      { frameId: 7 },
    ],
    [
      'the same frame never clicked by the person (focus moved there by script): refused',
      [
        top({ activeFrameUrl: 'http://b.test/form' }),
        { frameId: 7, status: st({ chain: 'unknown', url: 'http://b.test/form', activeIsEditable: true, foreignToTop: true, userActivated: false }) },
      ],
      { error: 'untrusted-frame' },
    ],
    [
      'a frame of another origin not focused by the top document does not count (its page may fake focus events)',
      [top({ lastFocusAt: 3 }), { frameId: 7, status: st({ chain: 'unknown', url: 'http://b.test/form', activeIsEditable: true, foreignToTop: true, userActivated: true, lastFocusAt: 9 }) }],
      { frameId: 0 },
    ],
    ['focus in a frame nobody answered for: refuse, even with an older field', [top({ lastFocusAt: 9, activeFrameUrl: 'http://c.test/' })], { error: 'foreign-frame' }],
    ['the page focused an invisible field by script: refused, not written elsewhere', [top({ lastFocusAt: 4, activeHidden: true })], { error: 'hidden-field' }],
    ['no focus now: the last field the person focused', [top({ lastFocusAt: 4 })], { frameId: 0 }],
    ['never focused', [top()], { error: 'no-field' }],
    ['no frame at all', [], { error: 'no-field' }],
  ])('%s', (_name, frames, expected) => {
    expect(chooseInsertFrame(frames)).toEqual(expected);
  });

  it('follows the chain through several frames of other origins', () => {
    const frames = [
      top({ activeFrameUrl: 'http://b.test/' }),
      { frameId: 1, status: st({ chain: 'unknown', url: 'http://b.test/', activeFrameUrl: 'http://c.test/' }) },
      { frameId: 2, status: st({ chain: 'unknown', url: 'http://c.test/' }) },
      { frameId: 3, status: st({ chain: 'unknown', url: 'http://d.test/' }) },
    ];
    expect([...framesOnFocusChain(frames)].sort()).toEqual([0, 1, 2]);
  });
});

describe('unreachableFrameCount', () => {
  it('counts child frames of another origin only when no agent answered from them', () => {
    const frames = [top({ otherOriginFrames: ['http://b.test/', 'http://x.test/ad'] }), { frameId: 1, status: st({ chain: 'unknown', url: 'http://b.test/' }) }];
    expect(unreachableFrameCount(frames)).toBe(1);
    expect(unreachableFrameCount([top({ otherOriginFrames: ['http://b.test/'] })])).toBe(1);
    expect(unreachableFrameCount([top()])).toBe(0);
  });
});
