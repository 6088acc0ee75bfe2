import type { Draft } from '../schemas/draft';

/**
 * ASCII-safe name of the exported Word file, e.g. "Ban-kiem-diem-2025-Nguyen-Van-A.docx",
 * "Bao-cao-kiem-diem-2025-Chi-bo-Van-phong.docx", "Quyet-dinh-xep-loai-lai-2024-Nguyen-Van-A.docx".
 * No 'docx' import, so the UI can use it without loading the Word library.
 */
export function asciiSlug(s: string, maxLength = 80): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

export function subjectName(draft: Draft): string {
  const subject = draft.profile?.subject;
  if (!subject) return '';
  return subject.kind === 'individual' ? subject.fullName : subject.name;
}

export function exportFileName(draft: Draft): string {
  const isCollective = draft.formCode === '01' || draft.profile?.subject.kind === 'collective';
  const prefix =
    draft.formCode === '03' ? 'Quyet-dinh-xep-loai-lai' : isCollective ? 'Bao-cao-kiem-diem' : 'Ban-kiem-diem';
  const name = asciiSlug(subjectName(draft));
  return [prefix, String(draft.reviewYear), name].filter((p) => p !== '').join('-') + '.docx';
}
