/**
 * Every rule the product applies is a record with the clause it comes from, where we read it, and how
 * sure we are of the text. See ../shared/domain/README.md "Policies for the product".
 */
export type Certainty = 'verified' | 'secondary' | 'uncertain';

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  verified: 'Đã đối chiếu văn bản gốc',
  secondary: 'Theo nguồn trích dẫn (chưa đối chiếu bản gốc)',
  uncertain: 'Chưa chắc chắn — chưa đối chiếu văn bản gốc',
};

export interface RuleRef {
  /** Stable id, e.g. "qd366.d11.k1.tasks-exceeded". */
  id: string;
  /** Reads like the text: "QĐ 366 Điều 11 khoản 1", "HD 25 mục 7.15". */
  clause: string;
  /** Where we read it: a file under shared/domain/ or a seed, e.g. "shared/domain/qd366-rules.md §5.1". */
  source: string;
  certainty: Certainty;
}
