import type { Certainty } from '../core/rule';
import type { SourceId } from '../core/source-ids';

/** What kind of document a source is (the catalogue screen groups by it). */
export type SourceKind = 'quy-dinh' | 'huong-dan' | 'nghi-dinh' | 'luat' | 'ket-luan' | 'dia-phuong' | 'bai-trich-dan';

export const SOURCE_KINDS: readonly SourceKind[] = ['quy-dinh', 'huong-dan', 'nghi-dinh', 'luat', 'ket-luan', 'dia-phuong', 'bai-trich-dan'];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'quy-dinh': 'Quy định',
  'huong-dan': 'Hướng dẫn',
  'nghi-dinh': 'Nghị định',
  luat: 'Luật',
  'ket-luan': 'Kết luận',
  'dia-phuong': 'Kế hoạch, hướng dẫn của địa phương',
  'bai-trich-dan': 'Bài viết trích dẫn',
};

/** Where a person can read the document: a public address, or only on paper (a copy kept by the unit). */
export type ReadAt = { url: string; note?: string } | { paper: string };

/**
 * One document the rules rely on. Written by us: number, date, issuer, title, address and a one-line summary in
 * our own words — never passages copied from it.
 */
export interface SourceRecord {
  id: SourceId;
  kind: SourceKind;
  /** Number and symbol as printed: "366-QĐ/TW", "335/2025/NĐ-CP"; "" when the document has none. */
  number: string;
  /** Date of signing: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
  date?: string;
  issuer: string;
  title: string;
  /** The review years the document governs or informs (to: open-ended when absent). */
  years: { from: number; to?: number };
  readAt: ReadAt;
  /** How sure we are of our reading: verified against the official text, from secondary copies, or uncertain. */
  certainty: Certainty;
  /** Our own one-line summary of what the product takes from it. */
  summary: string;
  replaces?: SourceId;
}
