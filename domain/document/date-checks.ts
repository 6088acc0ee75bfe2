import type { FormModel } from '../core/form-model';
import { src, type RuleRef } from '../core/rule';
import { formatDateVi, nfc } from '../core/text';
import type { Draft } from '../schemas/draft';

/**
 * Date sanity of a Word file before it is made (shown to the user, never a silent file):
 * - a self-review or report signed outside the review season of its year;
 * - a decision (Mẫu 03) dated before the discipline decision or conclusion it cites (the date typed in the
 *   editor, else the latest date written in its "Căn cứ" lines).
 * Pure: the editor shows the warnings next to the export button and asks before exporting.
 */
export interface DateWarning {
  id: 'signed-before-season' | 'signed-after-season' | 'decision-before-basis';
  message: string;
  rule: RuleRef;
}

/**
 * The season a year's review is signed in: from 1 October of the review year (the review is held "vào dịp cuối
 * năm", HD 43 mục 4.1; no start date is written, 1 October is our reading) to 31 January of the next year (the
 * latest deadline, 15/01 for special units, plus the month the dossier is sent up before 01/02, HD 43 mục 4.2).
 */
export const SIGNING_SEASON = {
  from: '10-01',
  untilNextYear: '01-31',
  rule: {
    id: 'doc-date.signing-season',
    clause: 'HD 43 mục 4.1, 4.2: kiểm điểm vào dịp cuối năm, xong trước 31/12; hồ sơ gửi trước 01/02 năm sau',
    source: src('hd43-2025', 'mục 4'),
    certainty: 'uncertain',
  } satisfies RuleRef,
};

export const DECISION_BASIS_RULE: RuleRef = {
  id: 'doc-date.decision-after-basis',
  clause: 'QĐ 366 Điều 13: xếp loại lại khi phát hiện vi phạm; quyết định ban hành sau quyết định kỷ luật, kết luận được căn cứ',
  source: src('qd366-2025', 'Điều 13'),
  certainty: 'secondary',
};

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100 ? `${y}-${pad(m)}-${pad(d)}` : undefined;

/** Dates written in text: "ngày 10 tháng 3 năm 2026", "10/3/2026", "10-03-2026", as ISO dates. */
export function datesInText(text: string): string[] {
  const t = nfc(text);
  const out: string[] = [];
  for (const m of t.matchAll(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu)) {
    const d = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (d) out.push(d);
  }
  for (const m of t.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/gu)) {
    const d = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (d) out.push(d);
  }
  return out;
}

/** The date of the facts a decision cites: typed, else the latest date in its "Căn cứ" text (keys starting CC). */
export function decisionBasisDate(draft: Draft): string | undefined {
  if (draft.issuance?.basisDate) return draft.issuance.basisDate;
  const dates = Object.entries(draft.sections)
    .filter(([k]) => k === 'CC' || k.startsWith('CC.'))
    .flatMap(([, v]) => datesInText(v.text));
  return dates.sort().at(-1);
}

export function documentDateWarnings(draft: Draft, form: Pick<FormModel, 'code'>): DateWarning[] {
  const signed = draft.signedDate;
  if (!signed) return [];
  const out: DateWarning[] = [];
  if (form.code === '03') {
    const basis = decisionBasisDate(draft);
    if (basis && signed < basis)
      out.push({
        id: 'decision-before-basis',
        message: nfc(
          `Ngày ký quyết định (${formatDateVi(signed)}) sớm hơn ngày của quyết định kỷ luật hoặc kết luận được căn cứ (${formatDateVi(basis)}). Hãy kiểm tra lại ngày ký hoặc phần căn cứ.`,
        ),
        rule: DECISION_BASIS_RULE,
      });
    return out;
  }
  const year = draft.reviewYear;
  const from = `${year}-${SIGNING_SEASON.from}`;
  const until = `${year + 1}-${SIGNING_SEASON.untilNextYear}`;
  if (signed < from)
    out.push({
      id: 'signed-before-season',
      message: nfc(
        `Ngày ký ${formatDateVi(signed)} sớm hơn mùa kiểm điểm năm ${year} (từ ${formatDateVi(from)} đến ${formatDateVi(until)}). Hãy kiểm tra lại ngày ký hoặc năm kiểm điểm.`,
      ),
      rule: SIGNING_SEASON.rule,
    });
  else if (signed > until)
    out.push({
      id: 'signed-after-season',
      message: nfc(
        `Ngày ký ${formatDateVi(signed)} muộn hơn mùa kiểm điểm năm ${year} (từ ${formatDateVi(from)} đến ${formatDateVi(until)}). Hãy kiểm tra lại ngày ký hoặc năm kiểm điểm.`,
      ),
      rule: SIGNING_SEASON.rule,
    });
  return out;
}
