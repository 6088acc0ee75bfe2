import { foldVietnamese } from '../core/text';

/**
 * Stock phrases of formal, empty self-reviews ("nặng về báo cáo thành tích", "nể nang, né tránh":
 * seeds 002, 003, 004). Matched accent-insensitively on whole words. `hint` says what to write instead.
 */
export interface Cliche {
  key: string;
  phrase: string;
  kind: 'praise' | 'vague-shortcoming' | 'stock-cause';
  hint: string;
}

export const CLICHES: readonly Cliche[] = [
  { key: 'hoan-thanh-tot-moi-nhiem-vu', phrase: 'hoàn thành tốt mọi nhiệm vụ', kind: 'praise', hint: 'nêu số nhiệm vụ và sản phẩm cụ thể' },
  { key: 'hoan-thanh-tot-nhiem-vu-duoc-giao', phrase: 'luôn hoàn thành tốt nhiệm vụ được giao', kind: 'praise', hint: 'nêu số nhiệm vụ, tỉ lệ đúng hạn, vượt mức' },
  { key: 'lap-truong-vung-vang', phrase: 'lập trường tư tưởng chính trị vững vàng', kind: 'praise', hint: 'nêu việc làm cụ thể thể hiện điều đó' },
  { key: 'chap-hanh-tot-chu-truong', phrase: 'luôn chấp hành tốt chủ trương', kind: 'praise', hint: 'nêu văn bản, nhiệm vụ cụ thể đã thực hiện' },
  { key: 'loi-song-gian-di', phrase: 'lối sống giản dị, lành mạnh', kind: 'praise', hint: 'liên hệ cụ thể với bản thân, gia đình' },
  { key: 'doan-ket-giup-do', phrase: 'luôn đoàn kết, giúp đỡ đồng nghiệp', kind: 'praise', hint: 'nêu việc cụ thể đã làm' },
  { key: 'nhiet-tinh-trach-nhiem', phrase: 'nhiệt tình, có trách nhiệm trong công việc', kind: 'praise', hint: 'nêu kết quả đo được của công việc' },
  { key: 'phe-binh-chua-cao', phrase: 'tinh thần phê bình và tự phê bình chưa cao', kind: 'vague-shortcoming', hint: 'nêu rõ việc, thời điểm đã né tránh phê bình' },
  { key: 'chua-manh-dan', phrase: 'đôi khi còn chưa mạnh dạn', kind: 'vague-shortcoming', hint: 'nêu rõ việc gì, ở đâu, hậu quả ra sao' },
  { key: 'ne-nang-ne-tranh', phrase: 'còn nể nang, né tránh', kind: 'vague-shortcoming', hint: 'nêu rõ trường hợp cụ thể' },
  { key: 'cong-viec-nhieu', phrase: 'do khối lượng công việc nhiều', kind: 'stock-cause', hint: 'nêu nguyên nhân chủ quan của bản thân' },
  { key: 'nghien-cuu-chua-thuong-xuyen', phrase: 'việc nghiên cứu, học tập chưa thường xuyên', kind: 'stock-cause', hint: 'nêu cụ thể nội dung chưa học, vì sao' },
];

/** Accent-insensitive, punctuation-free, single-spaced, padded with spaces for whole-word matching. */
export function matchKey(s: string): string {
  return ' ' + foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim() + ' ';
}

export function findCliches(text: string): Cliche[] {
  const t = matchKey(text);
  return CLICHES.filter((c) => t.includes(matchKey(c.phrase)));
}
