/**
 * A paste that replaces more than a paragraph of what is written: the text it replaces (the selection) holds a
 * paragraph break between two non-empty lines. The editor keeps a version of the draft before such a paste, so
 * the paragraphs pasted over can be brought back from "Lịch sử".
 */
export function replacesMoreThanAParagraph(selected: string): boolean {
  return /\S[^\S\n]*\n\s*\S/.test(selected);
}
