import { foldVietnamese, nfc } from '../core/text';

/**
 * Small rules of the composed prose (domain/drafting/compose.ts): every line starts with a capital, nothing in
 * brackets holds brackets of its own, a figure keeps its unit ("132 hồ sơ", not "132").
 */

/** First letter upper case (unless the text starts with a figure) (Vietnamese letters included: "đ" → "Đ", "ư" → "Ư"); the rest as typed. */
export function capitalize(s: string): string {
  const t = nfc(s);
  const i = t.search(/[\p{L}\p{N}]/u);
  if (i < 0 || /\p{N}/u.test(t.charAt(i))) return t;
  const ch = t.charAt(i);
  return t.slice(0, i) + ch.toLocaleUpperCase('vi') + t.slice(i + 1);
}

/** Text to go inside "( … )": its own brackets become commas ("báo cáo (2 lần)" → "báo cáo, 2 lần"). */
export function flatBrackets(s: string): string {
  let t = nfc(s);
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/\s*[([]([^()[\]]*)[)\]]/gu, (_m, inner: string) => (inner.trim() === '' ? '' : `, ${inner.trim()}`));
  }
  return t.replace(/[()[\]]/g, '').replace(/^,\s*/, '').replace(/\s+,/g, ',').trim();
}

/**
 * A figure with its unit: "132" + "hồ sơ" → "132 hồ sơ", "95" + "%" → "95%". Left as typed when there is no
 * unit, when the text already names it, or when it does not end with a figure ("đạt yêu cầu").
 */
export function withUnit(value: string, unit: string | undefined): string {
  const v = nfc(value).trim();
  const u = nfc(unit ?? '').trim();
  if (v === '' || u === '' || !/\d$/.test(v)) return v;
  if (foldVietnamese(v).includes(foldVietnamese(u))) return v;
  return u === '%' ? `${v}%` : `${v} ${u}`;
}
