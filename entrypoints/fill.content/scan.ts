/**
 * "Điền cả trang" in one frame: lists the fillable fields (text fields, editable regions, editor iframes' bodies,
 * number fields, selects, radio groups; inside open shadow roots too) and fills the confirmed ones in turn.
 */
import { fieldKey } from '@/domain/fill/site-mapping';
import type { FillResponse, ScanResponse, ScannedField } from '@/domain/schemas/fill-messages';
import { queryDeep } from './deep';
import { editableFor, isNumberInput, isRadio, isSelect, isTextControl, isTextInput, isWritable, kindOf } from './editable';
import { fieldContext, fieldLabel } from './labels';
import { writeToField } from './write';

/** Pause between two fields when filling a page, as Bitwarden does, so frameworks settle. */
const STEP_MS = 20;
const MAX_FIELDS = 500;
const CANDIDATES = 'input,textarea,select,[contenteditable]';

/** The label of a radio group: its fieldset legend, its radiogroup's label, else the text before the first. */
function groupLabel(el: HTMLInputElement): string {
  const group = el.closest('fieldset,[role=radiogroup]');
  const legend = group?.querySelector('legend')?.textContent ?? group?.getAttribute('aria-label');
  return (legend ?? '').normalize('NFC').replace(/\s+/g, ' ').trim() || fieldLabel(el);
}

function candidates(): HTMLElement[] {
  const found = queryDeep(document, CANDIDATES, MAX_FIELDS * 4);
  if (document.designMode === 'on' && document.body && !found.includes(document.body)) found.unshift(document.body);
  return found;
}

export function createScanner() {
  let scanned = new Map<string, HTMLElement>();

  function scan(): ScanResponse {
    scanned = new Map();
    const fields: ScannedField[] = [];
    const radioGroups = new Set<string>();
    for (const el of candidates()) {
      const editable = isTextControl(el) || isNumberInput(el) || isSelect(el) || isRadio(el) ? el : editableFor(el);
      if (!editable || editable !== el || !isWritable(el)) continue;
      if (el.tagName === 'INPUT' && !isTextInput(el) && !isNumberInput(el) && !isRadio(el)) continue;
      if (isRadio(el)) {
        if (!el.name || radioGroups.has(el.name)) continue;
        radioGroups.add(el.name);
      }
      const fieldId = `f${scanned.size + 1}`;
      scanned.set(fieldId, el);
      const label = isRadio(el) ? groupLabel(el) : fieldLabel(el);
      const value = isTextControl(el) || isNumberInput(el) ? el.value : isSelect(el) ? '' : isRadio(el) ? '' : (el.textContent ?? '');
      fields.push({
        fieldId,
        kind: kindOf(el),
        label,
        context: fieldContext(el),
        key: fieldKey({ id: el.id || undefined, name: el.getAttribute('name') || undefined, label }),
        hasText: value.trim() !== '',
      });
      if (fields.length >= MAX_FIELDS) break;
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
      const label = isRadio(el) ? groupLabel(el) : fieldLabel(el);
      const r = await writeToField(el, entry.text, entry.mode, false);
      if (!r.ok) out.skipped.push({ fieldId: entry.fieldId, label, reason: r.reason });
      else if (!r.changed) out.skipped.push({ fieldId: entry.fieldId, label, reason: 'already-present' });
      else out.filled.push({ fieldId: entry.fieldId, label });
      await new Promise((ok) => setTimeout(ok, STEP_MS));
    }
    return out;
  }

  return { scan, fill };
}
