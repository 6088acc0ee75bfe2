/**
 * The catalogue of sources: which documents the rules rely on, where to read them, how sure we are.
 * A rule's `source` is `{ doc, at }` (domain/core/rule.ts): a catalogue id plus a place inside that text.
 */
import { CERTAINTY_LABELS, type Certainty, type RuleSource, type SourceRef } from '../core/rule';
import { formatDateVi } from '../core/text';
import { CATALOGUE } from './catalogue';
import { SOURCE_IDS, type SourceId } from '../core/source-ids';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind, type SourceRecord } from './types';

export { SOURCE_IDS, type SourceId } from '../core/source-ids';
export { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind, type SourceRecord, type ReadAt } from './types';

const RECORDS: SourceRecord[] = SOURCE_IDS.map((id) => ({ id, ...CATALOGUE[id] }));

export const listSources = (): readonly SourceRecord[] => RECORDS;

export const isSourceId = (v: string): v is SourceId => (SOURCE_IDS as readonly string[]).includes(v);

export function sourceById(id: string): SourceRecord | undefined {
  return isSourceId(id) ? RECORDS.find((r) => r.id === id) : undefined;
}

/** A catalogued source, as opposed to a unit's own document named in words (rules of user-made overlays). */
export const isSourceRef = (s: RuleSource): s is SourceRef => typeof s === 'object' && s !== null;

/** "2025-08-30" → "30/08/2025"; "2023-11" → "11/2023"; "2024" → "2024". */
export function formatSourceDate(date: string | undefined): string {
  if (!date) return 'không rõ ngày';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDateVi(date);
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m ? `${m[2]}/${m[1]}` : date;
}

/** The document type as printed before its number: "Công văn" for 1058-CV/ĐU, "Nghị định" for 335/2025/NĐ-CP. */
function documentType(r: SourceRecord): string {
  const byNumber: [RegExp, string][] = [
    [/-CV\//, 'Công văn'],
    [/-KH\//, 'Kế hoạch'],
    [/-HD\//, 'Hướng dẫn'],
    [/-QĐ\//, 'Quy định'],
    [/-KL\//, 'Kết luận'],
    [/NĐ-CP/, 'Nghị định'],
  ];
  return byNumber.find(([re]) => re.test(r.number))?.[1] ?? SOURCE_KIND_LABELS[r.kind];
}

/** "Quy định số 366-QĐ/TW (30/08/2025) của Bộ Chính trị" — the document named as a reader would look it up. */
export function sourceName(r: SourceRecord): string {
  const name = r.number ? `${documentType(r)} số ${r.number}` : `«${r.title}»`;
  return `${name} (${formatSourceDate(r.date)}) của ${r.issuer}`;
}

/** One line citing a rule's source: "Quy định số 366-QĐ/TW (30/08/2025) của Bộ Chính trị — Điều 11". */
export function citeSource(source: RuleSource): string {
  if (!isSourceRef(source)) return source;
  const record = sourceById(source.doc);
  if (!record) return source.doc;
  return source.at ? `${sourceName(record)} — ${source.at}` : sourceName(record);
}

/** Where to read it, in words: the address, or what kind of paper copy exists. */
export const readAtText = (r: SourceRecord): string =>
  'url' in r.readAt ? (r.readAt.note ? `${r.readAt.url} (${r.readAt.note})` : r.readAt.url) : r.readAt.paper;

export const certaintyText = (c: Certainty): string => CERTAINTY_LABELS[c];

/** The badge word (CERTAINTY_BADGES) first, then what it means: how a rule's badge is read aloud. */
const CERTAINTY_SPOKEN: Record<Certainty, string> = {
  verified: 'đã đối chiếu bản gốc',
  secondary: 'theo trích dẫn, chưa đối chiếu bản gốc',
  uncertain: 'chưa chắc chắn, chưa đối chiếu văn bản gốc',
};

/**
 * The accessible name of a rule's certainty badge, which opens the sources screen at its document:
 * "theo trích dẫn, chưa đối chiếu bản gốc — xem nguồn: Quy định số 366-QĐ/TW (30/08/2025) của Bộ Chính trị — Điều 11".
 * It starts with the badge's visible words (WCAG 2.5.3, label in name: axe rejects them inside parentheses).
 */
export const sourceBadgeLabel = (source: RuleSource, certainty: Certainty): string =>
  `${CERTAINTY_SPOKEN[certainty]} — xem nguồn: ${citeSource(source)}`;

/** The review-year bands the catalogue screen groups by (the rulebooks' eras). */
export const SOURCE_ERAS = [
  { id: '2025', label: 'Năm kiểm điểm 2025 trở đi (QĐ 366-QĐ/TW)', from: 2025, to: Infinity },
  { id: '2023', label: 'Năm kiểm điểm 2023–2024 (QĐ 124-QĐ/TW)', from: 2023, to: 2024 },
  { id: '2018', label: 'Năm kiểm điểm 2018–2022 (QĐ 132-QĐ/TW)', from: 2018, to: 2022 },
] as const;

export interface SourceGroup {
  era: (typeof SOURCE_ERAS)[number];
  kinds: { kind: SourceKind; label: string; records: SourceRecord[] }[];
}

/**
 * The catalogue grouped by the era a document starts in, newest first, then by kind in SOURCE_KINDS order.
 * Each document sits in one group: the era its `years.from` falls in.
 */
export function groupSources(records: readonly SourceRecord[] = RECORDS): SourceGroup[] {
  return SOURCE_ERAS.map((era) => {
    const inEra = records.filter((r) => r.years.from >= era.from && r.years.from <= era.to);
    const kinds = SOURCE_KINDS.map((kind) => ({ kind, label: SOURCE_KIND_LABELS[kind], records: inEra.filter((r) => r.kind === kind) })).filter(
      (k) => k.records.length > 0,
    );
    return { era, kinds };
  }).filter((g) => g.kinds.length > 0);
}

/** How many of these rules rest on what certainty (each rule id counted once). */
export function certaintyCounts(rules: readonly { id: string; certainty: Certainty }[]): Record<Certainty, number> {
  const byId = new Map(rules.map((r) => [r.id, r.certainty]));
  const counts: Record<Certainty, number> = { verified: 0, secondary: 0, uncertain: 0 };
  for (const c of byId.values()) counts[c] += 1;
  return counts;
}

/**
 * The one line at the top of a screen: "Trong 12 quy tắc dùng ở đây, 9 dựa trên văn bản trích dẫn (chưa đối chiếu
 * bản gốc), 3 chưa chắc chắn." — undefined when every rule is verified.
 */
export function certaintySummary(rules: readonly { id: string; certainty: Certainty }[]): string | undefined {
  const c = certaintyCounts(rules);
  const total = c.verified + c.secondary + c.uncertain;
  if (c.secondary + c.uncertain === 0) return undefined;
  const parts = [
    c.secondary ? `${c.secondary} dựa trên văn bản trích dẫn (chưa đối chiếu bản gốc)` : '',
    c.uncertain ? `${c.uncertain} chưa chắc chắn` : '',
  ].filter(Boolean);
  return `Trong ${total} quy tắc dùng ở đây, ${parts.join(', ')}.`;
}
