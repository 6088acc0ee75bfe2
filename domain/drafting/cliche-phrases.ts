/**
 * The stock phrases a formal, empty self-review is made of, as data (matched by domain/drafting/cliches.ts).
 *
 * Pattern syntax (matched accent-insensitively, on whole words, punctuation ignored): words separated by spaces;
 * `(a|b)` one of several wordings, `(a|b|)` the same but optional. Keep each key stable: it is part of the id of a
 * flag the user may have dismissed.
 *
 * Where each group comes from:
 * - "criteria restated": the wording of the general criteria themselves (QĐ 366-QĐ/TW Phụ lục 4, nhóm tiêu chí
 *   chung, mục 1 and 2: "bản lĩnh chính trị vững vàng", "giữ gìn phẩm chất đạo đức, lối sống", "ý thức tổ chức
 *   kỷ luật", "tinh thần trách nhiệm", "thái độ đúng mực", "giữ gìn đoàn kết nội bộ", "quan hệ tốt với đồng chí,
 *   đồng nghiệp"; the same in QĐ 124-QĐ/TW Điều 3). The criteria are what is assessed; copied back as a claim
 *   with no deed, they say nothing. QĐ 366 Điều 10 asks for results "được lượng hoá".
 * - "achievement claims": the reports of the review seasons name "nặng về báo cáo thành tích, ưu điểm" and
 *   "bệnh thành tích" (Kon Tum provincial party committee's review of 2022, press report 17/10/2023) and ask for
 *   "đúng thực chất, chống hình thức" (kh13-hd01-hcm-2025): "hoàn thành tốt nhiệm vụ được giao", "luôn cố gắng".
 * - "vague shortcomings": the same documents name the habit the stock shortcoming hides: "nể nang, né tránh,
 *   ngại va chạm", "chưa mạnh dạn, thẳng thắn", "chưa thực sự cầu thị" (the Kon Tum report above;
 *   cv1058-sgddt-hcm-2024 mục 1 (4); Tỉnh ủy Bình Định Công văn 04-CV/TU): a shortcoming written in those words
 *   without the case is itself formal.
 * - "stock causes": kh13-hd01-hcm-2025 and HD 43 (mục A.II of the forms) ask for the subjective cause first;
 *   "do khối lượng công việc nhiều", "do thời gian có hạn" put the blame outside.
 * - "empty remedies": HD 43 forms mục A.VI ask for remedies with a deadline; "tiếp tục phát huy ưu điểm, khắc
 *   phục hạn chế" names none.
 */
export type ClicheKind = 'praise' | 'vague-shortcoming' | 'stock-cause' | 'empty-remedy';

export interface ClicheData {
  key: string;
  /** The phrase as shown to the user. */
  phrase: string;
  /** Patterns that count as this phrase (default: the phrase itself). */
  patterns?: string[];
  kind: ClicheKind;
  /** What to write instead (after "nên …"). */
  hint: string;
}

const DEED = 'nêu việc làm cụ thể (việc gì, khi nào, kết quả) thể hiện điều đó';

