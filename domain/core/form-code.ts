import type { RulebookId } from './rulebook-id';

/**
 * Official form codes. Their meaning depends on the rulebook: in 2023 (HD 25) 02A = không giữ chức vụ,
 * 02B = giữ chức vụ LĐQL; in 2025 (HD 43) 02A = giữ chức vụ LĐQL, 02B = không giữ chức vụ,
 * 02C = đảng viên không làm việc trong hệ thống chính trị. 2018 (HD 21) has a single 02.
 */
export const FORM_CODES = ['01', '02', '02A', '02B', '02C', '03'] as const;
export type FormCode = (typeof FORM_CODES)[number];

/** Stable id of one form of one rulebook, e.g. "qd366-2025:02A". */
export type FormId = `${RulebookId}:${FormCode}`;
export const formId = (rulebook: RulebookId, code: FormCode): FormId => `${rulebook}:${code}`;
