/** Vietnamese messages of the fill feature (panel and background share them). */
import type { FILL_SKIPS, INSERT_FAILURES } from '../schemas/fill-messages';

export const COPY_HINT = 'Hãy bấm «Sao chép» rồi dán (Ctrl+V) vào ô cần điền.';

/** The manifest's `commands` shortcut that grants access to the current page (wxt.config.ts). */
export const ALLOW_FILL_COMMAND = 'allow-fill';
export const ALLOW_FILL_SHORTCUT = 'Alt+Shift+K';

export const FILL_MESSAGES = {
  noExtension: 'Ứng dụng web cục bộ không điền được vào trang khác; hãy dùng «Sao chép» rồi dán vào ô cần điền.',
  noTab: 'Không tìm thấy trang web cần điền trong cửa sổ này. Hãy mở trang có ô cần điền rồi thử lại.',
  hiddenUrl:
    'Trình duyệt chưa cho «Kiểm điểm» biết trang đang mở. Nếu đó là trang web cần điền: bấm vào trang rồi nhấn ' +
    `${ALLOW_FILL_SHORTCUT}, hoặc chuột phải lên chỗ trống của trang và chọn «Kiểm điểm: cho phép điền vào trang này» ` +
    '(chỉ trang này), rồi bấm lại nút. Trang nội bộ của trình duyệt và Cửa hàng Chrome ' +
    `thì không điền được. ${COPY_HINT}`,
  restricted: `Trình duyệt không cho tiện ích điền vào trang này (trang nội bộ của trình duyệt, Cửa hàng Chrome trực tuyến hoặc tệp trên máy). ${COPY_HINT}`,
  denied: (origin: string) => `Chưa được phép điền vào trang ${origin}. Bấm lại và chọn «Cho phép», hoặc dùng «Sao chép».`,
  injectFailed: `Không chạy được trên trang này (trang có thể đang tải hoặc chặn tiện ích). ${COPY_HINT}`,
  foreignFrame: `Ô đang chọn nằm trong khung nhúng của một trang web khác; tiện ích không điền được vào đó. ${COPY_HINT}`,
  hiddenField:
    'Trang đã tự chuyển con trỏ sang một ô không nhìn thấy được (ẩn, quá nhỏ hoặc trong suốt). Không chèn. ' +
    'Hãy bấm lại vào đúng ô cần điền rồi bấm lại nút; nếu vẫn vậy, hãy «Sao chép» rồi dán (Ctrl+V).',
  untrustedFrame:
    'Ô đang chọn nằm trong khung nhúng của một trang web khác, và trang đã tự chuyển con trỏ vào đó (bạn chưa bấm hay gõ vào ' +
    'khung ấy kể từ lúc đó). Không chèn. Hãy bấm vào đúng ô cần điền rồi bấm lại nút.',
  permissionExplain: (origin: string) =>
    `Lần đầu dùng trên ${origin}: trình duyệt sẽ hỏi quyền cho «Kiểm điểm» điền vào các ô trên riêng trang web này. ` +
    'Tiện ích chỉ đưa vào trang đoạn văn bạn chọn, không đọc dữ liệu khác của trang và không gửi gì ra ngoài.',
  inserted: (label: string) => `Đã chèn vào ô «${label || 'đang chọn'}».`,
  alreadyThere: (label: string) => `Ô «${label || 'đang chọn'}» đã có sẵn đoạn văn này; không chèn lại.`,
  copied: 'Đã sao chép vào bộ nhớ tạm; dán bằng Ctrl+V.',
  copyFailed: 'Không sao chép được; hãy chọn đoạn văn trong ô soạn thảo và sao chép bằng Ctrl+C.',
} as const;

export const INSERT_FAILURE_MESSAGES: Record<(typeof INSERT_FAILURES)[number], (maxLength?: number) => string> = {
  'no-field': () => 'Chưa chọn ô nào trên trang. Hãy bấm vào ô cần điền trên trang web, rồi bấm lại nút này.',
  'field-gone': () => 'Ô đã chọn không còn trên trang (trang đã thay đổi). Hãy bấm lại vào ô cần điền.',
  'not-writable': () => `Ô đang chọn không cho sửa (chỉ đọc, bị khóa, bị ẩn, quá nhỏ để nhìn thấy hoặc là ô mật khẩu). Không chèn. ${COPY_HINT}`,
  'too-long': (n) => `Ô này chỉ nhận tối đa ${n ?? '?'} ký tự, đoạn văn dài hơn. Hãy rút gọn, hoặc «Sao chép» để dán từng phần.`,
  'empty-text': () => 'Mục này chưa có nội dung để chèn.',
  'not-taken': () =>
    `Trang không nhận đoạn văn: ô soạn thảo của trang đã bỏ đi chữ được chèn (nó chỉ nhận chữ gõ từ bàn phím). ${COPY_HINT}`,
};

export const FILL_SKIP_LABELS: Record<(typeof FILL_SKIPS)[number], string> = {
  'field-gone': 'ô không còn trên trang',
  'not-writable': 'ô chỉ đọc hoặc bị khóa',
  'too-long': 'đoạn văn dài quá giới hạn của ô',
  'empty-text': 'mục của bản kiểm điểm còn trống',
  'already-present': 'ô đã có sẵn đoạn văn này',
  'not-taken': 'trang không nhận đoạn văn (hãy sao chép rồi dán)',
  'no-option': 'ô chọn không có lựa chọn nào trùng với nội dung',
};
