import type { FormCode, FormId } from './form-code';
import type { RuleRef } from './rule';
import type { RulebookId } from './rulebook-id';

/**
 * The shape of an official form (Mẫu 01, 02A, 02B, 02C, 03 …) as data. Form models live in
 * domain/rulebooks/<id>/forms/; the editor, the guide's checklist, the checks and the Word export all read them.
 *
 * Id scheme (stable, used as keys of Draft.sections):
 * - 2025 forms: parts "A", "B"; sections "A.I" … "A.VI", "B.I", "B.II"; items "A.I.1", "A.I.2", "A.II.1" …
 * - 2023 forms (no parts): sections "I" … "VII"; items "I.1" …
 * - A draft stores text per *writable unit*: an item id where the section has items, else the section id.
 */
export type ComposeSource =
  | 'tasks' // task table -> results paragraph with figures
  | 'achievements'
  | 'shortcomings'
  | 'causes'
  | 'carryOver' // last period's shortcomings and their remedy status
  | 'suggestions' // superior's suggested points and answers
  | 'collectiveShortcomings'
  | 'remedies'; // directions and measures, from shortcomings' remedies and deadlines

export interface FormItem {
  id: string;
  /** The form's own words (verbatim where sourced). */
  label: string;
  /** One line of plain Vietnamese guidance shown in the editor. */
  guidance: string;
  rule: RuleRef;
  /** What "Soạn đoạn văn" composes this item from. */
  composeFrom?: ComposeSource[];
  /** The rule asks for results "lượng hóa bằng sản phẩm": flag text with no figure or product. */
  needsFigures?: boolean;
  /** Required content (flag when empty) vs "(nếu có)". */
  required: boolean;
  /** 2023 forms: "Tự đánh giá mức độ thực hiện: □ Xuất sắc □ Tốt □ Trung bình □ Kém" after the item. */
  levelBoxes?: boolean;
  /** Only for leaders (2023 02B items 3–5), etc.; absent = everyone using this form. */
  leaderOnly?: boolean;
  /** The mark printed before the label where the form prints one instead of a number (Mẫu 01 A.II: "-"). */
  mark?: string;
}

export interface FormSection {
  id: string;
  /** Roman numeral as printed: "I", "II" … */
  number: string;
  heading: string;
  /** Text printed under the heading (e.g. "Kiểm điểm rõ từng hạn chế, khuyết điểm …"). */
  intro?: string;
  /** The intro for a cadre managed by BCH TW / BCT / BBT (2A B.I citing Phụ lục 2 instead of Phụ lục 3). */
  introCentral?: string;
  guidance: string;
  rule: RuleRef;
  /** 'text' sections hold prose; 'scores' is the 2025 30/70/100 table; 'grade' the proposed grade boxes. */
  kind: 'text' | 'scores' | 'grade';
  required: boolean;
  items: FormItem[];
  composeFrom?: ComposeSource[];
  needsFigures?: boolean;
}

export interface FormPart {
  /** "A", "B", or "" for forms without parts (2023). */
  id: string;
  heading: string;
  sections: FormSection[];
}

export type HeaderField =
  | 'fullName'
  | 'birthDate'
  | 'partyPost' // Chức vụ Đảng
  | 'governmentPost' // Chức vụ chính quyền
  | 'unionPost' // Chức vụ đoàn thể
  | 'workplace' // Đơn vị công tác
  | 'partyCell' // Chi bộ
  | 'collectiveName';

/** Blocks printed after the body, for others to fill (chi ủy, đảng ủy, the civil-servant manager). */
export interface SignatureBlock {
  id: string;
  /** Lines printed before the signature title, e.g. "- Nhận xét, đánh giá của chi ủy: …". */
  lines: string[];
  /** "NGƯỜI TỰ KIỂM ĐIỂM", "T/M CHI ỦY (CHI BỘ)". */
  title: string;
  /** "(Ký, ghi rõ họ tên)". */
  note: string;
  /** Filled by the author (signature of the person) vs left blank for others. */
  byAuthor: boolean;
}

/** A rule in force from a date (inclusive) until another (exclusive), ISO dates; open-ended when absent. */
export interface DatedRule {
  rule: RuleRef;
  from?: string;
  until?: string;
}

export interface FormModel {
  id: FormId;
  rulebookId: RulebookId;
  code: FormCode;
  /** "Mẫu 02A-HD KĐ.ĐG 2025" as printed top right. */
  codeLabel: string;
  /** "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN". */
  title: string;
  /** "(Cá nhân giữ chức vụ lãnh đạo, quản lý)". */
  subtitle?: string;
  /** Short description for pickers: "Cá nhân giữ chức vụ lãnh đạo, quản lý (2025)". */
  audience: string;
  headerFields: HeaderField[];
  /** Opening sentence of collective reports ("Căn cứ kết quả lãnh đạo…"). */
  preamble?: string;
  parts: FormPart[];
  /** '2025-scores': …/30, …/70, …/100; '2023-levels': per-item level boxes + VII grade boxes. */
  assessment: '2025-scores' | '2023-levels' | 'none';
  /** Note printed after the grade list, e.g. "(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ …)". */
  attachmentNote?: string;
  signatureBlocks: SignatureBlock[];
  rule: RuleRef;
  /** What of this form is not sourced verbatim, shown to the user. */
  caveats: string[];
  /** The party layout guidance (thể thức) the file follows, by date; the export cites the one for its date. */
  layoutRules?: readonly DatedRule[];
}
