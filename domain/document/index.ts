/**
 * Word export (issue 7). This entry imports 'docx': load it lazily from the UI (`await import(...)`).
 * exportFileName lives in ./file-name, which does not import 'docx'.
 */
export { buildDocument, assertFormMatches, DocumentMismatchError, type BuildOptions } from './build-document';
export { buildDocx, packDocx, DOCX_MIME } from './pack';
export { exportFileName, asciiSlug } from './file-name';
export { unprintedSectionKeys, documentUnitIds } from './units';
