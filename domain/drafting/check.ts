import type { ComposeSource, FormModel } from '../core/form-model';
import { nfc } from '../core/text';
import { unitComposeFrom, unitNeedsFigures, unitRequired, writableUnits, type WritableUnit } from '../forms/index';
import type { Draft } from '../schemas/draft';
import { findCliches, matchKey } from './cliches';
import { dateFlags } from './date-checks';
import type { DraftReview, Flag, FlagSeverity } from './flags';
import { roleForProfile } from './form-choice';
import { hashText } from './hash';
import { causesRule, contentsRule, figuresRule, seasonRule, substanceRule } from './rules';

/**
 * "Thực chất" checks of a draft against its form (the regulations ask for substance: figures, causes, remedies with dates): required content,
 * figures in results, cause/remedy/deadline of each shortcoming, subjective causes, stock phrases, repeated
 * sentences, shortcomings denied while the facts list some. Pure; messages in Vietnamese.
 */
export interface CheckOptions {
  /** Flags from the grade check (domain/grading), merged in and filtered by dismissal like the others. */
  gradeFlags?: Flag[];
  /** ISO date: a remedy deadline before it (when no signing date is written) is reported as past. */
  today?: string;
}

const SEVERITY_ORDER: Record<FlagSeverity, number> = { error: 0, warning: 1, info: 2 };
/** Sentences shorter than this (in words) are not reported as repeats. */
export const MIN_REPEAT_WORDS = 6;
const PRODUCT_WORDS = [
  'san pham', 'bao cao', 'de an', 'to trinh', 'ho so', 'minh chung', 'sang kien', 'de tai', 'cong trinh',
  'chuyen de', 'muoi', 'tram', 'nghin', 'trieu',
];

const short = (s: string, max = 60): string => {
  const t = nfc(s).trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
};
const where = (u: WritableUnit | undefined): string => (u ? `mục ${u.id} («${short(u.label, 50)}»)` : 'bản kiểm điểm');

/**
 * True when the text carries a figure or a concrete product: digits or % (years, full dates, "ngày 31/12" and
 * clause numbers do not count; a bare "12/12" is a ratio), or a product noun ("sản phẩm", "báo cáo", "đề án", "hồ sơ"…), accent-insensitive.
 */
export function hasFigureOrProduct(text: string): boolean {
  const k = matchKey(
    nfc(text)
      .replace(/\d{1,2}\/\d{1,2}\/\d{2,4}/g, ' ')
      .replace(/ngày\s+\d{1,2}\/\d{1,2}/giu, ' ')
      .replace(/ngày\s+\d+\s+tháng\s+\d+(\s+năm\s+\d+)?/giu, ' '),
  )
    .replace(/ (nam|dieu|khoan|diem|muc|so|quy dinh|huong dan|nghi quyet) \d+/g, ' ')
    .replace(/ (19|20)\d\d /g, ' ');
  if (/\d/.test(k) || text.includes('%')) return true;
  return PRODUCT_WORDS.some((w) => k.includes(` ${w} `));
}

/** "Không có", "Không.", "Chưa có hạn chế nào" … (a short denial). */
export function isDenial(text: string): boolean {
  const k = matchKey(text);
  return k.trim() === '' || ((k.startsWith(' khong ') || k.startsWith(' chua co ')) && k.trim().split(' ').length <= 12);
}

