import type { Draft } from '../schemas/draft';
import { cleanText, splitParagraphs } from './plain-text';

/**
 * Who signs a party document and for whom (HD 36-HD/VPTW, kept by HD 05-HD/VPTW: "T/M" + the collective, then
 * the signer's post, then the name; a chi bộ has no seal). Mẫu 01 is signed for the collective that reports:
 * a chi bộ with a chi ủy -> "T/M CHI ỦY", without -> "T/M CHI BỘ"; a party committee -> "T/M ĐẢNG ỦY"; a
 * standing committee -> "T/M BAN THƯỜNG VỤ". The post defaults to "Bí thư".
 */
export interface Signer {
  authority: string;
  post: string;
  name: string;
}

export function reportSigner(draft: Draft): Signer {
  const subject = draft.profile?.subject;
  const kind = subject?.kind === 'collective' ? subject.collectiveKind : undefined;
  let authority = 'T/M CHI BỘ';
  if (kind === 'dang-uy-co-so' || kind === 'dang-uy-bo-phan') authority = 'T/M ĐẢNG ỦY';
  else if (kind === 'ban-thuong-vu') authority = 'T/M BAN THƯỜNG VỤ';
  else if (kind === 'tap-the-lanh-dao-quan-ly') authority = 'T/M TẬP THỂ LÃNH ĐẠO';
  else if (subject?.kind === 'collective' && subject.hasCommittee) authority = 'T/M CHI ỦY';
  return { authority, post: signerPost(draft), name: cleanText(draft.issuance?.signerName ?? '').trim() };
}

export const signerPost = (draft: Draft): string => cleanText(draft.issuance?.signerPost ?? '').trim() || 'Bí thư';

/** The recipients typed (one a line, "- " added, the last ending with "."), else the default list. */
export function recipientLines(draft: Draft, fallback: readonly string[]): string[] {
  const typed = splitParagraphs(draft.issuance?.recipients ?? '').map((l) => l.trim().replace(/^[-–•+]\s*/u, '').replace(/[,.;]+$/u, ''));
  const lines = typed.length > 0 ? typed : fallback;
  return lines.map((l, i) => `- ${l}${i === lines.length - 1 ? '.' : ','}`);
}
