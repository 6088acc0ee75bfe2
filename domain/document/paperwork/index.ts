import type { Document } from 'docx';
import { checkRoster } from '../../roster/check';
import { emptyPaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';
import { asciiSlug } from '../file-name';
import { packDocx } from '../pack';
import { buildDossierIndex } from './dossier-index';
import type { PaperworkKind } from './missing';
import { buildMinutes } from './minutes';
import { buildNotGradedList } from './not-graded-list';
import { buildSummaryReport } from './summary-report';

/**
 * The unit head's paperwork made from a roster (issue 17 item 3). This entry imports 'docx': load it lazily
 * from the UI. The facts typed for the paperwork live in the roster (`roster.paperwork`).
 */
export { DossierRulebookError } from './dossier-index';
export { PAPERWORK_KINDS, PAPERWORK_TITLES, missingFacts, factWarnings, type PaperworkKind } from './missing';

const BUILDERS = { minutes: buildMinutes, summary: buildSummaryReport, 'not-graded': buildNotGradedList, dossier: buildDossierIndex } as const;

export function buildPaperwork(kind: PaperworkKind, roster: Roster): Document {
  return BUILDERS[kind](roster, checkRoster(roster), roster.paperwork ?? emptyPaperworkFacts());
}

export async function buildPaperworkDocx(kind: PaperworkKind, roster: Roster): Promise<Uint8Array> {
  return packDocx(buildPaperwork(kind, roster));
}

const FILE_PREFIX: Record<PaperworkKind, string> = {
  minutes: 'Bien-ban-hop-kiem-diem',
  summary: 'Bao-cao-tong-hop-xep-loai',
  'not-graded': 'Danh-sach-chua-kiem-diem-khong-xep-loai',
  dossier: 'Danh-muc-ho-so-Mau-04',
};

/** "Bien-ban-hop-kiem-diem-2025-Chi-bo-Van-phong.docx". */
export function paperworkFileName(kind: PaperworkKind, roster: Roster): string {
  return [FILE_PREFIX[kind], String(roster.reviewYear), asciiSlug(roster.unit.name)].filter((p) => p !== '').join('-') + '.docx';
}