function sentences(text: string): string[] {
  return nfc(text)
    .split(/[.!?;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= MIN_REPEAT_WORDS);
}

export function reviewDraft(draft: Draft, form: FormModel, options: CheckOptions = {}): DraftReview {
  const rb = draft.rulebookId;
  const units = writableUnits(form);
  const textOf = (u: WritableUnit) => nfc(draft.sections[u.id]?.text ?? '').trim();
  const bySource = (src: ComposeSource) => units.find((u) => unitComposeFrom(u).includes(src));
  const isLeader = draft.profile ? roleForProfile(draft.profile, draft.reviewYear) === 'leader' : true;
  const flags: Flag[] = [];
  const add = (f: Flag) => {
    if (!flags.some((x) => x.id === f.id)) flags.push({ ...f, message: nfc(f.message) });
  };

  const shortcomingsUnit = bySource('shortcomings');
  const listed = draft.facts.shortcomings.filter((s) => s.text.trim() !== '');
  const denied = shortcomingsUnit !== undefined && listed.length > 0 && isDenial(textOf(shortcomingsUnit));
  if (denied && shortcomingsUnit) {
    add({
      id: `shortcomings-denied:${shortcomingsUnit.id}`,
      unitId: shortcomingsUnit.id,
      kind: 'shortcomings-denied',
      severity: 'error',
      message: `${where(shortcomingsUnit)} để trống hoặc ghi «không có» trong khi phần dữ liệu liệt kê ${listed.length} hạn chế, khuyết điểm: cần nêu thẳng các hạn chế đó.`,
      rule: contentsRule(rb),
    });
  }

  // Per-unit checks: required, figures, stock phrases, objective-only causes (text).
  for (const u of units) {
    const text = textOf(u);
    const leaderSkip = u.item?.leaderOnly === true && !isLeader;
    if (text === '') {
      if (unitRequired(u) && !leaderSkip && !(denied && u === shortcomingsUnit)) {
        add({ id: `empty-required:${u.id}`, unitId: u.id, kind: 'empty-required', severity: 'error', message: `${where(u)} còn trống: đây là nội dung bắt buộc của mẫu.`, rule: u.item?.rule ?? u.section.rule });
      }
      continue;
    }
    if (unitNeedsFigures(u) && !hasFigureOrProduct(text)) {
      add({
        id: `no-figures:${u.id}`,
        unitId: u.id,
        kind: 'no-figures',
        severity: 'warning',
        message: `${where(u)} chưa có số liệu hay sản phẩm cụ thể: kết quả cần được lượng hoá (số nhiệm vụ, tỉ lệ %, sản phẩm, báo cáo…).`,
        rule: figuresRule(rb),
      });
    }
    for (const c of findCliches(text)) {
      add({ id: `cliche:${u.id}:${c.key}`, unitId: u.id, kind: 'cliche', severity: 'info', message: `${where(u)} dùng câu sáo rỗng «${c.phrase}»: nên ${c.hint}.`, rule: substanceRule(rb) });
    }
    if (unitComposeFrom(u).includes('causes')) {
      const k = matchKey(text);
      if (k.includes(' khach quan ') && !k.includes(' chu quan ')) {
        add({ id: `only-objective-causes:${u.id}:text`, unitId: u.id, kind: 'only-objective-causes', severity: 'warning', message: `${where(u)} chỉ nêu nguyên nhân khách quan, chưa nêu nguyên nhân chủ quan và trách nhiệm của bản thân.`, rule: causesRule(rb) });
      }
    }
  }

  // Per-shortcoming checks on the facts.
  const causesUnit = bySource('causes');
  const remediesUnit = bySource('remedies');
  for (const s of listed) {
    const name = `Hạn chế «${short(s.text)}»`;
    const causes = s.causes.filter((c) => c.text.trim() !== '');
    if (causes.length === 0) {
      add({ id: `shortcoming-no-cause:${s.id}`, unitId: causesUnit?.id ?? '', kind: 'shortcoming-no-cause', severity: 'warning', message: `${name} chưa nêu nguyên nhân (${where(causesUnit)}).`, rule: causesRule(rb) });
    } else if (!causes.some((c) => c.kind === 'chu-quan')) {
      add({ id: `only-objective-causes:${s.id}`, unitId: causesUnit?.id ?? '', kind: 'only-objective-causes', severity: 'warning', message: `${name} chỉ nêu nguyên nhân khách quan: cần nêu cả nguyên nhân chủ quan, trách nhiệm của bản thân (${where(causesUnit)}).`, rule: causesRule(rb) });
    }
    if ((s.remedy ?? '').trim() === '') {
      add({ id: `shortcoming-no-remedy:${s.id}`, unitId: remediesUnit?.id ?? '', kind: 'shortcoming-no-remedy', severity: 'warning', message: `${name} chưa có biện pháp khắc phục và thời hạn (${where(remediesUnit)}).`, rule: contentsRule(rb) });
    } else if (!s.deadline) {
      add({ id: `shortcoming-no-deadline:${s.id}`, unitId: remediesUnit?.id ?? '', kind: 'shortcoming-no-deadline', severity: 'warning', message: `Biện pháp khắc phục ${name.charAt(0).toLowerCase()}${name.slice(1)} chưa có thời hạn hoàn thành (${where(remediesUnit)}).`, rule: contentsRule(rb) });
    }
  }

  // The same sentence in several places.
  const firstSeen = new Map<string, WritableUnit>();
  for (const u of units) {
    for (const s of sentences(textOf(u))) {
      const key = matchKey(s);
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, u);
        continue;
      }
      const same = first.id === u.id;
      add({
        id: `repeated-sentence:${u.id}:${hashText(key)}`,
        unitId: u.id,
        kind: 'repeated-sentence',
        severity: 'warning',
        message: same
          ? `Câu «${short(s)}» lặp lại nhiều lần trong ${where(u)}.`
          : `Câu «${short(s)}» ở ${where(u)} lặp lại nguyên văn ${where(first)}: mỗi mục nên viết nội dung riêng.`,
        rule: substanceRule(rb),
      });
    }
  }

  const season = seasonRule(rb);
  const dateOpts = { ...(options.today ? { today: options.today } : {}), ...(remediesUnit ? { remediesUnit } : {}), ...(season ? { seasonRule: season } : {}) };
  for (const f of dateFlags(draft, { ...dateOpts, remediesRule: contentsRule(rb) })) add(f);
  for (const f of options.gradeFlags ?? []) add(f);

  const dismissedMap = draft.assessment.dismissedFlags;
  const order = (f: Flag) => units.findIndex((u) => u.id === f.unitId);
  const sorted = [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || order(a) - order(b));
  return {
    flags: sorted.filter((f) => dismissedMap[f.id] === undefined),
    dismissed: sorted.filter((f) => dismissedMap[f.id] !== undefined).map((f) => ({ ...f, reason: dismissedMap[f.id] ?? '' })),
  };
}

/** The flags to show (dismissed ones left out; use reviewDraft to list those). */
export function checkDraft(draft: Draft, form: FormModel, options: CheckOptions = {}): Flag[] {
  return reviewDraft(draft, form, options).flags;
}
