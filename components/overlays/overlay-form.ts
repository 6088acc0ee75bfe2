import type { RuleRef } from '@/domain/core/rule';
import { rulebookIdForYear } from '@/domain/core/rulebook-id';
import { nfc } from '@/domain/core/text';
import type { Overlay, OverlayInput } from '@/domain/schemas/overlay';
import { slugify } from './overlay-file';

/**
 * The unit head's overlay editor as plain rows, and its conversion to an overlay file. An overlay written here
 * names the unit as its source; its certainty is 'secondary' (the app has not seen the unit's signed text).
 */
export interface ContentRow { id?: string; text: string; clause: string }
export interface DeadlineRow { id?: string; date: string; what: string; who: string }
export interface OverlayForm {
  name: string;
  issuer: string;
  reviewYear: number;
  contents: ContentRow[];
  deadlines: DeadlineRow[];
}

export const blankContent = (): ContentRow => ({ text: '', clause: '' });
export const blankDeadline = (): DeadlineRow => ({ date: '', what: '', who: '' });

export function emptyForm(reviewYear: number): OverlayForm {
  return { name: '', issuer: '', reviewYear, contents: [blankContent()], deadlines: [blankDeadline()] };
}

/** The editor's rows for an existing overlay (its first review year, or the year given). */
export function formFromOverlay(o: Overlay, fallbackYear: number): OverlayForm {
  return {
    name: o.name,
    issuer: o.issuer,
    reviewYear: o.appliesTo.reviewYears?.[0] ?? fallbackYear,
    contents: o.contents.map((c) => ({ id: c.id, text: c.text, clause: c.rule.clause === o.name ? '' : c.rule.clause })),
    deadlines: o.deadlines.map((d) => ({ id: d.id, date: d.date, what: d.what, who: d.who })),
  };
}

const isBlankContent = (r: ContentRow) => !r.text.trim() && !r.clause.trim();
const isBlankDeadline = (r: DeadlineRow) => !r.date.trim() && !r.what.trim() && !r.who.trim();

/** The rows without the entirely empty ones (so error positions match what is on screen). */
export function compactForm(form: OverlayForm): OverlayForm {
  return { ...form, contents: form.contents.filter((r) => !isBlankContent(r)), deadlines: form.deadlines.filter((r) => !isBlankDeadline(r)) };
}

function freshId(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Whether an overlay already applies to a year (then its years and rulebooks are kept as they are). */
function coversYear(o: Overlay, year: number): boolean {
  const rb = rulebookIdForYear(year);
  return !!rb && o.appliesTo.rulebookIds.includes(rb) && (!o.appliesTo.reviewYears || o.appliesTo.reviewYears.includes(year));
}

/**
 * The overlay for a (compacted) form. `base` is the overlay being edited: its id, audiences, form units,
 * triggers, settings and notes are kept. The result is validated by the caller (OverlaySchema via the store).
 */
export function overlayFromForm(form: OverlayForm, base?: Overlay): OverlayInput {
  const name = nfc(form.name.trim());
  const issuer = nfc(form.issuer.trim());
  const id = base?.id ?? `${slugify(name)}-${form.reviewYear}`;
  const rulebookId = rulebookIdForYear(form.reviewYear);
  const rule = (suffix: string, clause: string): RuleRef => ({
    id: suffix ? `${id}.${suffix}` : id,
    clause: nfc(clause.trim()) || name,
    source: issuer ? `Hướng dẫn do ${issuer} soạn trong ứng dụng` : 'Hướng dẫn soạn trong ứng dụng',
    certainty: 'secondary',
  });
  const taken = new Set([...form.contents, ...form.deadlines].flatMap((r) => (r.id ? [r.id] : [])));
  const contents = form.contents.map((r) => {
    const itemId = r.id ?? freshId('noi-dung', taken);
    const old = base?.contents.find((c) => c.id === itemId);
    return {
      ...(old ?? { audience: ['everyone' as const], formUnit: {} }),
      id: itemId,
      text: nfc(r.text.trim()),
      rule: old && (nfc(r.clause.trim()) || name) === old.rule.clause ? old.rule : rule(itemId, r.clause),
    };
  });
  const deadlines = form.deadlines.map((r) => {
    const itemId = r.id ?? freshId('han', taken);
    const old = base?.deadlines.find((d) => d.id === itemId);
    return {
      recurring: false,
      ...(old ?? {}),
      id: itemId,
      date: r.date.trim(),
      what: nfc(r.what.trim()),
      who: nfc(r.who.trim()) || issuer,
      rule: old?.rule ?? rule(itemId, ''),
    };
  });
  return {
    ...(base ?? {}),
    v: 1,
    id,
    name,
    issuer,
    appliesTo: base && coversYear(base, form.reviewYear) ? base.appliesTo : { rulebookIds: rulebookId ? [rulebookId] : [], reviewYears: [form.reviewYear] },
    rule: base?.rule ?? rule('', ''),
    contents,
    deadlines,
  };
}

/** "Trường «contents[0].text»: …" -> "Nội dung thêm 1 (nội dung): …", so the unit head finds the row. */
export function labelOverlayErrors(lines: string[]): string[] {
  const names: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^Trường «name»/, () => 'Tên hướng dẫn'],
    [/^Trường «issuer»/, () => 'Cơ quan ban hành'],
    [/^Trường «appliesTo\.rulebookIds»/, () => 'Năm kiểm điểm (chưa có bộ quy định cho năm này)'],
    [/^Trường «contents\[(\d+)\]\.text»/, (m) => `Nội dung thêm ${Number(m[1]) + 1} (nội dung)`],
    [/^Trường «contents\[(\d+)\]\.rule\.clause»/, (m) => `Nội dung thêm ${Number(m[1]) + 1} (căn cứ)`],
    [/^Trường «deadlines\[(\d+)\]\.date»/, (m) => `Thời hạn ${Number(m[1]) + 1} (ngày)`],
    [/^Trường «deadlines\[(\d+)\]\.what»/, (m) => `Thời hạn ${Number(m[1]) + 1} (việc phải xong)`],
    [/^Trường «deadlines\[(\d+)\]\.who»/, (m) => `Thời hạn ${Number(m[1]) + 1} (ai thực hiện)`],
  ];
  return lines.map((line) => {
    for (const [re, label] of names) {
      const m = re.exec(line);
      if (m) return `${label(m)}${line.slice(m[0].length)}`;
    }
    return line;
  });
}
