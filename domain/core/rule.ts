/**
 * Every rule the product applies is a record with the clause it comes from, the catalogued document it was read
 * in (domain/sources/), and how sure we are of the text.
 */
import type { SourceId } from './source-ids';

export type Certainty = 'verified' | 'secondary' | 'uncertain';

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  verified: 'Đã đối chiếu văn bản gốc',
  secondary: 'Theo nguồn trích dẫn (chưa đối chiếu bản gốc)',
  uncertain: 'Chưa chắc chắn — chưa đối chiếu văn bản gốc',
};

/** Short badge words for the same three levels. */
export const CERTAINTY_BADGES: Record<Certainty, string> = {
  verified: 'đã đối chiếu',
  secondary: 'theo trích dẫn',
  uncertain: 'chưa chắc chắn',
};

/** A document of the catalogue (domain/sources/catalogue.ts) and the place inside it: "Điều 11 khoản 1", "mục 7.5". */
export interface SourceRef {
  doc: SourceId;
  at?: string;
}

/**
 * Where a rule was read: a catalogued document (every rule shipped with the product), or — only for a local
 * guidance a user typed or imported — that unit's own document named in words.
 */
export type RuleSource = SourceRef | string;

export interface RuleRef {
  /** Stable id, e.g. "qd366.d11.k1.tasks-exceeded". */
  id: string;
  /** Reads like the text: "QĐ 366 Điều 11 khoản 1", "HD 25 mục 7.15". */
  clause: string;
  source: RuleSource;
  certainty: Certainty;
}

/** A catalogued source: `src('qd366-2025', 'Điều 11')`. */
export const src = (doc: SourceId, at?: string): SourceRef => (at ? { doc, at } : { doc });
