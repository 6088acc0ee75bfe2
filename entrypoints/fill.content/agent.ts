/**
 * The fill agent of one frame: remembers the field the person last focused (trusted events only: a page can
 * dispatch a fake `focusin`, not a real one), reports whether this frame holds the page's focus, lists the
 * frame's fillable fields (through shadow roots) and writes what the extension sends. It answers only the
 * extension's own messages, validated with zod; it never submits anything.
 */
import { browser } from 'wxt/browser';
import { FillMessageSchema, type FrameStatus, type InsertResponse } from '@/domain/schemas/fill-messages';
import { deepActiveElement, innerTarget } from './deep';
import { editableFor, isPerceivable, isTextControl, isWritable } from './editable';
import { focusChain, foreignToTop, interactionSinceFocus, userActivated } from './focus-chain';
import { describeField } from './labels';
import { createScanner } from './scan';
import { writeToField } from './write';

export interface FillAgent {
  status: () => FrameStatus;
}

/** The iframe's address if its content is of another origin (not readable from here). */
function otherOriginUrl(el: Element): string | undefined {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return undefined;
  try {
    if ((el as HTMLIFrameElement).contentDocument !== null) return undefined;
  } catch {
    /* another origin */
  }
  return (el as HTMLIFrameElement).src || undefined;
}

/** The iframe's address, whatever its origin (same-origin editor frames are about:blank). */
function frameUrl(el: Element | null): string | undefined {
  if (!el || (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME')) return undefined;
  try {
    const href = (el as HTMLIFrameElement).contentWindow?.location.href;
    if (href) return href;
  } catch {
    /* another origin: the src attribute is what we know */
  }
  return (el as HTMLIFrameElement).src || 'about:blank';
}

export function createFillAgent(): FillAgent {
  let last: { el: HTMLElement; at: number; range?: Range } | undefined;
  const scanner = createScanner();
  const actedSinceFocus = interactionSinceFocus();

  const remember = (el: HTMLElement | undefined, at: number) => {
    if (el && isWritable(el)) last = { el, at };
  };
  const rememberSelection = () => {
    if (!last || isTextControl(last.el)) return;
    const sel = last.el.ownerDocument.getSelection();
    if (sel && sel.rangeCount > 0 && last.el.contains(sel.getRangeAt(0).endContainer)) last.range = sel.getRangeAt(0).cloneRange();
  };
  /** The field focused in this frame right now, if it is one we may write. */
  const focusedField = (): HTMLElement | undefined => {
    const el = editableFor(deepActiveElement(document));
    return el && isWritable(el) ? el : undefined;
  };

  document.addEventListener(
    'focusin',
    (e) => {
      if (e.isTrusted) remember(editableFor(innerTarget(e)), Date.now());
    },
    true,
  );
  document.addEventListener('selectionchange', (e) => {
    if (e.isTrusted) rememberSelection();
  });
  // Injected after the person focused a field (the first click in the panel injects us): take it only if this
  // frame holds the page's focus; every unfocused editor iframe also keeps a focused body.
  if (focusChain() !== 'no') {
    const now = focusedField();
    if (now) last = { el: now, at: Date.now() };
    rememberSelection();
  }

  function status(): FrameStatus {
    const active = focusedField();
    const focusedEditable = editableFor(deepActiveElement(document));
    const frames = [...document.querySelectorAll('iframe,frame')];
    return {
      lastFocusAt: last?.el.isConnected ? last.at : 0,
      activeIsEditable: !!active,
      activeHidden: !!focusedEditable && !isPerceivable(focusedEditable),
      fieldLabel: active ? describeField(active) : last?.el.isConnected ? describeField(last.el) : undefined,
      chain: focusChain(),
      url: location.href.slice(0, 2048),
      activeFrameUrl: frameUrl(document.activeElement)?.slice(0, 2048),
      otherOriginFrames: frames.map(otherOriginUrl).filter((u): u is string => !!u).slice(0, 100).map((u) => u.slice(0, 2048)),
      foreignToTop: foreignToTop(),
      // a frame focused by the page's script, with no click or key of the person's in it since, is not trusted
      userActivated: userActivated() && actedSinceFocus(),
    };
  }

  async function insert(text: string, mode: 'insert' | 'replace'): Promise<InsertResponse> {
    // The field focused now wins over the remembered one (the panel chose this frame for it).
    const now = focusedField();
    if (now && now !== last?.el) last = { el: now, at: Date.now() };
    if (!last) return { ok: false, reason: 'no-field' };
    if (!last.el.isConnected) return { ok: false, reason: 'field-gone' };
    rememberSelection();
    const r = await writeToField(last.el, text, mode, true, last.range);
    if (!r.ok) return { ok: false, reason: r.reason === 'no-option' ? 'not-taken' : r.reason, maxLength: r.maxLength };
    rememberSelection();
    return { ok: true, fieldLabel: describeField(last.el), changed: r.changed };
  }

  browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const parsed = FillMessageSchema.safeParse(raw);
    if (!parsed.success) return false;
    const msg = parsed.data;
    if (msg.type === 'kd-fill:scan') {
      sendResponse(scanner.scan());
      return false;
    }
    void (msg.type === 'kd-fill:insert' ? insert(msg.text, msg.mode) : scanner.fill(msg.entries)).then(sendResponse);
    return true;
  });

  return { status };
}
