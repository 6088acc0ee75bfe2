import type { Certainty } from '../core/rule';
import type { RulebookId } from '../core/rulebook-id';
import { overlayApplies } from '../overlays/index';
import { QD124_RULES } from '../rulebooks/qd124-2023/grading/parameters';
import { QD366_RULES } from '../rulebooks/qd366-2025/grading/parameters';
import type { CheckSettings } from '../schemas/case';
import type { CheckReadings } from '../schemas/check-answers';
import type { Overlay } from '../schemas/overlay';
import { gradingRulebook } from './rulebooks';
import type { CheckResult, SubjectKind } from './types';

/**
 * Readings the texts leave open, shown beside the verdict with their default and clause («Theo cách hiểu: … —
 * đổi»): the HTXSNV quota's denominator, head ≤ own collective, and whether QĐ 366's KHTNV list headed "tập thể
 * lãnh đạo, quản lý" binds a chi bộ. The user's choice is kept with the answers; a unit's overlay that names a rule
 * for a reading fixes it (no choice then).
 */
export type ReadingKey = keyof CheckReadings;

export interface ReadingOption {
  value: string;
  text: string;
}

export interface ReadingLine {
  key: ReadingKey;
  value: string;
  /** the reading in force, in words. */
  text: string;
  defaultValue: string;
  defaultText: string;
  options: ReadingOption[];
  clause: string;
  certainty: Certainty;
  /** set when the unit's local guidance fixes the reading. */
  fixedBy?: { name: string; clause: string };
}

const QUOTA_OPTIONS: ReadingOption[] = [
  { value: 'literal', text: 'tỉ lệ "Hoàn thành xuất sắc nhiệm vụ" tính trên số được xếp loại "Hoàn thành tốt nhiệm vụ" (đọc theo nghĩa đen)' },
  { value: 'pool', text: 'tỉ lệ "Hoàn thành xuất sắc nhiệm vụ" tính trên số được xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên' },
];
const HEAD_OPTIONS: ReadingOption[] = [
  { value: 'warning', text: 'người đứng đầu được xếp loại cao hơn tập thể do mình đứng đầu thì chỉ cảnh báo' },
  { value: 'rule', text: 'người đứng đầu không được xếp loại cao hơn tập thể do mình đứng đầu (bắt buộc)' },
];
const CELL_OPTIONS: ReadingOption[] = [
  { value: 'true', text: 'các trường hợp "Không hoàn thành nhiệm vụ" của tập thể lãnh đạo, quản lý áp dụng cả cho chi bộ' },
  { value: 'false', text: 'các trường hợp "Không hoàn thành nhiệm vụ" của tập thể lãnh đạo, quản lý chỉ áp dụng cho cấp ủy, tập thể lãnh đạo, quản lý; không áp dụng cho chi bộ' },
];

const QUOTA_RULES: Partial<Record<RulebookId, { clause: string; certainty: Certainty }>> = {
  'qd366-2025': QD366_RULES.quota,
  'qd124-2023': QD124_RULES.quota,
};

interface Fixed {
  quotaReading?: { value: CheckSettings['quotaReading']; clause: string };
  headNotAboveCollective?: { value: NonNullable<CheckSettings['headNotAboveCollective']>; clause: string };
}

/** What the unit's overlay fixes (when it applies to this year and names a rule for the reading). */
function fixedBy(overlay: Overlay | undefined, rulebookId: RulebookId, reviewYear: number): Fixed {
  if (!overlay || !overlayApplies(overlay, rulebookId, reviewYear)) return {};
  const s = overlay.settings;
  const out: Fixed = {};
  if (s.rules.quotaReading) out.quotaReading = { value: s.quotaReading, clause: s.rules.quotaReading.clause };
  if (s.rules.headVsCollective) out.headNotAboveCollective = { value: s.headVsCollective, clause: s.rules.headVsCollective.clause };
  return out;
}

/** The settings of the case: the overlay's fixed readings, else the user's, else the defaults. */
export function readingSettings(readings: CheckReadings, rulebookId: RulebookId | undefined, reviewYear: number, overlay?: Overlay): CheckSettings {
  const fixed = rulebookId ? fixedBy(overlay, rulebookId, reviewYear) : {};
  const head = fixed.headNotAboveCollective?.value ?? readings.headNotAboveCollective;
  return {
    quotaReading: fixed.quotaReading?.value ?? readings.quotaReading ?? 'literal',
    outstandingUnit: false,
    ...(head ? { headNotAboveCollective: head } : {}),
    ...(readings.leadershipListBindsCells !== undefined ? { leadershipListBindsCells: readings.leadershipListBindsCells } : {}),
  };
}

function line(key: ReadingKey, options: ReadingOption[], value: string, defaultValue: string, rule: { clause: string; certainty: Certainty }, fixed?: { clause: string }, overlay?: Overlay): ReadingLine {
  const textOf = (v: string) => options.find((o) => o.value === v)?.text ?? v;
  return {
    key,
    value,
    text: textOf(value),
    defaultValue,
    defaultText: textOf(defaultValue),
    options,
    clause: rule.clause,
    certainty: rule.certainty,
    ...(fixed && overlay ? { fixedBy: { name: overlay.name, clause: fixed.clause } } : {}),
  };
}

/** The readings that bear on this result, each with its value, default and clause. */
export function readingLines(
  result: CheckResult,
  settings: CheckSettings,
  ctx: { subjectKind: SubjectKind | undefined; reviewYear: number; overlay?: Overlay },
): ReadingLine[] {
  const id = result.rulebook;
  if (result.outcome === 'exempt' || result.outcome === 'not-graded') return [];
  const book = gradingRulebook(id);
  const quota = QUOTA_RULES[id];
  if (!book || !quota) return [];
  const fixed = fixedBy(ctx.overlay, id, ctx.reviewYear);
  const lines: ReadingLine[] = [line('quotaReading', QUOTA_OPTIONS, settings.quotaReading, 'literal', quota, fixed.quotaReading, ctx.overlay)];
  const kind = ctx.subjectKind ?? result.subject?.role;
  if (kind === 'leader') {
    const def = book.headRule.defaultMode;
    lines.push(line('headNotAboveCollective', HEAD_OPTIONS, settings.headNotAboveCollective ?? def, def, book.headRule.rule, fixed.headNotAboveCollective, ctx.overlay));
  }
  if (kind === 'collective' && id === 'qd366-2025')
    lines.push(line('leadershipListBindsCells', CELL_OPTIONS, String(settings.leadershipListBindsCells ?? true), 'true', QD366_RULES.khtnvCollective));
  return lines;
}

/** The readings with one chosen on screen. */
export function withReading(readings: CheckReadings, key: ReadingKey, value: string): CheckReadings {
  if (key === 'leadershipListBindsCells') return { ...readings, leadershipListBindsCells: value === 'true' };
  if (key === 'quotaReading') return { ...readings, quotaReading: value === 'pool' ? 'pool' : 'literal' };
  return { ...readings, headNotAboveCollective: value === 'rule' ? 'rule' : 'warning' };
}
