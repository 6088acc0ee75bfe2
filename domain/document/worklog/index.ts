/** Word papers from the work log (issue 16): Mẫu 05 (quarter), the Phụ lục table, the NĐ 335 / NĐ 233 sheet. */
export { mau05Document, MAU05_TITLE, MAU05_CAVEAT, rollupSentence, type Mau05Input } from './mau05';
export { phuLucDocument, phuLucChildren, phuLucTable, PHU_LUC_TITLE, PHU_LUC_HEADERS, type PhuLucInput } from './phu-luc';
export { nd335Document, ND335_TITLE, ND335_CAVEAT } from './nd335';
