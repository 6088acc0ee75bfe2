import { nfc } from '../../core/text';
import type { PaperworkFacts } from '../../schemas/paperwork';
import type { Roster } from '../../schemas/roster';

/**
 * Which typed facts each paperwork file needs, and which of them are still missing. The screen asks for these
 * before it makes the file; a file made anyway prints dots in their place (never a guessed value).
 * No 'docx' import: the roster screen reads it on every keystroke.
 */
export const PAPERWORK_KINDS = ['minutes', 'summary', 'not-graded', 'dossier'] as const;
export type PaperworkKind = (typeof PAPERWORK_KINDS)[number];

export const PAPERWORK_TITLES: Record<PaperworkKind, string> = {
  minutes: 'Biên bản họp chi bộ (kiểm điểm, xếp loại)',
  summary: 'Báo cáo tổng hợp kết quả xếp loại',
  'not-graded': 'Danh sách chưa kiểm điểm, không xếp loại',
  dossier: 'Danh mục hồ sơ (Mẫu 04)',
};

export type FactField =
  | 'unitName' | 'upperUnit' | 'placeName' | 'signedDate' | 'signer'
  | 'meetingDate' | 'startTime' | 'endTime' | 'location' | 'present' | 'chair' | 'secretary' | 'conclusion'
  | 'selfGrades' | 'votes';

export const FACT_LABELS: Record<FactField, string> = {
  unitName: 'Tên đơn vị (chi bộ)',
  upperUnit: 'Đảng bộ cấp trên',
  placeName: 'Địa danh ghi ở dòng ngày tháng',
  signedDate: 'Ngày ký',
  signer: 'Người ký (bí thư)',
  meetingDate: 'Ngày họp',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  location: 'Địa điểm họp',
  present: 'Số đảng viên có mặt',
  chair: 'Người chủ trì',
  secretary: 'Thư ký hội nghị',
  conclusion: 'Kết luận của hội nghị',
  selfGrades: 'Mức tự xếp loại của từng đảng viên',
  votes: 'Kết quả biểu quyết của từng đảng viên',
};

const COMMON: FactField[] = ['unitName', 'upperUnit', 'placeName', 'signedDate', 'signer'];
export const FACTS_NEEDED: Record<PaperworkKind, FactField[]> = {
  minutes: ['unitName', 'upperUnit', 'placeName', 'meetingDate', 'startTime', 'endTime', 'location', 'present', 'chair', 'secretary', 'selfGrades', 'votes', 'conclusion'],
  summary: COMMON,
  'not-graded': COMMON,
  dossier: COMMON,
};

const blank = (s: string | undefined): boolean => !s || s.trim() === '';

/** The head of the roster (a member marked "người đứng đầu"), who signs when no other signer is typed. */
export function headName(roster: Roster): string {
  const heads = roster.members.filter((m) => m.isHead && m.name.trim() !== '');
  return heads.length === 1 ? heads[0]!.name.trim() : '';
}

/** The signer printed on the reports: the one typed, else the roster's only head, else ''. */
export const signerName = (roster: Roster, facts: PaperworkFacts): string => facts.signer?.trim() || headName(roster);

/** Graded members (no reason not to grade) whose vote line lacks `key`. */
function membersLacking(roster: Roster, facts: PaperworkFacts, has: (name: string) => boolean): number {
  return roster.members.filter((m) => !m.excluded && m.name.trim() !== '' && !has(m.name)).length;
}

export interface MissingFact {
  field: FactField;
  label: string;
}

export function missingFacts(kind: PaperworkKind, roster: Roster, facts: PaperworkFacts): MissingFact[] {
  const votes = facts.members;
  const isMissing: Record<FactField, () => boolean> = {
    unitName: () => blank(roster.unit.name),
    upperUnit: () => blank(facts.upperUnit),
    placeName: () => blank(facts.placeName),
    signedDate: () => !facts.signedDate,
    signer: () => signerName(roster, facts) === '',
    meetingDate: () => !facts.meetingDate,
    startTime: () => !facts.startTime,
    endTime: () => !facts.endTime,
    location: () => blank(facts.location),
    present: () => facts.present === undefined,
    chair: () => blank(facts.chair),
    secretary: () => blank(facts.secretary),
    conclusion: () => blank(facts.conclusion),
    selfGrades: () => membersLacking(roster, facts, (n) => !!votes[n]?.selfGrade) > 0,
    votes: () => membersLacking(roster, facts, (n) => votes[n]?.votesFor !== undefined) > 0,
  };
  return FACTS_NEEDED[kind].filter((f) => isMissing[f]()).map((field) => ({ field, label: FACT_LABELS[field] }));
}

/** Facts that disagree with each other or with the roster (said to the user; the file prints them as typed). */
export function factWarnings(kind: PaperworkKind, roster: Roster, facts: PaperworkFacts): string[] {
  const out: string[] = [];
  if (kind !== 'minutes') return out;
  const total = roster.members.length;
  const absent = facts.absent.filter((a) => a.name.trim() !== '').length;
  if (facts.present !== undefined) {
    if (facts.present > total) out.push(`Số có mặt (${facts.present}) lớn hơn tổng số đảng viên trong danh sách (${total}).`);
    else if (facts.present + absent !== total)
      out.push(`Có mặt ${facts.present} và ${absent} người vắng mặt được ghi tên: cộng lại khác tổng số ${total} đảng viên trong danh sách; hãy ghi tên và lý do từng người vắng mặt.`);
  }
  if (facts.startTime && facts.endTime && minutes(facts.endTime) <= minutes(facts.startTime))
    out.push(`Giờ kết thúc (${facts.endTime}) không sau giờ bắt đầu (${facts.startTime}).`);
  return out.map(nfc);
}

const minutes = (t: string): number => {
  const [h, m] = t.split(/[:hg]/).map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