export const CLICHE_DATA: readonly ClicheData[] = [
  // Achievement claims (reports on formal reviews: "nặng về báo cáo thành tích").
  { key: 'hoan-thanh-tot-moi-nhiem-vu', phrase: 'hoàn thành tốt mọi nhiệm vụ', kind: 'praise', hint: 'nêu số nhiệm vụ và sản phẩm cụ thể' },
  {
    key: 'hoan-thanh-tot-nhiem-vu-duoc-giao',
    phrase: 'luôn hoàn thành tốt nhiệm vụ được giao',
    patterns: ['hoàn thành (tốt|xuất sắc|) (các|mọi|) (nhiệm vụ|công việc) được (giao|phân công)'],
    kind: 'praise',
    hint: 'nêu số nhiệm vụ, tỉ lệ đúng hạn, vượt mức',
  },
  { key: 'luon-co-gang', phrase: 'luôn cố gắng, nỗ lực', patterns: ['(luôn|đã|) (cố gắng|nỗ lực) (phấn đấu|vươn lên|)'], kind: 'praise', hint: 'nêu kết quả đo được thay cho sự cố gắng' },
  { key: 'dat-nhieu-ket-qua', phrase: 'đạt được nhiều kết quả', patterns: ['đạt (được|) (nhiều|những) (kết quả|thành tích)'], kind: 'praise', hint: 'kể từng kết quả kèm số liệu' },
  { key: 'nhiet-tinh-trach-nhiem', phrase: 'nhiệt tình, có trách nhiệm trong công việc', kind: 'praise', hint: 'nêu kết quả đo được của công việc' },
  { key: 'doan-ket-giup-do', phrase: 'luôn đoàn kết, giúp đỡ đồng nghiệp', kind: 'praise', hint: 'nêu việc cụ thể đã làm' },
  // Criteria restated (QĐ 366 Phụ lục 4 nhóm tiêu chí chung; QĐ 124 Điều 3).
  {
    key: 'lap-truong-vung-vang',
    phrase: 'lập trường tư tưởng chính trị vững vàng',
    patterns: ['(lập trường|bản lĩnh|quan điểm) (tư tưởng|) (chính trị|) vững vàng'],
    kind: 'praise',
    hint: DEED,
  },
  {
    key: 'trung-thanh',
    phrase: 'tuyệt đối trung thành với Đảng',
    patterns: ['(luôn|tuyệt đối|) trung thành với (lợi ích của|mục tiêu|lý tưởng|) (Đảng|mục tiêu|lý tưởng)'],
    kind: 'praise',
    hint: DEED,
  },
  {
    key: 'chap-hanh-tot-chu-truong',
    phrase: 'luôn chấp hành tốt chủ trương',
    patterns: ['chấp hành (tốt|nghiêm|nghiêm túc|đầy đủ) (các|mọi|) (chủ trương|đường lối|quy định|chính sách)'],
    kind: 'praise',
    hint: 'nêu văn bản, nhiệm vụ cụ thể đã thực hiện',
  },
  {
    key: 'pham-chat-dao-duc',
    phrase: 'giữ gìn phẩm chất đạo đức, lối sống',
    patterns: ['(giữ gìn|có) phẩm chất đạo đức (lối sống|trong sáng|)'],
    kind: 'praise',
    hint: DEED,
  },
  { key: 'loi-song-gian-di', phrase: 'lối sống giản dị, lành mạnh', patterns: ['lối sống (trong sáng|giản dị|lành mạnh)'], kind: 'praise', hint: 'liên hệ cụ thể với bản thân, gia đình' },
  { key: 'y-thuc-ky-luat', phrase: 'có ý thức tổ chức kỷ luật', patterns: ['ý thức tổ chức (kỷ luật|kỉ luật)'], kind: 'praise', hint: DEED },
  { key: 'tinh-than-trach-nhiem', phrase: 'tinh thần trách nhiệm cao', patterns: ['tinh thần trách nhiệm (cao|tốt)'], kind: 'praise', hint: 'nêu kết quả đo được của công việc' },
  { key: 'thai-do-dung-muc', phrase: 'thái độ đúng mực, tác phong chuẩn mực', patterns: ['thái độ (đúng mực|tốt)', '(tác phong|phong cách làm việc) (chuẩn mực|đúng mực)'], kind: 'praise', hint: DEED },
  {
    key: 'giu-gin-doan-ket',
    phrase: 'giữ gìn đoàn kết nội bộ',
    patterns: ['(giữ gìn|xây dựng) (sự|khối|) đoàn kết (nội bộ|thống nhất)', 'quan hệ tốt với (đồng chí|đồng nghiệp)'],
    kind: 'praise',
    hint: DEED,
  },
  {
    key: 'khong-suy-thoai',
    phrase: 'không có biểu hiện suy thoái',
    patterns: ['không có biểu hiện (suy thoái|tự diễn biến|tự chuyển hoá|tự chuyển hóa)'],
    kind: 'praise',
    hint: 'nêu đã tự soi, tự sửa ở những biểu hiện nào, bằng việc gì',
  },
  // Vague shortcomings (reports on formal reviews; cv1058-sgddt-hcm-2024; Bình Định 04-CV/TU).
  { key: 'phe-binh-chua-cao', phrase: 'tinh thần phê bình và tự phê bình chưa cao', patterns: ['(tinh thần|) (tự phê bình và phê bình|phê bình và tự phê bình) (chưa cao|còn hạn chế|chưa tốt)'], kind: 'vague-shortcoming', hint: 'nêu rõ việc, thời điểm đã né tránh phê bình' },
  { key: 'chua-manh-dan', phrase: 'đôi khi còn chưa mạnh dạn', patterns: ['(đôi khi|đôi lúc|có lúc|) (còn|) chưa (thực sự|) (mạnh dạn|thẳng thắn|quyết liệt)'], kind: 'vague-shortcoming', hint: 'nêu rõ việc gì, ở đâu, hậu quả ra sao' },
  { key: 'ne-nang-ne-tranh', phrase: 'còn nể nang, né tránh', patterns: ['(còn|) nể nang', 'né tránh', 'ngại va chạm'], kind: 'vague-shortcoming', hint: 'nêu rõ trường hợp cụ thể' },
  { key: 'co-luc-co-noi', phrase: 'có lúc, có việc còn hạn chế', patterns: ['có (lúc|việc|nơi|mặt) (có|) (lúc|việc|nơi|mặt|) (còn|) (hạn chế|chưa)'], kind: 'vague-shortcoming', hint: 'nêu rõ lúc nào, việc nào' },
  // Stock causes (kh13-hd01-hcm-2025; HD 43 mục A.II: the subjective cause first).
  { key: 'cong-viec-nhieu', phrase: 'do khối lượng công việc nhiều', patterns: ['(do|vì) (khối lượng|) công việc (nhiều|lớn)'], kind: 'stock-cause', hint: 'nêu nguyên nhân chủ quan của bản thân' },
  { key: 'thoi-gian-co-han', phrase: 'do thời gian có hạn', patterns: ['(do|vì) thời gian (có hạn|hạn chế)'], kind: 'stock-cause', hint: 'nêu nguyên nhân chủ quan của bản thân' },
  { key: 'nghien-cuu-chua-thuong-xuyen', phrase: 'việc nghiên cứu, học tập chưa thường xuyên', patterns: ['(nghiên cứu|học tập) (học tập|nghiên cứu|) chưa thường xuyên'], kind: 'stock-cause', hint: 'nêu cụ thể nội dung chưa học, vì sao' },
  // Empty remedies (HD 43 forms mục A.VI: a remedy with a deadline).
  {
    key: 'phat-huy-khac-phuc',
    phrase: 'tiếp tục phát huy ưu điểm, khắc phục hạn chế',
    patterns: ['(tiếp tục|) phát huy (những|các|) ưu điểm', 'khắc phục (những|các) (hạn chế|tồn tại|khuyết điểm) (đã nêu|còn tồn tại|trên)'],
    kind: 'empty-remedy',
    hint: 'nêu biện pháp cụ thể cho từng hạn chế và thời hạn',
  },
  { key: 'nang-cao-hon-nua', phrase: 'nâng cao hơn nữa', patterns: ['(nâng cao|cố gắng|phấn đấu) hơn nữa'], kind: 'empty-remedy', hint: 'nêu việc sẽ làm, kết quả cần đạt và thời hạn' },
];
