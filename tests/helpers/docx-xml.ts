import { readZipEntry } from './unzip';

/** Reads the paragraphs of word/document.xml well enough for assertions (text, tabs, run formatting). */
export interface XmlParagraph {
  text: string;
  hasTab: boolean;
  xml: string;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function paragraphs(documentXml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  for (const m of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join('');
    out.push({ text, hasTab: /<w:tab\/>/.test(xml), xml });
  }
  return out;
}

export const documentXml = (docx: Uint8Array): string => readZipEntry(docx, 'word/document.xml');
export const stylesXml = (docx: Uint8Array): string => readZipEntry(docx, 'word/styles.xml');

/** Index of the first paragraph whose text starts with `start` (after trimming), or -1. */
export const findParagraph = (paras: XmlParagraph[], start: string, from = 0): number =>
  paras.findIndex((p, i) => i >= from && p.text.trim().startsWith(start));

/** The runs' XML that hold exactly this text, in document order. */
export function runsOf(documentXml: string, text: string): string[] {
  return [...documentXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes(`>${text}</w:t>`));
}
