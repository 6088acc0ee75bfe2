import { formatNumberVi } from '../core/text';
import type { Rollup } from './rollup';

/**
 * The counts of a period in one sentence, as Mẫu 05 and the Phụ lục print them and «Sao chép» copies them:
 * "Trong kỳ thực hiện 12 nhiệm vụ, sản phẩm: 9 hoàn thành đúng hạn (trong đó 2 vượt mức), 2 hoàn thành chậm,
 * 1 chưa hoàn thành. Sản phẩm: 14 văn bản, 3 hồ sơ." No 'docx' import, so the screens can use it.
 */
export function rollupSentence(r: Rollup): string {
  const base = `Trong kỳ thực hiện ${r.total} nhiệm vụ, sản phẩm: ${r.onTime} hoàn thành đúng hạn${r.exceeded > 0 ? ` (trong đó ${r.exceeded} vượt mức)` : ''}, ${r.late} hoàn thành chậm, ${r.notCompleted} chưa hoàn thành.`;
  const q = r.quantities.map((u) => `${formatNumberVi(u.amount)} ${u.unit}`).join(', ');
  return q ? `${base} Sản phẩm: ${q}.` : base;
}
