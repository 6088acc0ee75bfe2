import { describe, expect, it } from 'vitest';
import { CLICHE_DATA } from '../../../domain/drafting/cliche-phrases';
import { CLICHES, compilePattern, findCliches, matchKey } from '../../../domain/drafting/cliches';
import { nfc } from '../../../domain/core/text';

/** A typical formal self-review, in the words law portals' samples use (five sentences, no deed, no figure). */
const FORMAL_SAMPLE = [
  'Bản thân luôn trung thành với lợi ích của Đảng, có bản lĩnh chính trị vững vàng.',
  'Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của cơ quan.',
  'Giữ gìn phẩm chất đạo đức, lối sống trong sáng, giản dị; giữ gìn đoàn kết nội bộ, có quan hệ tốt với đồng nghiệp.',
  'Trong năm, bản thân đã cố gắng hoàn thành tốt các nhiệm vụ được giao.',
  'Bên cạnh đó vẫn còn hạn chế là chưa thực sự mạnh dạn trong tự phê bình và phê bình.',
];

/** The same five subjects written with deeds and figures. */
const CONCRETE_SAMPLE = [
  'Tham gia đủ 12/12 buổi sinh hoạt chi bộ, phát biểu ý kiến ở 4 buổi.',
  'Tổ chức thực hiện Kế hoạch 15-KH/UBND về cải cách hành chính tại bộ phận một cửa.',
  'Kê khai tài sản, thu nhập đúng hạn ngày 15/12.',
  'Thẩm định 132 hồ sơ đất đai, 100% đúng hạn, vượt chỉ tiêu 12 hồ sơ.',
  'Chậm nộp 2 báo cáo tháng trong quý II do chưa lập lịch công việc.',
];

const flaggedSentences = (sentences: string[]) => sentences.filter((s) => findCliches(s).length > 0).length;

describe('stock phrases', () => {
  it('a typical five-sentence formal sample gets most of its sentences flagged', () => {
    const per = FORMAL_SAMPLE.map((s) => findCliches(s).map((c) => c.key));
    expect(per).toEqual([
      ['lap-truong-vung-vang', 'trung-thanh'],
      ['chap-hanh-tot-chu-truong'],
      ['pham-chat-dao-duc', 'giu-gin-doan-ket'],
      ['hoan-thanh-tot-nhiem-vu-duoc-giao', 'luon-co-gang'],
      ['chua-manh-dan'],
    ]);
    expect(flaggedSentences(FORMAL_SAMPLE)).toBe(5);
  });

  it('the same subjects written with deeds and figures get no flag', () => {
    expect(CONCRETE_SAMPLE.map((s) => findCliches(s).map((c) => c.key))).toEqual([[], [], [], [], []]);
  });

  it.each([
    ['Luôn hoàn thành tốt mọi nhiệm vụ được giao.', ['hoan-thanh-tot-moi-nhiem-vu']],
    ['Hoàn thành nhiệm vụ được giao.', ['hoan-thanh-tot-nhiem-vu-duoc-giao']],
    ['Hoàn thành 12/12 nhiệm vụ được giao.', []],
    ['Có lập trường chính trị vững vàng', ['lap-truong-vung-vang']],
    ['Có lập trường vững vàng', ['lap-truong-vung-vang']],
    ['Lập trường chưa rõ', []],
    ['Còn nể nang khi góp ý', ['ne-nang-ne-tranh']],
    ['Còn ngại va chạm', ['ne-nang-ne-tranh']],
    ['Có lúc còn chưa kịp thời', ['co-luc-co-noi']],
    ['Có lúc họp chi bộ vắng', []],
    ['Nguyên nhân: do thời gian có hạn.', ['thoi-gian-co-han']],
    ['Nguyên nhân: vì công việc nhiều.', ['cong-viec-nhieu']],
    ['Tiếp tục phát huy những ưu điểm đã đạt được.', ['phat-huy-khac-phuc']],
    ['Khắc phục những hạn chế đã nêu.', ['phat-huy-khac-phuc']],
    ['Khắc phục việc chậm nộp báo cáo trước 30/6.', []],
    ['Phấn đấu hơn nữa trong năm tới.', ['nang-cao-hon-nua']],
    ['Không có biểu hiện suy thoái về tư tưởng chính trị.', ['khong-suy-thoai']],
    ['Tinh thần trách nhiệm cao.', ['tinh-than-trach-nhiem']],
    ['Tinh thần trách nhiệm được cấp trên nhắc nhở 1 lần.', []],
  ])('findCliches(%j)', (text, keys) => expect(findCliches(text).map((c) => c.key)).toEqual(keys));

  it('patterns: optional and alternative wordings, whole words only', () => {
    const re = compilePattern('hoàn thành (tốt|) (các|mọi|) nhiệm vụ');
    expect(['hoàn thành nhiệm vụ', 'hoàn thành tốt các nhiệm vụ', 'Hoàn Thành TỐT mọi nhiệm vụ'].map((s) => (re.lastIndex = 0, re.test(matchKey(s))))).toEqual([true, true, true]);
    expect(['hoàn thành xong nhiệm vụ', 'hoàn thànhtốt nhiệm vụ'].map((s) => (re.lastIndex = 0, re.test(matchKey(s))))).toEqual([false, false]);
  });

  it('the list is broad, keys are unique, phrases NFC and each phrase matches itself', () => {
    expect(CLICHES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CLICHES.map((c) => c.key)).size).toBe(CLICHES.length);
    for (const c of CLICHE_DATA) {
      expect(c.phrase).toBe(nfc(c.phrase));
      expect(findCliches(c.phrase).map((x) => x.key)).toContain(c.key);
    }
  });
});
