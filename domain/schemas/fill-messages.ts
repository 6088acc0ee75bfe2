/**
 * Messages between the extension (side panel, background) and the page's fill content script. They carry only
 * the text to insert or the list of fields; the page never sees the database. Both sides validate them.
 */
import { z } from 'zod';
import { MAX_SECTION_CHARS } from './draft';

export const INSERT_MODES = ['insert', 'replace'] as const;
const Text = z.string().max(MAX_SECTION_CHARS);
const FieldId = z.string().min(1).max(40);
const Label = z.string().max(500);

/** Insert into the field the user last focused in this frame. */
export const InsertRequestSchema = z.object({ type: z.literal('kd-fill:insert'), text: Text, mode: z.enum(INSERT_MODES) });
/** List the fillable fields of this frame. */
export const ScanRequestSchema = z.object({ type: z.literal('kd-fill:scan') });
/** Fill fields from the last scan of this frame. Never submits. */
export const FillRequestSchema = z.object({
  type: z.literal('kd-fill:fill'),
  entries: z.array(z.object({ fieldId: FieldId, text: Text, mode: z.enum(INSERT_MODES) })).max(200),
});
export const FillMessageSchema = z.discriminatedUnion('type', [InsertRequestSchema, ScanRequestSchema, FillRequestSchema]);
export type FillMessage = z.infer<typeof FillMessageSchema>;

export const FIELD_KINDS = ['input', 'textarea', 'contenteditable', 'number', 'select', 'radio'] as const;

/** Where a frame stands on the page's focus chain (top document's focused iframe -> its focused iframe -> …). */
export const FOCUS_CHAINS = ['top', 'yes', 'no', 'unknown'] as const;
export type FocusChain = (typeof FOCUS_CHAINS)[number];
const Url = z.string().max(2048);

/** What the content script's injection returns for its frame (per frame with `allFrames`). */
export const FrameStatusSchema = z.object({
  /** Date.now() of the person's last focus (a trusted event) on an editable field in this frame; 0 = none. */
  lastFocusAt: z.number().nonnegative(),
  /** This frame's focused element (through shadow roots) is a writable, visible field right now. */
  activeIsEditable: z.boolean(),
  /** The focused element is a field a person cannot see (hidden, under 4 px, transparent): never written. */
  activeHidden: z.boolean(),
  /** Label of that field, to show "Sẽ chèn vào ô «…»". */
  fieldLabel: Label.optional(),
  /** 'top' = the top frame; 'yes'/'no' = on the focus chain or not; 'unknown' = a parent of another origin. */
  chain: z.enum(FOCUS_CHAINS),
  /** This frame's address, matched against a parent's `activeFrameUrl` when the chain is 'unknown'. */
  url: Url,
  /** The focused element of this frame is an iframe: its address. */
  activeFrameUrl: Url.optional(),
  /** Child frames of another origin (their content is not readable from here): their addresses. */
  otherOriginFrames: z.array(Url).max(100),
  /** This frame's origin is not the top page's. */
  foreignToTop: z.boolean(),
  /** The person has clicked or typed in this frame (navigator.userActivation), and since it last took the focus; scripts cannot fake it. */
  userActivated: z.boolean(),
});
export type FrameStatus = z.infer<typeof FrameStatusSchema>;

export const INSERT_FAILURES = ['no-field', 'field-gone', 'not-writable', 'too-long', 'empty-text', 'not-taken'] as const;
export const InsertResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fieldLabel: Label, changed: z.boolean() }),
  z.object({ ok: z.literal(false), reason: z.enum(INSERT_FAILURES), maxLength: z.number().int().optional() }),
]);
export type InsertResponse = z.infer<typeof InsertResponseSchema>;

export const ScannedFieldSchema = z.object({
  fieldId: FieldId,
  kind: z.enum(FIELD_KINDS),
  label: Label,
  context: Label.optional(),
  /** Stable identity for saved mappings (domain/fill/site-mapping.ts fieldKey). */
  key: z.string().min(1).max(300),
  /** Whether it already holds text (its content is not sent). */
  hasText: z.boolean(),
});
export type ScannedField = z.infer<typeof ScannedFieldSchema>;
export const ScanResponseSchema = z.object({ fields: z.array(ScannedFieldSchema).max(500) });
export type ScanResponse = z.infer<typeof ScanResponseSchema>;

export const FILL_SKIPS = ['field-gone', 'not-writable', 'too-long', 'empty-text', 'already-present', 'not-taken', 'no-option'] as const;
export const FillResponseSchema = z.object({
  filled: z.array(z.object({ fieldId: FieldId, label: Label })),
  skipped: z.array(z.object({ fieldId: FieldId, label: Label, reason: z.enum(FILL_SKIPS) })),
});
export type FillResponse = z.infer<typeof FillResponseSchema>;
