import type { ComposeSource } from '../core/form-model';
import { foldVietnamese, formatLongDateVi, formatPercentVi, nfc } from '../core/text';
import type { WritableUnit } from '../forms/index';
import { unitComposeFrom } from '../forms/index';
import type { DraftFacts } from '../schemas/facts';
import { hashText } from './hash';
import { capitalize, flatBrackets, withUnit } from './prose';

/**
 * "Soạn đoạn văn": deterministic Vietnamese prose for one writable unit, from the structured facts
 * (domain/schemas/facts.ts). Sources without facts contribute nothing; no facts at all gives ''.
 */
export interface ComposeContext {
  /** Wording for a person ("bản thân") or a collective ("tập thể"). Default: individual. */
  subject?: 'individual' | 'collective';
}

export interface Composed {
  text: string;
  /** hashText(text): store as SectionContent.composedHash. */
  hash: string;
}

/** Trimmed, NFC, without trailing punctuation, so fragments can be joined. */
export function clean(s: string | undefined): string {
  return nfc(s ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/u, '');
}

const sentence = (s: string): string => (s === '' ? '' : s + '.');

function pct(part: number, total: number): string {
  return formatPercentVi(total === 0 ? 0 : part / total);
}

export function composeTasks(facts: DraftFacts): string {
  const tasks = facts.tasks.filter((t) => clean(t.name) !== '' || clean(t.result) !== '');
  if (tasks.length === 0) return '';
  const n = tasks.length;
  const done = tasks.filter((t) => t.completed === true).length;
  const notDone = tasks.filter((t) => t.completed === false).length;
  const unknown = n - done - notDone;
  const exceeded = tasks.filter((t) => t.exceeded === true).length;
  const late = tasks.filter((t) => t.onTime === false).length;

  let summary = `Hoàn thành ${done}/${n} nhiệm vụ được giao (${pct(done, n)})`;
  if (exceeded > 0) summary += `, trong đó ${exceeded} nhiệm vụ vượt mức (${pct(exceeded, n)})`;
  const lines = [summary + '.'];
  if (late > 0) lines.push(`Có ${late} nhiệm vụ chậm tiến độ (${pct(late, n)}).`);
  if (notDone > 0) lines.push(`Còn ${notDone} nhiệm vụ chưa hoàn thành (${pct(notDone, n)}).`);
  if (unknown > 0) lines.push(`Có ${unknown} nhiệm vụ chưa ghi rõ đã hoàn thành hay chưa.`);
  lines.push('Cụ thể:');
  for (const t of tasks) {
    const name = capitalize(clean(t.name)) || 'Nhiệm vụ';
    const target = flatBrackets(withUnit(clean(t.target), t.unit));
    const result = withUnit(clean(t.result), t.unit) || 'chưa ghi kết quả';
    const evidence = clean(t.evidence);
    const tags = [
      t.exceeded === true ? 'vượt mức' : '',
      t.onTime === false ? 'chậm tiến độ' : '',
      t.completed === false ? 'chưa hoàn thành' : '',
    ].filter(Boolean);
    let line = `- ${name}${target ? ` (chỉ tiêu: ${target})` : ''}: ${result}`;
    if (evidence) line += `; sản phẩm: ${evidence}`;
    if (tags.length > 0) line += ` (${tags.join(', ')})`;
    lines.push(line + '.');
  }
  return lines.join('\n');
}

export function composeAchievements(facts: DraftFacts): string {
  const items = facts.achievements.filter((a) => clean(a.text) !== '');
  if (items.length === 0) return '';
  const lines = items.map((a) => {
    const ev = clean(a.evidence);
    return `- ${capitalize(clean(a.text))}${ev ? ` (minh chứng: ${flatBrackets(ev)})` : ''}.`;
  });
  return ['Kết quả nổi bật:', ...lines].join('\n');
}

export function composeShortcomings(facts: DraftFacts): string {
  const items = facts.shortcomings.filter((s) => clean(s.text) !== '');
  return items.map((s, i) => `${i + 1}. ${sentence(capitalize(clean(s.text)))}`).join('\n');
}

