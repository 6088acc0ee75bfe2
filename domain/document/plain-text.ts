import { nfc } from '../core/text';

/**
 * User text is plain text: NFC, no characters XML cannot hold, never interpreted as markup.
 * Every non-blank line becomes one paragraph (blank lines and single newlines both separate paragraphs).
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function cleanText(s: string): string {
  return nfc(s).replace(XML_INVALID, '').replace(/\t/g, ' ');
}

export function splitParagraphs(text: string): string[] {
  return cleanText(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '');
}

/** True when the text holds anything but whitespace. */
export const hasText = (text: string | undefined): text is string => !!text && text.trim() !== '';
