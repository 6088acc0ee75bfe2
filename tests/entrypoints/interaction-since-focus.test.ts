import { describe, expect, it } from 'vitest';
import { INTERACTION_BEFORE_FOCUS_MS, interactionSinceFocus } from '../../entrypoints/fill.content/focus-chain';

/**
 * A child frame that the page focused by script has had no click or key of the person's since (issue 20 item 6):
 * not trusted. A fake window records the listeners, so events can be given with isTrusted as a browser would.
 */
function fakeWindow() {
  const handlers = new Map<string, ((e: { isTrusted: boolean; target: unknown }) => void)[]>();
  const win = {
    addEventListener: (type: string, fn: (e: { isTrusted: boolean; target: unknown }) => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]),
  };
  let t = 10_000;
  const fire = (type: string, isTrusted = true, target: unknown = win) => handlers.get(type)?.forEach((fn) => fn({ isTrusted, target }));
  return { win: win as unknown as Window, fire, at: (ms: number) => (t = ms), now: () => t };
}

describe('interactionSinceFocus', () => {
  it('has no say before the frame changes focus (injected after the person focused a field)', () => {
    const f = fakeWindow();
    expect(interactionSinceFocus(f.win, f.now)()).toBe(true);
  });

  it('a frame focused by script with no click of the person since: not trusted; a real click then trusts it', () => {
    const f = fakeWindow();
    const ok = interactionSinceFocus(f.win, f.now);
    f.at(10_000);
    f.fire('pointerdown'); // the person clicked here long ago
    f.at(20_000);
    f.fire('focus'); // the page moved the focus into this frame
    expect(ok()).toBe(false);
    f.fire('pointerdown', false); // a synthetic click does not count
    expect(ok()).toBe(false);
    f.at(21_000);
    f.fire('keydown'); // the person typed here
    expect(ok()).toBe(true);
  });

  it.each([
    [INTERACTION_BEFORE_FOCUS_MS, true],
    [INTERACTION_BEFORE_FOCUS_MS + 1, false],
  ])('a click %i ms before the frame took the focus (a click lands first) → %s', (before, trusted) => {
    const f = fakeWindow();
    const ok = interactionSinceFocus(f.win, f.now);
    f.at(50_000 - before);
    f.fire('pointerdown');
    f.at(50_000);
    f.fire('focus');
    expect(ok()).toBe(trusted);
  });

  it('the focus of an element inside the frame is not the frame taking the focus', () => {
    const f = fakeWindow();
    const ok = interactionSinceFocus(f.win, f.now);
    f.fire('focus', true, { tagName: 'INPUT' });
    expect(ok()).toBe(true);
  });
});
