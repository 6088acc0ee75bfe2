import { z } from 'zod';
import { GRADES } from '../core/grade';

/**
 * Paperwork facts v1: what the unit head types for the meeting minutes and the reports made from a roster
 * (issue 17 item 3). Nothing here is ever guessed: a fact left out is printed as dots to fill by hand.
 * Stored inside the roster (`Roster.paperwork`), so rosters saved before it existed still load.
 */
const shortText = z.string().max(300);
const isoDate = z.iso.date({ error: 'cần ngày dạng YYYY-MM-DD' });
/** "08:00", "14 giờ 30": hours and minutes of a day. */
export const TIME_PATTERN = /^([01]?\d|2[0-3])[:hg]([0-5]\d)$/;
const time = z.string().regex(TIME_PATTERN, { error: 'cần giờ dạng HH:MM, ví dụ 08:00' });
const count = z.number({ error: 'cần một số' }).int({ error: 'cần số nguyên' }).min(0, { error: 'không được âm' }).max(100000);

/** A row of the form may be saved before its name is typed: rows without a name are not printed. */
export const AbsentMemberSchema = z.object({
  name: shortText.default(''),
  reason: shortText.default(''),
});
export type AbsentMember = z.infer<typeof AbsentMemberSchema>;

/** What the meeting decided for one member (keyed by the member's name in the roster). */
export const MemberVoteSchema = z.object({
  /**
   * the member's own proposal (their self-review); the roster's grade is the chi bộ's proposal, the one the roster
   * check counts against the quota.
   */
  selfGrade: z.enum(GRADES).optional(),
  votesFor: count.optional(),
  votesAgainst: count.optional(),
});
export type MemberVote = z.infer<typeof MemberVoteSchema>;

export const PaperworkFactsV1Schema = z.object({
  v: z.literal(1).default(1),
  /** "ĐẢNG BỘ …" line of the header: the party committee above the unit. */
  upperUnit: shortText.optional(),
  /** Place name of the "…, ngày … tháng … năm …" line. */
  placeName: shortText.optional(),
  /** The date the reports are signed. */
  signedDate: isoDate.optional(),
  meetingDate: isoDate.optional(),
  startTime: time.optional(),
  endTime: time.optional(),
  location: shortText.optional(),
  /** Members present; the total is the roster's number of members. */
  present: count.optional(),
  absent: z.array(AbsentMemberSchema).max(2000).default([]),
  /** Guests attending (đại diện cấp ủy cấp trên…), as typed. */
  guests: shortText.optional(),
  chair: shortText.optional(),
  secretary: shortText.optional(),
  /** Signer of the reports (the secretary of the chi bộ), when not the roster's head. */
  signer: shortText.optional(),
  members: z.record(z.string().max(300), MemberVoteSchema).default({}),
  conclusion: z.string().max(20000).optional(),
});
export type PaperworkFactsV1 = z.infer<typeof PaperworkFactsV1Schema>;
export type PaperworkFacts = PaperworkFactsV1;
export const PaperworkFactsSchema = PaperworkFactsV1Schema;

export const emptyPaperworkFacts = (): PaperworkFacts => ({ v: 1, absent: [], members: {} });
