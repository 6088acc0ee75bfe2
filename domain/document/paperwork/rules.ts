import { src, type RuleRef } from '../../core/rule';

/**
 * Rules the unit's paperwork cites (issue 17 item 3), as data. No 'docx' import: the rules index and the UI read it.
 * QĐ 366 Điều 17 lists what a review dossier holds (paper or electronic); HD 43 mục 4.2 says the dossier is sent
 * upward "theo Mẫu 04". Only the title and code of Mẫu 04 were found, never its page: its layout is reconstructed.
 * No central form of the meeting minutes, the summary report or the list of members not graded was found either.
 */
export const PAPERWORK_RULES = {
  dossier: { id: 'qd366.d17.ho-so', clause: 'QĐ 366 Điều 17', source: src('qd366-2025', 'Điều 17'), certainty: 'secondary' },
  form04: { id: 'hd43.m4.2.mau-04', clause: 'HD 43 mục 4.2', source: src('hd43-2025', 'mục 4.2; Mẫu 04'), certainty: 'uncertain' },
} as const satisfies Record<string, RuleRef>;

/** Rulebooks whose dossier index (Mẫu 04) is known by its title and code: QĐ 366 / HD 43 only. */
export const DOSSIER_RULEBOOKS = ['qd366-2025'] as const;

/** "Mẫu 04-HD KĐ.ĐG 2025", as the sources cite the code. */
export const FORM04_CODE_LABEL = 'Mẫu 04-HD KĐ.ĐG 2025';

/**
 * The parts of a dossier as QĐ 366 Điều 17 lists them (its words paraphrased in the sources; the order is the
 * article's). `count` says where a number comes from: one document of the unit, one per member reviewed, or
 * unknown to the app (left to fill by hand).
 */
export interface DossierItem {
  id: string;
  label: string;
  count: 'one' | 'reviewed' | 'by-hand';
  note?: string;
}

export const DOSSIER_ITEMS: readonly DossierItem[] = [
  { id: 'collective-report', label: 'Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (Mẫu 01)', count: 'one' },
  { id: 'self-reviews', label: 'Bản kiểm điểm, tự đánh giá, xếp loại của cá nhân (Mẫu 02A, 02B, 02C)', count: 'reviewed' },
  { id: 'residence', label: 'Bản nhận xét của cấp ủy nơi cư trú đối với cá nhân', count: 'by-hand', note: 'trừ trường hợp đặc biệt' },
  { id: 'minutes', label: 'Biên bản hội nghị kiểm điểm', count: 'one' },
  { id: 'appraisal', label: 'Văn bản thẩm định', count: 'by-hand', note: 'nếu có' },
  { id: 'conclusion', label: 'Kết luận, quyết định xếp loại của cấp có thẩm quyền', count: 'by-hand' },
  { id: 'suggestions', label: 'Văn bản gợi ý kiểm điểm', count: 'by-hand', note: 'nếu có' },
  { id: 'comments', label: 'Ý kiến góp ý', count: 'by-hand', note: 'nếu có' },
  { id: 'complaints', label: 'Đơn thư khiếu nại và văn bản giải quyết', count: 'by-hand', note: 'nếu có' },
  { id: 'other', label: 'Tài liệu khác (báo cáo tổng hợp kết quả xếp loại, danh sách chưa kiểm điểm, không xếp loại…)', count: 'by-hand', note: 'nếu có' },
];
