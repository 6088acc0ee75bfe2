/**
 * The fill agent of one frame: remembers the last focused editable field (focus moves to the side panel when
 * the user clicks there), lists the frame's fillable fields, and writes what the extension sends. It answers
 * only the extension's own messages, validated with zod; it never submits anything.
 */
import { browser } from 'wxt/browser';
import { fieldKey } from '@/domain/fill/site-mapping';
import {
  FillMessageSchema,
  type FillResponse,
  type FrameStatus,
  type InsertResponse,
  type ScanResponse,
  type ScannedField,
} from '@/domain/schemas/fill-messages';
import { editableFor, isTextControl, isTextInput, isWritable, kindOf } from './editable';
import { fieldContext, fieldLabel } from './labels';
import { writeToField } from './write';

/** Pause between two fields when filling a page, as Bitwarden does, so frameworks settle. */
const STEP_MS = 20;

export interface FillAgent {
  status: () => FrameStatus;
}

function isForeignFrame(el: Element | null): boolean {
  if (!el || (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME')) return false;
  try {
    return (el as HTMLIFrameElement).contentDocument === null;
  } catch {
    return true;
  }
}

export function createFillAgent(): FillAgent {
  let last: { el: HTMLElement; at: number; range?: Range } | undefined;
  let scanned = new Map<string, HTMLElement>();

  const remember = (el: HTMLElement | undefined, at = Date.now()) => {
    if (el && isWritable(el)) last = { el, at };
  };
  const rememberSelection = () => {
    if (!last || isTextControl(last.el)) return;
    const sel = document.getSelection();
    if (sel && sel.rangeCount > 0 && last.el.contains(sel.getRangeAt(0).endContainer)) last.range = sel.getRangeAt(0).cloneRange();
  };

  document.addEventListener('focusin', (e) => remember(editableFor(e.target)), true);
  document.addEventListener('selectionchange', rememberSelection);
  // Injected after the user already focused a field (the first click in the panel injects us).
  remember(editableFor(document.activeElement));
  rememberSelection();

  function status(): FrameStatus {
    const active = editableFor(document.activeElement);
    const iframes = [...document.querySelectorAll('iframe,frame')];
    return {
      lastFocusAt: last?.el.isConnected ? last.at : 0,
      activeIsEditable: !!active && active === last?.el,
      fieldLabel: last?.el.isConnected ? fieldLabel(last.el) : undefined,
      focusInForeignFrame: isForeignFrame(document.activeElement),
      foreignFrames: iframes.filter(isForeignFrame).length,
    };
  }

  function insert(text: string, mode: 'insert' | 'replace'): InsertResponse {
    if (!last) return { ok: false, reason: 'no-field' };
    if (!last.el.isConnected) return { ok: false, reason: 'field-gone' };
    const r = writeToField(last.el, text, mode, true, last.range);
    if (!r.ok) return { ok: false, reason: r.reason, maxLength: r.maxLength };
    rememberSelection();
    return { ok: true, fieldLabel: fieldLabel(last.el), changed: r.changed };
  }

  function scan(): ScanResponse {
    scanned = new Map();
    const fields: ScannedField[] = [];
    const candidates = document.querySelectorAll<HTMLElement>('input,textarea,[contenteditable]');
    for (const el of candidates) {
      const target = isTextControl(el) ? el : editableFor(el);
      if (!target || target !== el || !isWritable(el)) continue;
      if (el.tagName === 'INPUT' && !isTextInput(el)) continue;
      const fieldId = `f${scanned.size + 1}`;
      scanned.set(fieldId, el);
      const label = fieldLabel(el);
      fields.push({
        fieldId,
        kind: kindOf(el),
        label,
        context: fieldContext(el),
        key: fieldKey({ id: el.id || undefined, name: el.getAttribute('name') || undefined, label }),
        hasText: (isTextControl(el) ? el.value : (el.textContent ?? '')).trim() !== '',
      });
      if (fields.length >= 500) break;
    }
    return { fields };
  }

  async function fill(entries: { fieldId: string; text: string; mode: 'insert' | 'replace' }[]): Promise<FillResponse> {
    const out: FillResponse = { filled: [], skipped: [] };
    for (const entry of entries) {
      const el = scanned.get(entry.fieldId);
      if (!el || !el.isConnected) {
        out.skipped.push({ fieldId: entry.fieldId, label: el ? fieldLabel(el) : '', reason: 'field-gone' });
        continue;
      }
      const label = fieldLabel(el);
      const r = writeToField(el, entry.text, entry.mode, false);
      if (!r.ok) out.skipped.push({ fieldId: entry.fieldId, label, reason: r.reason });
      else if (!r.changed) out.skipped.push({ fieldId: entry.fieldId, label, reason: 'already-present' });
      else out.filled.push({ fieldId: entry.fieldId, label });
      await new Promise((ok) => setTimeout(ok, STEP_MS));
    }
    return out;
  }

  browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const parsed = FillMessageSchema.safeParse(raw);
    if (!parsed.success) return false;
    const msg = parsed.data;
    if (msg.type === 'kd-fill:insert') sendResponse(insert(msg.text, msg.mode));
    else if (msg.type === 'kd-fill:scan') sendResponse(scan());
    else {
      void fill(msg.entries).then(sendResponse);
      return true;
    }
    return false;
  });

  return { status };
}

