import { src, type RuleRef } from '../core/rule';
import { formatDateVi, nfc } from '../core/text';
import type { WritableUnit } from '../forms/index';
import type { Draft } from '../schemas/draft';
import type { Flag } from './flags';

/**
 * Date sanity of a draft: the signing date belongs to the review season of its year; a remedy deadline is not
 * already past on the day the draft is signed (or today, when no signing date is written yet). Pure.
 */

/**
 * The review season of year Y: the year itself, then until the end of January Y+1 (HD 43 mục 4: done before
 * 31/12, units with another calendar before 15/01 of the next year; a paper may be signed a little later).
 * The same season as the subject's reference date (domain/subject/reference-date.ts).
 */
export const SIGNING_SEASON = { nextYearUntil: '01-31' } as const;

/** The season rule of rulebooks that do not state one (2018–2024): the 2025 rule, marked uncertain for them. */
export const SIGNING_SEASON_FALLBACK: RuleRef = {
  id: 'drafting.signing-season',
  clause: 'HD 43 mục 4.1 (quy định năm 2025; các năm trước chưa đối chiếu văn bản): kiểm điểm vào dịp cuối năm',
  source: src('hd43-2025', 'mục 4.1'),
  certainty: 'uncertain',
};

export function signedInSeason(signedDate: string, reviewYear: number): boolean {
  return signedDate >= `${reviewYear}-01-01` && signedDate <= `${reviewYear + 1}-${SIGNING_SEASON.nextYearUntil}`;
}

const short = (s: string, max = 50): string => {
  const t = nfc(s).trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
};

export function dateFlags(draft: Draft, opts: { today?: string; remediesUnit?: WritableUnit; remediesRule: RuleRef; seasonRule?: RuleRef }): Flag[] {
  const flags: Flag[] = [];
  const signed = draft.signedDate;
  if (signed && !signedInSeason(signed, draft.reviewYear)) {
    flags.push({
      id: `sign-date:${signed}`,
      unitId: '',
      kind: 'date-sanity',
      severity: 'warning',
      message: nfc(
        `Ngày ký ${formatDateVi(signed)} không thuộc đợt kiểm điểm năm ${draft.reviewYear} (trong năm ${draft.reviewYear}, chậm nhất ${formatDateVi(`${draft.reviewYear + 1}-${SIGNING_SEASON.nextYearUntil}`)}): kiểm tra lại năm của ngày ký.`,
      ),
      rule: opts.seasonRule ?? SIGNING_SEASON_FALLBACK,
    });
  }
  const on = signed ?? opts.today?.slice(0, 10);
  if (!on) return flags;
  const onLabel = signed ? `ngày ký ${formatDateVi(signed)}` : `hôm nay (${formatDateVi(on)})`;
  for (const s of draft.facts.shortcomings) {
    if (!s.deadline || (s.remedy ?? '').trim() === '' || s.deadline >= on) continue;
    flags.push({
      id: `deadline-passed:${s.id}`,
      unitId: opts.remediesUnit?.id ?? '',
      kind: 'date-sanity',
      severity: 'warning',
      message: nfc(`Thời hạn khắc phục hạn chế «${short(s.text)}» (${formatDateVi(s.deadline)}) đã qua so với ${onLabel}: đặt thời hạn sau ngày kiểm điểm.`),
      rule: opts.remediesRule,
    });
  }
  return flags;
}
