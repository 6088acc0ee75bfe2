/**
 * A paste that replaces more than a paragraph of what is written: the text it replaces (the selection) holds a
 * paragraph break between two non-empty lines. The editor keeps a version of the draft before such a paste, so
 * the paragraphs pasted over can be brought back from "Lịch sử".
 */
export function replacesMoreThanAParagraph(selected: string): boolean {
  return /\S[^\S\n]*\n\s*\S/.test(selected);
}

/**
 * How many characters an edit changed: the longer of the two texts less what they share at the start and at the
 * end. A 20,000-character paste over 20,000 other characters changes 20,000, though the length stays the same.
 */
export function changedChars(before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return Math.max(before.length, after.length) - start - end;
}