/** Causes of all shortcomings, subjective first, each list de-duplicated (accent-insensitive). */
export function composeCauses(facts: DraftFacts): string {
  const collect = (kind: 'chu-quan' | 'khach-quan'): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const s of facts.shortcomings) {
      for (const c of s.causes) {
        const t = clean(c.text);
        if (c.kind !== kind || t === '' || seen.has(foldVietnamese(t))) continue;
        seen.add(foldVietnamese(t));
        out.push(t);
      }
    }
    return out;
  };
  const subjective = collect('chu-quan');
  const objective = collect('khach-quan');
  const lines: string[] = [];
  if (subjective.length > 0) lines.push(`- Nguyên nhân chủ quan: ${subjective.join('; ')}.`);
  if (objective.length > 0) lines.push(`- Nguyên nhân khách quan: ${objective.join('; ')}.`);
  return lines.join('\n');
}

const CARRY_OVER_STATUS_TEXT = {
  'da-khac-phuc': 'đã khắc phục',
  'dang-khac-phuc': 'đang khắc phục',
  'chua-khac-phuc': 'chưa khắc phục',
} as const;

export function composeCarryOver(facts: DraftFacts): string {
  const items = facts.carryOver.filter((c) => clean(c.shortcoming) !== '');
  return items
    .map((c, i) => {
      const detail = clean(c.detail);
      let status: string;
      if (c.status === undefined) status = 'chưa đánh giá kết quả khắc phục';
      else if (c.status === 'dang-khac-phuc') status = `đang khắc phục${detail ? `, mức độ khắc phục: ${detail}` : ''}`;
      else status = CARRY_OVER_STATUS_TEXT[c.status] + (detail ? `; ${detail}` : '');
      if (c.status === undefined && detail) status += `; ${detail}`;
      return `${i + 1}. ${capitalize(clean(c.shortcoming))}: ${status}.`;
    })
    .join('\n');
}

export function composeSuggestions(facts: DraftFacts): string {
  const items = facts.suggestions.filter((s) => clean(s.point) !== '');
  return items
    .map((s, i) => `${i + 1}. Vấn đề được gợi ý: ${clean(s.point)}.\nGiải trình: ${sentence(clean(s.answer)) || '(chưa giải trình).'}`)
    .join('\n');
}

export function composeCollectiveShortcomings(facts: DraftFacts, ctx: ComposeContext): string {
  if (ctx.subject === 'collective') return '';
  const items = facts.shortcomings.filter((s) => s.sharedWithCollective === true && clean(s.text) !== '');
  if (items.length === 0) return '';
  // Each line names the shortcoming inside a longer sentence, so it never repeats section II word for word.
  return items.map((s) => `- ${capitalize(clean(s.text))}: bản thân chịu trách nhiệm cùng tập thể.`).join('\n');
}

export function composeRemedies(facts: DraftFacts): string {
  const items = facts.shortcomings.filter((s) => clean(s.remedy) !== '');
  return items
    .map((s, i) => {
      const about = clean(s.text);
      const deadline = s.deadline ? `; thời hạn hoàn thành: ${formatLongDateVi(s.deadline)}` : '';
      return `${i + 1}. ${capitalize(clean(s.remedy))}${about ? ` (khắc phục hạn chế: ${flatBrackets(about)})` : ''}${deadline}.`;
    })
    .join('\n');
}

const COMPOSERS: Record<ComposeSource, (facts: DraftFacts, ctx: ComposeContext) => string> = {
  tasks: composeTasks,
  achievements: composeAchievements,
  shortcomings: composeShortcomings,
  causes: composeCauses,
  carryOver: composeCarryOver,
  suggestions: composeSuggestions,
  collectiveShortcomings: composeCollectiveShortcomings,
  remedies: composeRemedies,
};

export function composeSection(unit: WritableUnit, facts: DraftFacts, ctx: ComposeContext = {}): Composed {
  const parts = unitComposeFrom(unit)
    .map((src) => COMPOSERS[src](facts, ctx))
    .filter((p) => p !== '');
  const text = nfc(parts.join('\n'));
  return { text, hash: hashText(text) };
}
